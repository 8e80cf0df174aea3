//! `mailwiz logs` on the mail log fixtures of tests/fixtures/logs: the totals and diagnosis groups
//! of every fixture as count.py counted them (expected.toml), the generator's month of Postfix log,
//! --since and --until across midnight and the year, --address, hostile input (escape sequences,
//! invalid UTF-8, a line of 10 MB, a file cut in the middle of a line) and files that cannot be
//! read.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, SystemTime};

use serde::Deserialize;
use serde_json::Value;

use crate::support::{fails_with_2, fixture, fixture_path, mailwiz};

#[derive(Debug, Deserialize)]
struct Expected {
    file: Vec<FileCase>,
    window: Vec<Window>,
    address: Vec<AddressCase>,
    cut: Vec<Cut>,
}

#[derive(Debug, Deserialize)]
struct FileCase {
    path: String,
    /// "file", or "stdin" for journald, which is read from `-`.
    input: String,
    #[serde(flatten)]
    totals: BTreeMap<String, u64>,
    #[serde(default)]
    group: Vec<Group>,
}

#[derive(Debug, Deserialize)]
struct Group {
    delivery: String,
    code: Option<u64>,
    enhanced: Option<String>,
    pattern: Option<String>,
    count: u64,
    recipients: u64,
    domains: u64,
}

#[derive(Debug, Deserialize)]
struct Window {
    path: String,
    mtime: String,
    since: Option<String>,
    until: Option<String>,
    #[serde(flatten)]
    totals: BTreeMap<String, u64>,
}

#[derive(Debug, Deserialize)]
struct AddressCase {
    path: String,
    address: String,
    #[serde(flatten)]
    totals: BTreeMap<String, u64>,
}

#[derive(Debug, Deserialize)]
struct Cut {
    path: String,
    bytes: usize,
    #[serde(flatten)]
    totals: BTreeMap<String, u64>,
}

fn expected() -> Expected {
    toml::from_str(&fixture("logs/expected.toml")).unwrap()
}

fn file_case<'a>(e: &'a Expected, path: &str) -> &'a FileCase {
    e.file.iter().find(|f| f.path == path).unwrap()
}

/// delivery, code, enhanced, pattern → count, recipients, domains
type Groups = BTreeMap<(String, Option<u64>, Option<String>, Option<String>), (u64, u64, u64)>;

/// What one run printed, read as the contract says: a totals object first, then the groups.
struct Report {
    totals: Value,
    groups: Groups,
    /// Bytes on standard output.
    size: usize,
}

/// `mailwiz logs --format json ARGS`, with `stdin` on standard input when given. Exit 0, and no
/// control character in anything it prints.
fn logs(args: &[&str], stdin: Option<Vec<u8>>) -> Report {
    let mut cmd = mailwiz();
    cmd.env("TZ", "UTC")
        .args(["logs", "--format", "json"])
        .args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "mailwiz logs {args:?} exited {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    no_control_bytes(&out.stdout, &format!("stdout of {args:?}"));
    no_control_bytes(&out.stderr, &format!("stderr of {args:?}"));
    let size = out.stdout.len();
    let text = String::from_utf8(out.stdout).expect("JSON Lines are UTF-8");
    let values: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    for v in &values {
        no_control_chars(v, &format!("{args:?}"));
    }
    let first = values.first().expect("no output at all");
    assert_eq!(
        first["kind"], "totals",
        "the first line is not the totals: {first}"
    );
    let mut groups = Groups::new();
    let known = pattern_ids();
    for g in values.iter().filter(|v| v["kind"] == "group") {
        let key = (
            g["delivery"].as_str().unwrap().to_string(),
            g["code"].as_u64(),
            g["enhanced"].as_str().map(str::to_string),
            g["pattern"].as_str().map(str::to_string),
        );
        assert!(
            ["bounced", "deferred", "expired", "rejected"].contains(&key.0.as_str()),
            "{g}"
        );
        if let Some(p) = &key.3 {
            assert!(
                known.contains(p),
                "pattern {p} is not in assets/patterns.toml: {g}"
            );
        }
        for field in ["example", "first", "last"] {
            assert!(g[field].is_string(), "a group without {field}: {g}");
        }
        assert!(!g["example"].as_str().unwrap().is_empty(), "{g}");
        let counts = (
            g["count"].as_u64().unwrap(),
            g["recipients"].as_u64().unwrap(),
            g["domains"].as_u64().unwrap(),
        );
        assert!(
            groups.insert(key.clone(), counts).is_none(),
            "{key:?} twice"
        );
    }
    Report {
        totals: first.clone(),
        groups,
        size,
    }
}

