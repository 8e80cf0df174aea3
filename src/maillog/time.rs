//! Timestamps of log lines, as the wall-clock time they were written in: classic syslog (`Nov 30
//! 12:00:01`, no year), RFC 3339 / RFC 5424 (`2026-11-30T12:00:01.123+01:00`) and Exim's
//! (`2026-11-30 12:00:01`). A time is seconds since 1970-01-01 00:00:00 of that wall clock
//! ([`Stamp`]), so that `--since` and `--until`, given in the same wall clock, compare with it.

/// Seconds of the wall clock since 1970-01-01 00:00:00, whatever the zone.
pub type Stamp = i64;

const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// Days from 1970-01-01 to a civil date (H. Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date and time of a stamp, as `YYYY-MM-DD HH:MM:SS`.
pub fn format(t: Stamp) -> String {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    // The inverse of days_from_civil.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

pub fn stamp(y: i64, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> Stamp {
    days_from_civil(y, mo, d) * 86_400 + i64::from(h * 3600 + mi * 60 + s)
}

fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |a, d| a * 10 + u32::from(d - b'0')))
}

/// Hours, minutes, seconds.
pub type Clock = (u32, u32, u32);

/// `HH:MM:SS` at the start of `b`.
fn clock(b: &[u8]) -> Option<Clock> {
    if b.len() < 8 || b[2] != b':' || b[5] != b':' {
        return None;
    }
    let (h, m, s) = (digits(&b[0..2])?, digits(&b[3..5])?, digits(&b[6..8])?);
    (h < 24 && m < 60 && s < 61).then_some((h, m, s))
}

/// `YYYY-MM-DD` at the start of `b`.
fn date(b: &[u8]) -> Option<(i64, u32, u32)> {
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(&b[0..4])?, digits(&b[5..7])?, digits(&b[8..10])?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((i64::from(y), m, d))
}

/// A classic syslog time at the start of a line: its month (1-12), day and time of day, and
/// where the rest of the line begins.
pub fn syslog(line: &[u8]) -> Option<(u32, u32, Clock, usize)> {
    if line.len() < 16 || line[3] != b' ' || line[6] != b' ' {
        return None;
    }
    let month = MONTHS.iter().position(|m| m[..] == line[..3])? as u32 + 1;
    let day = match (line[4], line[5]) {
        (b' ', d) if d.is_ascii_digit() => u32::from(d - b'0'),
        (a, b) => digits(&[a, b])?,
    };
    Some((month, day, clock(&line[7..])?, 16))
}

/// An ISO time at the start of a line (`2026-11-30T12:00:01[.frac][Z|+hh:mm]`, or with a space
/// as Exim writes it): the stamp and where the rest begins.
pub fn iso(line: &[u8]) -> Option<(Stamp, usize)> {
    let (y, mo, d) = date(line)?;
    if line.len() < 19 || !matches!(line[10], b'T' | b' ') {
        return None;
    }
    let (h, mi, s) = clock(&line[11..])?;
    let mut i = 19;
    if line.get(i) == Some(&b'.') {
        i += 1;
        while line.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    match line.get(i) {
        Some(b'Z') => i += 1,
        Some(b'+' | b'-') if line.len() >= i + 6 && line[i + 3] == b':' => i += 6,
        _ => {}
    }
    Some((stamp(y, mo, d, h, mi, s), i))
}

/// The local civil date and time of `secs` since 1970 (the machine's zone, or TZ): year, month,
/// day, hour, minute, second.
pub fn local(secs: i64) -> Option<(i64, u32, u32, u32, u32, u32)> {
    let t = libc::time_t::try_from(secs).ok()?;
    // SAFETY: localtime_r writes only into the tm it is given.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return None;
    }
    Some((
        i64::from(tm.tm_year) + 1900,
        (tm.tm_mon + 1) as u32,
        tm.tm_mday as u32,
        tm.tm_hour as u32,
        tm.tm_min as u32,
        tm.tm_sec as u32,
    ))
}

/// The years of classic syslog lines, which have none: the year of the file's last change at
/// first (one less when the first line's month comes after that change's month), and a year more
/// each time the months go back (December to January).
#[derive(Debug, Clone, Copy)]
pub struct Years {
    year: i64,
    month: u32,
    last_month: Option<u32>,
}

