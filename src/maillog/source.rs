//! Opening a mail log: a regular file (a FIFO or a device is refused, so nothing waits on it),
//! plain or gzip-compressed (told by its first bytes, as `zcat -f` does), and the year and month
//! of its last change, which the syslog lines without a year are counted back from.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

/// An open log: what it reads, and the year and month its lines end in.
pub struct Source {
    pub reader: Box<dyn Read + Send>,
    pub year: i64,
    pub month: u32,
    /// Its size on disk (compressed, for a .gz), for the progress.
    pub size: u64,
}

/// The local year and month of `secs` since 1970 (the machine's zone, or TZ).
pub fn year_month(secs: i64) -> (i64, u32) {
    super::time::local(secs).map_or((1970, 1), |(y, m, ..)| (y, m))
}

/// Now, as the year and month of a log that is being written (standard input).
pub fn now() -> (i64, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    year_month(secs)
}

/// Open a log file; the error is the reason, in the system's words.
pub fn open(path: &Path) -> Result<Source, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    let mtime = meta
        .modified()
        .ok()
        .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as i64);
    let (year, month) = year_month(mtime);
    let mut file = BufReader::with_capacity(1 << 16, File::open(path).map_err(|e| e.to_string())?);
    let gz = {
        let head = io::BufRead::fill_buf(&mut file).map_err(|e| e.to_string())?;
        head.starts_with(&[0x1f, 0x8b])
    };
    let reader: Box<dyn Read + Send> = if gz {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Ok(Source {
        reader,
        year,
        month,
        size: meta.len(),
    })
}

/// The log to read when none is given: the profile's, else the first of the usual places that
/// exists.
pub fn default_path(profile_log: &str) -> Result<std::path::PathBuf, String> {
    let candidates = [profile_log, "/var/log/maillog", "/var/log/mail.log"];
    candidates
        .iter()
        .map(Path::new)
        .find(|p| p.exists())
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            let mut seen: Vec<&str> = Vec::new();
            for c in candidates {
                if !seen.contains(&c) {
                    seen.push(c);
                }
            }
            seen.join(", ")
        })
}
