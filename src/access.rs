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
    File(PathBuf),
    /// The administrator's file if it exists, else the embedded profile.
    System(PathBuf),
}

/// Check what was asked for against the mode: the profile to load, or what is refused.
pub fn check(
    restricted: bool,
    profile: Option<&Path>,
    summary: Option<&str>,
    system_profile: &Path,
) -> Result<ProfileSource, Refusal> {
    if !restricted {
        return Ok(match profile {
            Some(path) => ProfileSource::File(path.to_path_buf()),
            None => ProfileSource::Embedded,
        });
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
            ProfileSource::File(path) => read_profile(path),
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
            check(false, None, None, system),
            Ok(ProfileSource::Embedded)
        );
        assert_eq!(
            check(false, Some(Path::new("p.toml")), Some("s.txt"), system),
            Ok(ProfileSource::File(PathBuf::from("p.toml")))
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
