//! What the program may read and write. Normally anything it is asked to; in restricted mode,
//! meant for `ForceCommand mailwiz --restricted` in sshd_config, nothing but the data embedded in
//! the binary and the administrator's profile at a fixed system path, and the summary only on
//! standard output.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::knowledge::profile::RestrictedChecks;
use crate::knowledge::{DataError, Profile};

/// The administrator's profile, the only file restricted mode reads.
pub const SYSTEM_PROFILE: &str = "/etc/mailwiz/profile.toml";

/// The environment variable that turns restricted mode on.
pub const ENV: &str = "MAILWIZ_RESTRICTED";

/// Whether the value of `MAILWIZ_RESTRICTED` turns restricted mode on: any value but an empty
/// one or `0`.
pub fn restricted_by_env(value: Option<&OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0")
}

/// What restricted mode refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// `--profile`: only the administrator's profile may be read.
    Profile,
    /// `--summary FILE`: the summary may only go to standard output.
    SummaryFile,
    /// `explain --file`: no file is read but the administrator's profile.
    File,
}

/// The environment variable that turns the live checks off, as `--offline` does (any value but
/// an empty one or `0`).
pub const OFFLINE_ENV: &str = "MAILWIZ_OFFLINE";

/// The environment variable that names the account's own domain, for restricted mode's
/// `restricted = "own-domain"` (sshd's `SetEnv MAILWIZ_DOMAIN=example.com` in a `Match` block).
pub const DOMAIN_ENV: &str = "MAILWIZ_DOMAIN";

/// What restricted mode refuses of the live checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckRefusal {
    /// The administrator's profile turns them off.
    Off,
    /// `--resolver`: only the system's resolvers are asked.
    Resolver,
    /// Limited to the account's own domain, but none is set.
    NoDomain,
    /// A target outside the account's own domain (an IP address is always outside).
    Target { target: String, domain: String },
}

/// Check the live checks against the mode: `hosts` are the targets, each as its label and its
/// host name (none for an IP address).
pub fn check_checks<'a>(
    restricted: bool,
    policy: RestrictedChecks,
    own_domain: Option<&str>,
    resolver: bool,
    hosts: impl IntoIterator<Item = (String, Option<&'a str>)>,
) -> Result<(), CheckRefusal> {
    if !restricted {
        return Ok(());
    }
    if policy == RestrictedChecks::Off {
        return Err(CheckRefusal::Off);
    }
    if resolver {
        return Err(CheckRefusal::Resolver);
    }
    if policy == RestrictedChecks::On {
        return Ok(());
    }
    let Some(domain) = own_domain
        .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .filter(|d| !d.is_empty())
    else {
        return Err(CheckRefusal::NoDomain);
    };
    for (label, host) in hosts {
        let inside = host.is_some_and(|h| in_domain(h, &domain));
        if !inside {
            return Err(CheckRefusal::Target {
                target: label,
                domain,
            });
        }
    }
    Ok(())
}

/// Whether `host` is `domain` or a name under it.
pub fn in_domain(host: &str, domain: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// The environment variable in which sshd passes the command a client asked for, when a
/// ForceCommand runs instead.
pub const SSH_COMMAND_ENV: &str = "SSH_ORIGINAL_COMMAND";

/// Why a command sent over SSH is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SshRefusal {
    /// A character a shell would act on (`;`, `|`, `$`, a backquote, a redirection, a glob).
    Syntax(char),
    /// A quote that is never closed.
    Quote,
    /// Not one of the commands allowed over SSH.
    Command(String),
    /// An option that is not allowed over SSH (a file, the profile, the summary, a resolver).
    Option(String),
}

/// The subcommands restricted mode runs when sent over SSH, each with the options it may take
/// (`=` after an option: it takes a value).
const SSH_COMMANDS: &[(&str, &[&str])] = &[
    ("help", &["--lang="]),
    ("explain", &["--format=", "--lang="]),
    ("codes", &["--format=", "--lang=", "--enhanced"]),
    ("search", &["--format=", "--lang="]),
    (
        "check",
        &[
            "--format=",
            "--lang=",
            "--dnsbl=",
            "--dkim-selector=",
            "--timeout=",
            "--offline",
        ],
    ),
];

