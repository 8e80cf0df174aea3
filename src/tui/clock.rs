//! The machine's local time, for the summary: the clock read in the time zone the system (or
//! `TZ`) says, through the C library, which knows the zone database and its abbreviations.

use std::ffi::CStr;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::wizard::LocalTime;

unsafe extern "C" {
    /// POSIX `tzset(3)`: read `TZ` (or the system's zone) before converting.
    fn tzset();
}

/// Now, in local time; `None` when the clock is before 1970 or the C library cannot convert it.
pub fn now() -> Option<LocalTime> {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    local(libc::time_t::try_from(secs).ok()?)
}

/// The local time of `t`, seconds since 1970.
pub fn local(t: libc::time_t) -> Option<LocalTime> {
    // SAFETY: an all-zero `tm` is a valid value of that plain C struct (its `tm_zone` pointer is
    // null until localtime_r sets it).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: tzset only reads the environment, which mailwiz never changes, so no other thread
    // writes it meanwhile; localtime_r is the reentrant form and writes only into `tm`, which
    // outlives the call.
    let converted = unsafe {
        tzset();
        !libc::localtime_r(&t, &mut tm).is_null()
    };
    if !converted {
        return None;
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: localtime_r set tm_zone to a NUL-terminated name in the C library's zone
        // data, which stays valid until the next tzset; it is copied at once.
        let name = unsafe { CStr::from_ptr(tm.tm_zone) }.to_string_lossy();
        crate::sanitize::truncate(&crate::sanitize::clean(&name, false), 16)
    };
    let small = |v: libc::c_int| u8::try_from(v).ok();
    Some(LocalTime {
        year: tm.tm_year.checked_add(1900)?,
        month: small(tm.tm_mon.checked_add(1)?)?,
        day: small(tm.tm_mday)?,
        hour: small(tm.tm_hour)?,
        minute: small(tm.tm_min)?,
        // A leap second reads as 60.
        second: small(tm.tm_sec)?,
        offset_minutes: i32::try_from(tm.tm_gmtoff / 60).ok()?,
        zone,
    })
}