impl Years {
    /// For a file last changed in `year`, `month` (standard input: now).
    pub fn new(year: i64, month: u32) -> Years {
        Years {
            year,
            month,
            last_month: None,
        }
    }

    pub fn stamp(&mut self, month: u32, day: u32, (h, mi, s): Clock) -> Stamp {
        match self.last_month {
            None if month > self.month => self.year -= 1,
            Some(last) if month + 6 < last => self.year += 1,
            _ => {}
        }
        self.last_month = Some(month);
        stamp(self.year, month, day, h, mi, s)
    }
}

/// A time as `--since` and `--until` take it: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` (or with a
/// `T`), or an age before `now` (`30m`, `24h`, `7d`).
pub fn parse_filter(s: &str, now: Stamp) -> Option<Stamp> {
    let s = s.trim();
    if let Some(n) = s.strip_suffix(['m', 'h', 'd']) {
        let n: i64 = n.parse().ok().filter(|n| *n >= 0)?;
        let unit = match s.as_bytes()[s.len() - 1] {
            b'm' => 60,
            b'h' => 3600,
            _ => 86_400,
        };
        return Some(now - n.checked_mul(unit)?);
    }
    let b = s.as_bytes();
    let (y, mo, d) = date(b)?;
    if b.len() == 10 {
        return Some(stamp(y, mo, d, 0, 0, 0));
    }
    if !matches!(b.get(10), Some(b'T' | b' ')) {
        return None;
    }
    let rest = &b[11..];
    let (h, mi, sec) = match rest.len() {
        5 if rest[2] == b':' => (digits(&rest[..2])?, digits(&rest[3..5])?, 0),
        8 => clock(rest)?,
        _ => return None,
    };
    (h < 24 && mi < 60).then(|| stamp(y, mo, d, h, mi, sec))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_round_trip() {
        for (y, m, d) in [(1970, 1, 1), (2024, 2, 29), (2026, 12, 31), (2027, 1, 1)] {
            let t = stamp(y, m, d, 23, 59, 58);
            assert_eq!(format(t), format!("{y:04}-{m:02}-{d:02} 23:59:58"));
        }
    }

    #[test]
    fn syslog_and_iso_times() {
        assert_eq!(
            syslog(b"Nov 30 12:00:01 host x"),
            Some((11, 30, (12, 0, 1), 16))
        );
        assert_eq!(
            syslog(b"Jan  1 00:00:00 host x"),
            Some((1, 1, (0, 0, 0), 16))
        );
        assert_eq!(syslog(b"Foo 30 12:00:01 host x"), None);
        let (t, rest) = iso(b"2026-11-30T12:00:01.123456+01:00 host").unwrap();
        assert_eq!(format(t), "2026-11-30 12:00:01");
        assert_eq!(rest, 32);
        assert_eq!(iso(b"2026-11-30 12:00:01 1tX").map(|(_, r)| r), Some(19));
        assert_eq!(iso(b"2026-13-30 12:00:01"), None);
    }

    #[test]
    fn the_year_of_syslog_lines_turns_at_new_year() {
        // A file last changed in January 2027 that starts in December.
        let mut years = Years::new(2027, 1);
        let dec = years.stamp(12, 31, (23, 59, 59));
        let jan = years.stamp(1, 1, (0, 0, 1));
        assert_eq!(format(dec), "2026-12-31 23:59:59");
        assert_eq!(format(jan), "2027-01-01 00:00:01");
        assert!(jan > dec);
    }

    #[test]
    fn filters() {
        let now = stamp(2026, 12, 1, 12, 0, 0);
        assert_eq!(
            parse_filter("24h", now),
            Some(stamp(2026, 11, 30, 12, 0, 0))
        );
        assert_eq!(
            parse_filter("2026-12-01", now),
            Some(stamp(2026, 12, 1, 0, 0, 0))
        );
        assert_eq!(
            parse_filter("2026-12-01 08:30", now),
            Some(stamp(2026, 12, 1, 8, 30, 0))
        );
        assert_eq!(
            parse_filter("2026-12-01T08:30:05", now),
            Some(stamp(2026, 12, 1, 8, 30, 5))
        );
        assert_eq!(parse_filter("yesterday", now), None);
        assert_eq!(parse_filter("-5h", now), None);
    }
}