/// Split a command sent over SSH into words, as a strict shell would without expanding
/// anything: spaces separate words, 'single quotes' keep everything literally, "double quotes"
/// keep everything but `\"` and `\\`, and a backslash outside quotes keeps the next character.
/// Anything a shell would act on instead (`;`, `&`, `|`, `<`, `>`, `$`, a backquote, `(`, `)`,
/// globs, `~`, `#`, a line break), unquoted or, for `$` and a backquote, inside double quotes, is
/// refused.
pub fn shell_words(s: &str) -> Result<Vec<String>, SshRefusal> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) if c.is_control() => return Err(SshRefusal::Syntax(c)),
                        Some(c) => word.push(c),
                        None => return Err(SshRefusal::Quote),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\')) => word.push(c),
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => return Err(SshRefusal::Quote),
                        },
                        Some(c @ ('$' | '`')) => return Err(SshRefusal::Syntax(c)),
                        Some(c) if c.is_control() => return Err(SshRefusal::Syntax(c)),
                        Some(c) => word.push(c),
                        None => return Err(SshRefusal::Quote),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(c) if !c.is_control() => {
                    word.push(c);
                    in_word = true;
                }
                Some(c) => return Err(SshRefusal::Syntax(c)),
                None => return Err(SshRefusal::Quote),
            },
            ';' | '&' | '|' | '<' | '>' | '$' | '`' | '(' | ')' | '*' | '?' | '[' | ']' | '{'
            | '}' | '~' | '#' | '!' => return Err(SshRefusal::Syntax(c)),
            c if c.is_control() => return Err(SshRefusal::Syntax(c)),
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

/// The arguments for a command sent over SSH in restricted mode: its words (a leading `mailwiz`
/// dropped), when the subcommand and every option are allowed there. An empty command is the
/// wizard (none).
pub fn ssh_command(s: &str) -> Result<Option<Vec<String>>, SshRefusal> {
    let mut words = shell_words(s)?;
    if words
        .first()
        .is_some_and(|w| w == "mailwiz" || w.ends_with("/mailwiz"))
    {
        words.remove(0);
    }
    // `--lang` may come before the command, as on the command line.
    let mut at = 0;
    while let Some(w) = words.get(at) {
        match w.as_str() {
            "--lang" => at += 2,
            w if w.starts_with("--lang=") => at += 1,
            _ => break,
        }
    }
    // No command (or only a language): the wizard, as without one.
    let Some(first) = words.get(at) else {
        return Ok(None);
    };
    let Some((_, allowed)) = SSH_COMMANDS.iter().find(|(c, _)| c == first) else {
        return Err(SshRefusal::Command(crate::sanitize::truncate(first, 40)));
    };
    let mut rest = words[at + 1..].iter().peekable();
    while let Some(w) = rest.next() {
        if w == "--" {
            // Everything after it is input, never an option.
            break;
        }
        if !w.starts_with("--") {
            // A word of input: a code, a reply line, `-` (the session's own standard input), or
            // a short option, which clap then refuses (-h is help).
            if w.starts_with('-') && w.len() > 1 && !w.starts_with("-ERR") && w != "-h" {
                return Err(SshRefusal::Option(crate::sanitize::truncate(w, 40)));
            }
            continue;
        }
        let (name, inline) = match w.split_once('=') {
            Some((n, _)) => (n, true),
            None => (w.as_str(), false),
        };
        if name == "--help" {
            continue;
        }
        let takes = allowed.iter().find(|a| a.trim_end_matches('=') == name);
        match takes {
            None => return Err(SshRefusal::Option(crate::sanitize::truncate(name, 40))),
            Some(a) if a.ends_with('=') && !inline => {
                rest.next();
            }
            Some(_) => {}
        }
    }
    Ok(Some(words))
}

/// Check the files `explain --file` asks to read against the mode.
pub fn check_files(restricted: bool, files: &[PathBuf]) -> Result<(), Refusal> {
    if restricted && !files.is_empty() {
        return Err(Refusal::File);
    }
    Ok(())
}

/// Where the profile comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileSource {
    Embedded,
    /// `--profile FILE`.
    File(PathBuf),
    /// The user's own (`$XDG_CONFIG_HOME/mailwiz/profile.toml`), which exists.
    User(PathBuf),
    /// The administrator's file if it exists, else the embedded profile.
    System(PathBuf),
}

/// The user's own profile: `$XDG_CONFIG_HOME/mailwiz/profile.toml`, else
/// `~/.config/mailwiz/profile.toml`; none without either variable.
pub fn user_profile_path() -> Option<PathBuf> {
    let base = match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        Some(x) => PathBuf::from(x),
        None => PathBuf::from(std::env::var_os("HOME").filter(|v| !v.is_empty())?).join(".config"),
    };
    // Only an absolute base counts, as the XDG specification says.
    base.is_absolute()
        .then(|| base.join("mailwiz").join("profile.toml"))
}

/// Where the profile comes from outside restricted mode: `--profile FILE`, else the user's own
/// when it exists, else the administrator's (or, without it, the embedded one).
pub fn search(profile: Option<&Path>, user: Option<&Path>, system_profile: &Path) -> ProfileSource {
    if let Some(path) = profile {
        return ProfileSource::File(path.to_path_buf());
    }
    if let Some(u) = user
        && u.symlink_metadata().is_ok()
    {
        return ProfileSource::User(u.to_path_buf());
    }
    ProfileSource::System(system_profile.to_path_buf())
}