fn pattern_ids() -> Vec<String> {
    let text = std::fs::read_to_string(format!(
        "{}/assets/patterns.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let v: toml::Value = toml::from_str(&text).unwrap();
    v["pattern"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect()
}

/// No escape or other control byte but the newline, and no C1 control either.
fn no_control_bytes(bytes: &[u8], what: &str) {
    if let Some(i) = bytes
        .iter()
        .position(|&b| (b < 0x20 && b != b'\n') || b == 0x7f)
    {
        panic!(
            "{what}: control byte {:#04x} at {i}: {:?}",
            bytes[i],
            String::from_utf8_lossy(&bytes[i.saturating_sub(60)..(i + 20).min(bytes.len())])
        );
    }
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "{what}: a C1 control character"
    );
}

/// No control character in any string of the JSON, where serde would have escaped it.
fn no_control_chars(v: &Value, what: &str) {
    match v {
        Value::String(s) => assert!(
            !s.chars().any(char::is_control),
            "{what}: a control character in {s:?}"
        ),
        Value::Array(a) => a.iter().for_each(|x| no_control_chars(x, what)),
        Value::Object(o) => o.values().for_each(|x| no_control_chars(x, what)),
        _ => {}
    }
}

/// The differences between the expected totals and the printed ones.
fn totals_differ(want: &BTreeMap<String, u64>, got: &Value) -> Vec<String> {
    want.iter()
        .filter(|(k, v)| got[k.as_str()].as_u64() != Some(**v))
        .map(|(k, v)| format!("{k}: {} (expected {v})", got[k.as_str()]))
        .collect()
}

fn expected_groups(f: &FileCase) -> Groups {
    f.group
        .iter()
        .map(|g| {
            (
                (
                    g.delivery.clone(),
                    g.code,
                    g.enhanced.clone(),
                    g.pattern.clone(),
                ),
                (g.count, g.recipients, g.domains),
            )
        })
        .collect()
}

fn groups_differ(want: &Groups, got: &Groups) -> Vec<String> {
    let mut out = Vec::new();
    for (k, v) in want {
        match got.get(k) {
            None => out.push(format!("missing {k:?} (count, recipients, domains {v:?})")),
            Some(g) if g != v => out.push(format!("{k:?}: {g:?}, expected {v:?}")),
            _ => {}
        }
    }
    for (k, v) in got {
        if !want.contains_key(k) {
            out.push(format!("unexpected {k:?} {v:?}"));
        }
    }
    out
}

fn run_file(f: &FileCase) -> Report {
    let path = fixture_path(&format!("logs/{}", f.path));
    if f.input == "stdin" {
        logs(&["-"], Some(std::fs::read(&path).unwrap()))
    } else {
        logs(&[&path], None)
    }
}

#[test]
fn every_fixture_gives_the_totals_and_groups_that_count_py_counted() {
    let e = expected();
    let mut failures = Vec::new();
    for f in &e.file {
        let r = run_file(f);
        let mut d = totals_differ(&f.totals, &r.totals);
        d.extend(groups_differ(&expected_groups(f), &r.groups));
        if !d.is_empty() {
            failures.push(format!("{}:\n  {}", f.path, d.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_generated_month_gives_the_generators_totals() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("postfix-3MB.log");
    let exp = dir.path().join("expected.json");
    let status = std::process::Command::new("python3")
        .arg(format!(
            "{}/benches/maillog/generate.py",
            env!("CARGO_MANIFEST_DIR")
        ))
        .args(["3", log.to_str().unwrap(), "--seed", "7", "--expected"])
        .arg(&exp)
        .status()
        .unwrap_or_else(|e| panic!("python3 runs benches/maillog/generate.py: {e}"));
    assert!(status.success(), "generate.py: {status}");
    let want: BTreeMap<String, u64> =
        serde_json::from_str(&std::fs::read_to_string(&exp).unwrap()).unwrap();
    assert!(want["sent"] > 1000 && want["rejected"] > 0 && want["expired"] > 0);
    let r = logs(&[log.to_str().unwrap()], None);
    let d = totals_differ(&want, &r.totals);
    assert!(d.is_empty(), "{}", d.join("\n"));
}

/// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SSZ`.
fn epoch_of(s: &str) -> u64 {
    let n = |a: usize, b: usize| -> i64 { s[a..b].parse().unwrap() };
    let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    (days * 86400 + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19)) as u64
}

/// A copy of a fixture in `dir` with this modification time: the year of syslog's dates.
fn copy_with_mtime(dir: &Path, name: &str, mtime: &str) -> String {
    let to = dir.join(name);
    std::fs::copy(fixture_path(&format!("logs/{name}")), &to).unwrap();
    let f = std::fs::File::options().write(true).open(&to).unwrap();
    f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(epoch_of(mtime)))
        .unwrap();
    to.to_str().unwrap().to_string()
}

#[test]
fn since_and_until_across_midnight_and_the_new_year() {
    assert_eq!(epoch_of("2027-01-01T06:00:00Z"), 1798783200);
    let e = expected();
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for w in &e.window {
        let path = copy_with_mtime(dir.path(), &w.path, &w.mtime);
        let mut args = Vec::new();
        if let Some(s) = &w.since {
            args.extend(["--since", s.as_str()]);
        }
        if let Some(u) = &w.until {
            args.extend(["--until", u.as_str()]);
        }
        args.push(&path);
        let r = logs(&args, None);
        let d = totals_differ(&w.totals, &r.totals);
        if !d.is_empty() {
            failures.push(format!(
                "{} --since {:?} --until {:?}:\n  {}",
                w.path,
                w.since,
                w.until,
                d.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn address_keeps_one_recipients_attempts() {
    let e = expected();
    for a in &e.address {
        let path = fixture_path(&format!("logs/{}", a.path));
        let r = logs(&["--address", &a.address, &path], None);
        let d = totals_differ(&a.totals, &r.totals);
        assert!(
            d.is_empty(),
            "{} --address {}: {}",
            a.path,
            a.address,
            d.join(", ")
        );
    }
}

#[test]
fn hostile_lines_are_counted_and_never_reach_the_terminal() {
    let e = expected();
    let f = file_case(&e, "hostile.log");
    let path = fixture_path("logs/hostile.log");
    let r = logs(&[&path], None);
    let mut d = totals_differ(&f.totals, &r.totals);
    d.extend(groups_differ(&expected_groups(f), &r.groups));
    assert!(d.is_empty(), "{}", d.join("\n"));
    // The text output too.
    let out = mailwiz()
        .args(["logs", "--format", "text", &path])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    no_control_bytes(&out.stdout, "text stdout");
    no_control_bytes(&out.stderr, "text stderr");
    assert!(!out.stdout.is_empty());
}

/// postfix.log with `line` (no newline of its own) put in the middle as a line of its own.
fn postfix_log_with(line: &[u8]) -> Vec<u8> {
    let log = std::fs::read(fixture_path("logs/postfix.log")).unwrap();
    let mid = log.len() / 2;
    let at = mid + log[mid..].iter().position(|&b| b == b'\n').unwrap() + 1;
    let mut out = log[..at].to_vec();
    out.extend_from_slice(line);
    out.push(b'\n');
    out.extend_from_slice(&log[at..]);
    out
}

#[test]
fn a_line_of_ten_megabytes_is_one_line_more() {
    const TEN_MB: usize = 10 * 1000 * 1000;
    let e = expected();
    let f = file_case(&e, "postfix.log");
    let mut want = f.totals.clone();
    *want.get_mut("lines").unwrap() += 1;
    let dir = tempfile::tempdir().unwrap();
    // A Postfix header warning of 10 MB, and 10 MB of bytes that are not UTF-8 with escape
    // sequences in them.
    let mut text =
        b"Dec 31 09:50:00 mail postfix/cleanup[3455]: 4E1F2A3B5C: warning: header Subject: "
            .to_vec();
    text.resize(TEN_MB, b'A');
    text.extend_from_slice(
        b" from unknown[203.0.113.5]; from=<a@example.biz> to=<b@example.com> proto=ESMTP helo=<x>",
    );
    let mut binary = Vec::with_capacity(TEN_MB);
    let mut x: u32 = 0x2545_f491;
    while binary.len() < TEN_MB {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let b = (x >> 24) as u8;
        binary.push(match b {
            b'\n' => 0xff,
            0x00..=0x3f => 0x1b,
            _ => b | 0x80,
        });
    }
    for (name, line) in [("text", text), ("binary", binary)] {
        let path = dir.path().join(format!("postfix-{name}.log"));
        std::fs::write(&path, postfix_log_with(&line)).unwrap();
        let r = logs(&[path.to_str().unwrap()], None);
        assert!(r.size < 1_000_000, "{name}: {} bytes of output", r.size);
        let mut d = totals_differ(&want, &r.totals);
        d.extend(groups_differ(&expected_groups(f), &r.groups));
        assert!(d.is_empty(), "{name}: {}", d.join("\n"));
    }
}

#[test]
fn a_file_cut_in_the_middle_of_a_line() {
    let e = expected();
    let dir = tempfile::tempdir().unwrap();
    for c in &e.cut {
        let log = std::fs::read(fixture_path(&format!("logs/{}", c.path))).unwrap();
        assert_ne!(log[c.bytes - 1], b'\n', "the cut is not inside a line");
        let path = dir.path().join(format!("cut-{}", c.path));
        std::fs::write(&path, &log[..c.bytes]).unwrap();
        let r = logs(&[path.to_str().unwrap()], None);
        let d = totals_differ(&c.totals, &r.totals);
        assert!(
            d.is_empty(),
            "{} cut at {}: {}",
            c.path,
            c.bytes,
            d.join(", ")
        );
    }
}

#[test]
fn a_file_that_cannot_be_read_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-mail.log");
    let directory = dir.path().join("a-directory.log");
    std::fs::create_dir(&directory).unwrap();
    // A gzip rotation cut short: the header is right, the stream ends early.
    let gz = std::fs::read(fixture_path("logs/postfix.log.2.gz")).unwrap();
    let truncated = dir.path().join("truncated.log.2.gz");
    std::fs::write(&truncated, &gz[..gz.len() / 2]).unwrap();
    for path in [&missing, &directory, &truncated] {
        let p = path.to_str().unwrap();
        let err = fails_with_2(mailwiz().args(["logs", "--format", "json", p]));
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(err.contains(name), "{p}: {err}");
    }
}
