//! The provider profile: the facts that differ from one mail provider to another.

use serde::Deserialize;

use super::{DataError, PROFILE_TOML};
use crate::sanitize;

/// The largest limit a profile may set; larger numbers are surely a mistake.
const MAX_LIMIT: u32 = 10_000_000;
/// The longest text value a profile may hold.
const MAX_TEXT: usize = 200;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub provider: String,
    pub limits: Limits,
    pub addresses: Addresses,
    pub server: Server,
    pub policy: Policy,
    /// The live checks; a profile may leave the section out.
    #[serde(default)]
    pub checks: Checks,
    /// The file it was read from, as named on the command line; none for the embedded default.
    #[serde(skip)]
    pub file: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Limits {
    pub daily_limit: u32,
    pub hourly_account_limit: u32,
    pub hourly_ip_limit: u32,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Addresses {
    pub status_page: String,
    pub webmail: String,
    pub control_panel: String,
    pub smtp_server: String,
    pub imap_server: String,
    pub pop3_server: String,
    /// The name the domains' SPF records include for the provider's servers.
    pub spf_include: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Server {
    pub mail_log: String,
    /// Whether `mailwiz logs` and the wizard's log screen may read `mail-log` in restricted
    /// mode; a profile may leave it out (no).
    #[serde(default)]
    pub log_in_restricted: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Policy {
    pub php_sending: PhpSending,
    pub spam_folder: SpamFolder,
}

/// What the live checks ask and compare with.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct Checks {
    /// The provider's incoming mail hosts. When listed, a domain's MX records and SPF include are
    /// compared with the provider's; when empty, they are not.
    pub mail_hosts: Vec<String>,
    /// The DKIM selectors the provider signs with, looked up for a domain.
    pub dkim_selectors: Vec<String>,
    /// The DNS blocklists an address is looked up in.
    pub dnsbl: Vec<String>,
    /// What restricted mode allows.
    pub restricted: RestrictedChecks,
}

impl Default for Checks {
    fn default() -> Checks {
        Checks {
            mail_hosts: Vec::new(),
            dkim_selectors: Vec::new(),
            dnsbl: crate::checks::DEFAULT_DNSBL
                .iter()
                .map(|z| z.to_string())
                .collect(),
            restricted: RestrictedChecks::On,
        }
    }
}

/// The live checks in restricted mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RestrictedChecks {
    /// Any target.
    On,
    /// None: the wizard asks, and `check` is refused.
    Off,
    /// Only the account's own domain (the `MAILWIZ_DOMAIN` variable the administrator sets), its
    /// subdomains and the addresses in it.
    OwnDomain,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhpSending {
    MailFunctionOnly,
    SmtpAllowed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpamFolder {
    ImapAndWebmail,
    Everywhere,
}

impl Profile {
    /// The default profile embedded in the binary.
    pub fn embedded() -> Result<Profile, DataError> {
        Profile::parse(PROFILE_TOML, "assets/profile.toml")
    }

    /// Parse and check a profile; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Profile, DataError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut profile: Profile =
            toml::from_str(text).map_err(|e| DataError::from_toml(file, text, &e))?;
        // Cleaned first, so that a value made only of escape sequences or invisible characters
        // counts as the empty value it shows as.
        profile.clean();
        profile.check(text, file)?;
        Ok(profile)
    }

    /// Every problem of a profile's text, each with its line: a syntax or type error alone (the
    /// file cannot be read further), else every value out of bounds.
    pub fn problems(text: &str, file: &str) -> Vec<DataError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut profile: Profile = match toml::from_str(text) {
            Ok(p) => p,
            Err(e) => return vec![DataError::from_toml(file, text, &e)],
        };
        profile.clean();
        let mut all = Vec::new();
        // `check` stops at the first; each fix of one is checked again without it.
        let mut seen = std::collections::HashSet::new();
        while let Err(e) = profile.check(text, file) {
            if !seen.insert(e.reason.clone()) {
                break;
            }
            all.push(e.clone());
            if !profile.quiet(&e.reason) {
                break;
            }
        }
        all
    }

    /// Put right the value a problem names, so that the next check finds the next problem.
    fn quiet(&mut self, reason: &str) -> bool {
        let key = reason.split([' ', ':']).next().unwrap_or("");
        match key {
            "daily-limit" => self.limits.daily_limit = 1,
            "hourly-account-limit" => self.limits.hourly_account_limit = 1,
            "hourly-ip-limit" => self.limits.hourly_ip_limit = 1,
            "mail-hosts" => self.checks.mail_hosts.clear(),
            "dkim-selectors" => self.checks.dkim_selectors.clear(),
            "dnsbl" => self.checks.dnsbl.clear(),
            "provider" => self.provider = "x".into(),
            "status-page" => self.addresses.status_page = "x".into(),
            "webmail" => self.addresses.webmail = "x".into(),
            "control-panel" => self.addresses.control_panel = "x".into(),
            "smtp-server" => self.addresses.smtp_server = "x".into(),
            "imap-server" => self.addresses.imap_server = "x".into(),
            "pop3-server" => self.addresses.pop3_server = "x".into(),
            "spf-include" => self.addresses.spf_include = "x".into(),
            "mail-log" => self.server.mail_log = "x".into(),
            _ => return false,
        }
        true
    }

    fn check(&self, text: &str, file: &str) -> Result<(), DataError> {
        let limits = [
            ("daily-limit", self.limits.daily_limit),
            ("hourly-account-limit", self.limits.hourly_account_limit),
            ("hourly-ip-limit", self.limits.hourly_ip_limit),
        ];
        for (key, value) in limits {
            if value == 0 || value > MAX_LIMIT {
                return Err(DataError::new(
                    file,
                    super::line_of_key(text, key),
                    format!("{key} must be between 1 and {MAX_LIMIT}, not {value}"),
                ));
            }
        }
        let lists = [
            ("mail-hosts", &self.checks.mail_hosts),
            ("dkim-selectors", &self.checks.dkim_selectors),
            ("dnsbl", &self.checks.dnsbl),
        ];
        for (key, names) in lists {
            if let Some(bad) = names
                .iter()
                .find(|n| crate::checks::domain_name(n).is_err())
            {
                return Err(DataError::new(
                    file,
                    super::line_of_key(text, key),
                    format!(
                        "{key}: \"{}\" is not a domain name",
                        sanitize::truncate(bad, 80)
                    ),
                ));
            }
        }
        for (key, value) in self.texts() {
            if value.trim().is_empty() {
                return Err(DataError::new(
                    file,
                    super::line_of_key(text, key),
                    format!("{key} must not be empty"),
                ));
            }
            if value.chars().count() > MAX_TEXT {
                return Err(DataError::new(
                    file,
                    super::line_of_key(text, key),
                    format!("{key} is longer than {MAX_TEXT} characters"),
                ));
            }
        }
        Ok(())
    }

    fn texts(&self) -> [(&'static str, &String); 9] {
        [
            ("provider", &self.provider),
            ("status-page", &self.addresses.status_page),
            ("webmail", &self.addresses.webmail),
            ("control-panel", &self.addresses.control_panel),
            ("smtp-server", &self.addresses.smtp_server),
            ("imap-server", &self.addresses.imap_server),
            ("pop3-server", &self.addresses.pop3_server),
            ("spf-include", &self.addresses.spf_include),
            ("mail-log", &self.server.mail_log),
        ]
    }

    /// Strip escape sequences and control characters from every text value.
    fn clean(&mut self) {
        for s in [
            &mut self.provider,
            &mut self.addresses.status_page,
            &mut self.addresses.webmail,
            &mut self.addresses.control_panel,
            &mut self.addresses.smtp_server,
            &mut self.addresses.imap_server,
            &mut self.addresses.pop3_server,
            &mut self.addresses.spf_include,
            &mut self.server.mail_log,
        ] {
            *s = sanitize::clean(s, false);
        }
        for list in [
            &mut self.checks.mail_hosts,
            &mut self.checks.dkim_selectors,
            &mut self.checks.dnsbl,
        ] {
            for s in list.iter_mut() {
                *s = sanitize::clean(s, false)
                    .trim()
                    .trim_end_matches('.')
                    .to_ascii_lowercase();
            }
        }
    }

    /// The facts, named as in the file; the texts pass them to every message as variables.
    pub fn facts(&self) -> Vec<(&'static str, Fact)> {
        let mut facts: Vec<(&'static str, Fact)> = self
            .texts()
            .into_iter()
            .map(|(k, v)| (k, Fact::Text(v.clone())))
            .collect();
        facts.extend([
            ("daily-limit", Fact::Number(self.limits.daily_limit)),
            (
                "hourly-account-limit",
                Fact::Number(self.limits.hourly_account_limit),
            ),
            ("hourly-ip-limit", Fact::Number(self.limits.hourly_ip_limit)),
            (
                "php-sending",
                Fact::Text(
                    match self.policy.php_sending {
                        PhpSending::MailFunctionOnly => "mail-function-only",
                        PhpSending::SmtpAllowed => "smtp-allowed",
                    }
                    .to_string(),
                ),
            ),
            (
                "spam-folder",
                Fact::Text(
                    match self.policy.spam_folder {
                        SpamFolder::ImapAndWebmail => "imap-and-webmail",
                        SpamFolder::Everywhere => "everywhere",
                    }
                    .to_string(),
                ),
            ),
        ]);
        facts
    }
}

/// One fact of the profile: a text (an address, a path, a policy) or a number (a limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    Text(String),
    Number(u32),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_profile_holds_the_guides_facts() {
        let p = Profile::embedded().unwrap();
        assert_eq!(p.limits.daily_limit, 500);
        assert_eq!(p.limits.hourly_account_limit, 200);
        assert_eq!(p.limits.hourly_ip_limit, 300);
        assert_eq!(p.server.mail_log, "/var/log/maillog");
        assert_eq!(p.policy.php_sending, PhpSending::MailFunctionOnly);
        assert_eq!(p.policy.spam_folder, SpamFolder::ImapAndWebmail);
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = format!("\u{feff}{PROFILE_TOML}");
        assert!(Profile::parse(&text, "bom.toml").is_ok());
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let broken = PROFILE_TOML.replace("daily-limit = 500", "daily-limit = \"many\"");
        let err = Profile::parse(&broken, "p.toml").unwrap_err();
        assert_eq!(err.file, "p.toml");
        assert_eq!(
            err.line,
            super::super::line_of(&broken, "daily-limit = \"many\"")
        );
        assert!(
            err.reason.contains("integer") || err.reason.contains("invalid type"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let broken = PROFILE_TOML.replace("[server]", "[server]\nlog-path = \"/x\"");
        let err = Profile::parse(&broken, "p.toml").unwrap_err();
        assert!(err.reason.contains("log-path"), "{err}");
        assert!(err.line.is_some());
    }

    #[test]
    fn zero_and_huge_limits_are_rejected() {
        for bad in ["hourly-ip-limit = 0", "hourly-ip-limit = 4000000000"] {
            let broken = PROFILE_TOML.replace("hourly-ip-limit = 300", bad);
            let err = Profile::parse(&broken, "p.toml").unwrap_err();
            assert!(err.reason.contains("hourly-ip-limit"), "{err}");
        }
    }

    #[test]
    fn escape_sequences_in_values_are_removed() {
        let hostile = PROFILE_TOML.replace(
            "provider = \"Example Hosting\"",
            "provider = \"Evil\\u001b]0;owned\\u0007 Host\"",
        );
        let p = Profile::parse(&hostile, "p.toml").unwrap();
        assert_eq!(p.provider, "Evil Host");
    }
}