/// Check what was asked for against the mode: the profile to load, or what is refused.
pub fn check(
    restricted: bool,
    profile: Option<&Path>,
    summary: Option<&str>,
    system_profile: &Path,
) -> Result<ProfileSource, Refusal> {
    if !restricted {
        return Ok(search(
            profile,
            user_profile_path().as_deref(),
            system_profile,
        ));
    }
    if profile.is_some() {
        return Err(Refusal::Profile);
    }
    if summary.is_some_and(|s| s != "-") {
        return Err(Refusal::SummaryFile);
    }
    Ok(ProfileSource::System(system_profile.to_path_buf()))
}

impl ProfileSource {
    /// Load the profile. The administrator's file counts as missing only when it surely does not
    /// exist; one that exists but cannot be read is an error, not a silent fallback.
    pub fn load(&self) -> Result<Profile, DataError> {
        match self {
            ProfileSource::Embedded => Profile::embedded(),
            ProfileSource::File(path) | ProfileSource::User(path) => read_profile(path),
            // Only a path where nothing is, not even a dangling symlink, means "not set up".
            ProfileSource::System(path) => match path.symlink_metadata() {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Profile::embedded(),
                _ => read_profile(path),
            },
        }
    }
}

/// The largest profile read; a real one is a few kilobytes.
pub const MAX_PROFILE: u64 = 256 * 1024;

/// Read a profile file: the one place a profile is read from disk. Only a regular file is read
/// (a FIFO, a device or a directory is refused at once, without waiting on it), and at most
/// [`MAX_PROFILE`] bytes of it. Unreadable, not UTF-8, malformed or out-of-range files are errors
/// with the file's name and, where it applies, the line.
fn read_profile(path: &Path) -> Result<Profile, DataError> {
    let name = crate::sanitize::clean(&path.display().to_string(), false);
    let bytes =
        read_regular(path, MAX_PROFILE).map_err(|reason| DataError::unreadable(&name, reason))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| DataError::unreadable(&name, "the file is not UTF-8 text"))?;
    let mut profile = Profile::parse(&text, &name)?;
    profile.file = Some(name);
    Ok(profile)
}

/// Read a file that must be a regular one, at most `max` bytes: a FIFO, a device or a directory
/// is refused at once, without waiting on it. The error is the reason, in English.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    // Opening a FIFO for reading would wait for a writer: open without waiting, then look.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("it is not a regular file".to_string());
    }
    let too_large = || format!("it is larger than {} KiB", max / 1024);
    if meta.len() > max {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > max {
        return Err(too_large());
    }
    Ok(bytes)
}

/// The administrator's profile path. Debug builds, and so the tests, may point it elsewhere with
/// `MAILWIZ_TEST_SYSTEM_PROFILE`; release builds always use [`SYSTEM_PROFILE`].
pub fn system_profile_path() -> PathBuf {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os("MAILWIZ_TEST_SYSTEM_PROFILE") {
        return PathBuf::from(path);
    }
    PathBuf::from(SYSTEM_PROFILE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_sent_over_ssh_are_split_as_a_strict_shell_would() {
        assert_eq!(shell_words("explain 550").unwrap(), ["explain", "550"]);
        assert_eq!(
            shell_words("explain '550 5.1.1 <a@b>: User unknown'").unwrap(),
            ["explain", "550 5.1.1 <a@b>: User unknown"]
        );
        assert_eq!(
            shell_words(r#"search "relay \"denied\"" x\ y"#).unwrap(),
            ["search", "relay \"denied\"", "x y"]
        );
        assert_eq!(shell_words("  ").unwrap(), Vec::<String>::new());
        assert_eq!(shell_words("a''b").unwrap(), ["ab"]);
        for (cmd, c) in [
            ("explain 550; rm -rf /", ';'),
            ("explain $(id)", '$'),
            ("explain `id`", '`'),
            ("explain \"$HOME\"", '$'),
            ("explain \"`id`\"", '`'),
            ("codes | sh", '|'),
            ("codes > /tmp/x", '>'),
            ("explain < /etc/passwd", '<'),
            ("explain 550 & sleep 9", '&'),
            ("explain *", '*'),
            ("explain ~root", '~'),
            ("explain 550\nid", '\n'),
        ] {
            assert_eq!(shell_words(cmd), Err(SshRefusal::Syntax(c)), "{cmd}");
        }
        assert_eq!(shell_words("explain '550"), Err(SshRefusal::Quote));
        assert_eq!(shell_words("explain \"550"), Err(SshRefusal::Quote));
    }

    #[test]
    fn only_the_lookups_and_the_checks_run_over_ssh_and_never_with_a_file() {
        assert_eq!(
            ssh_command("explain --format json 550").unwrap(),
            Some(vec![
                "explain".into(),
                "--format".into(),
                "json".into(),
                "550".into()
            ])
        );
        assert_eq!(
            ssh_command("mailwiz codes --enhanced").unwrap().unwrap()[0],
            "codes"
        );
        assert_eq!(ssh_command("").unwrap(), None);
        assert!(ssh_command("check --dnsbl zen.spamhaus.org 192.0.2.1").is_ok());
        assert!(
            ssh_command("explain - ").is_ok(),
            "the session's own standard input"
        );
        assert!(ssh_command("explain -ERR authentication failed").is_ok());
        for (cmd, refusal) in [
            ("bash", SshRefusal::Command("bash".into())),
            ("logs", SshRefusal::Command("logs".into())),
            (
                "explain --file /etc/shadow",
                SshRefusal::Option("--file".into()),
            ),
            (
                "explain --file=/etc/shadow",
                SshRefusal::Option("--file".into()),
            ),
            (
                "--profile /tmp/p.toml explain 550",
                SshRefusal::Command("--profile".into()),
            ),
            (
                "explain --profile /tmp/p.toml 550",
                SshRefusal::Option("--profile".into()),
            ),
            (
                "explain 550 --summary /tmp/x",
                SshRefusal::Option("--summary".into()),
            ),
            (
                "check --resolver 192.0.2.53 example.com",
                SshRefusal::Option("--resolver".into()),
            ),
            ("codes -x", SshRefusal::Option("-x".into())),
        ] {
            assert_eq!(ssh_command(cmd), Err(refusal), "{cmd}");
        }
        // After --, words are input, never options.
        assert!(ssh_command("explain -- --file").is_ok());
    }

    const SYSTEM: &str = "/etc/mailwiz/profile.toml";

    #[test]
    fn the_environment_turns_it_on_with_any_value_but_empty_or_zero() {
        assert!(!restricted_by_env(None));
        assert!(!restricted_by_env(Some(OsStr::new(""))));
        assert!(!restricted_by_env(Some(OsStr::new("0"))));
        assert!(restricted_by_env(Some(OsStr::new("1"))));
        assert!(restricted_by_env(Some(OsStr::new("yes"))));
    }

    #[test]
    fn unrestricted_reads_what_it_is_given() {
        let system = Path::new(SYSTEM);
        assert_eq!(
            check(false, Some(Path::new("p.toml")), Some("s.txt"), system),
            Ok(ProfileSource::File(PathBuf::from("p.toml")))
        );
    }

    #[test]
    fn the_profile_is_looked_for_where_the_system_expects_it() {
        let dir = tempfile::tempdir().unwrap();
        let user = dir.path().join("user.toml");
        let system = dir.path().join("system.toml");
        let given = Path::new("given.toml");
        // Nothing there: the administrator's path, which loads as the embedded profile.
        assert_eq!(
            search(None, Some(&user), &system),
            ProfileSource::System(system.clone())
        );
        assert_eq!(
            ProfileSource::System(system.clone()).load().unwrap().file,
            None
        );
        std::fs::write(&system, crate::knowledge::PROFILE_TOML).unwrap();
        assert_eq!(
            search(None, Some(&user), &system),
            ProfileSource::System(system.clone())
        );
        std::fs::write(&user, crate::knowledge::PROFILE_TOML).unwrap();
        assert_eq!(
            search(None, Some(&user), &system),
            ProfileSource::User(user.clone())
        );
        assert_eq!(
            search(Some(given), Some(&user), &system),
            ProfileSource::File(given.into())
        );
        assert_eq!(
            search(None, None, &system),
            ProfileSource::System(system.clone())
        );
        // Restricted mode reads only the administrator's, whatever the user has.
        assert_eq!(
            check(true, None, None, &system),
            Ok(ProfileSource::System(system))
        );
    }

    #[test]
    fn restricted_refuses_a_profile_and_a_summary_file() {
        let system = Path::new(SYSTEM);
        assert_eq!(
            check(true, Some(Path::new(SYSTEM)), None, system),
            Err(Refusal::Profile)
        );
        assert_eq!(
            check(true, None, Some("/tmp/s.txt"), system),
            Err(Refusal::SummaryFile)
        );
        assert_eq!(
            check(true, None, Some("-"), system),
            Ok(ProfileSource::System(PathBuf::from(SYSTEM)))
        );
        assert_eq!(
            check(true, None, None, system),
            Ok(ProfileSource::System(PathBuf::from(SYSTEM)))
        );
    }

    #[test]
    fn a_missing_system_profile_means_the_embedded_one() {
        let source = ProfileSource::System(PathBuf::from("/nonexistent/mailwiz/profile.toml"));
        assert_eq!(source.load(), Profile::embedded());
    }
}
