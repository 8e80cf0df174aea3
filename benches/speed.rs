//! Medians of the operations a user waits for. Run with `cargo bench`; nothing here asserts a time.
//!
//! - loading the embedded knowledge (flow, catalogue, profile) and building one language's bundle,
//! - explaining and localizing one reply line,
//! - drawing one 80x24 frame of the wizard,
//! - the whole `mailwiz explain 550` process (in English, and in Polish with English under it)
//!   beside the whole `grep -n 550` of the guide the answers come from, the wizard's first frame
//!   in a pty, the bytes one ↓ writes to the terminal and the peak memory of the wizard and of
//!   `explain` (the release binary, when built).

#[path = "../tests/pty/session.rs"]
mod session;

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use mailwiz::explain;
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::present::explanation::Words;
use mailwiz::search::SearchIndex;
use mailwiz::tui::{Theme, Ui};
use mailwiz::wizard::{Action, Model, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use session::{DOWN, ENTER, ESC, Launch, Session, UP, peak_memory_kib};

/// Runs of each whole-process timing.
const PROCESS_RUNS: usize = 50;

/// A copy of the Polish hosting guide (OVH) that the reply-code texts were written from.
const GUIDE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/guide.txt");

fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    f(); // warm up
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// 1,000 lines: the test corpus of real bounces, repeated.
fn bounce_corpus() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/bounces.toml");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let table: toml::Table = toml::from_str(&text).unwrap_or_default();
    let lines: Vec<String> = table
        .get("line")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|l| l.get("text")?.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let lines = if lines.is_empty() {
        vec!["550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown".to_string()]
    } else {
        lines
    };
    lines.iter().cycle().take(1000).cloned().collect()
}

fn report(name: &str, d: Duration) {
    println!("{name:<48} median {:>10.1} µs", d.as_secs_f64() * 1e6);
}

fn report_ratio(name: &str, a: Duration, b: Duration) {
    println!(
        "{name:<48} ratio  {:>10.1}x",
        a.as_secs_f64() / b.as_secs_f64()
    );
}

/// Run a program to its end, its output captured, with no locale from the caller's environment
/// (mailwiz would take its language from it).
fn run(program: &str, args: &[&str]) {
    let out = Command::new(program)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap_or_else(|e| panic!("run {program}: {e}"));
    assert!(out.status.success(), "{program} {args:?}: {:?}", out.status);
}

/// The release wizard in English in an 80x24 pty, on its own (no `sh` and `stty` after it).
fn english_wizard(bin: &str) -> Launch<'_> {
    Launch {
        env: &[("LANG", "en_US.UTF-8")],
        stty_after: false,
        ..Launch::new(bin)
    }
}

fn main() {
    report(
        "load knowledge + Polish bundle, format one text",
        median(200, || {
            let kb = Knowledge::embedded().unwrap();
            let loc = Localizer::new().with_profile(&kb.profile);
            black_box(loc.tr(Lang::Pl).text("code-550-summary"));
        }),
    );

    let kb = Knowledge::embedded().unwrap();
    let loc = Localizer::new().with_profile(&kb.profile);
    let pl = loc.tr(Lang::Pl);
    pl.text("ui-start-title");
    let line = "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown";
    report(
        "explain + localize one reply line",
        median(2000, || {
            let e = explain::explain(&kb, black_box(line)).unwrap();
            black_box(Words::of(&e, &kb, pl));
        }),
    );

    let mut model = Model::new(&kb, Lang::Pl);
    for a in [Action::Pick(2), Action::Pick(7)] {
        update(&mut model, &kb, a);
    }
    let index = SearchIndex::of(&kb, &loc, Lang::Pl);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    report(
        "draw one 80x24 frame (scenario step)",
        median(500, || {
            terminal
                .draw(|f| {
                    f.render_widget(
                        Ui {
                            model: &model,
                            kb: &kb,
                            tr: loc.tr(model.lang),
                            content: loc.tr(model.content_lang()),
                            index: Some(&index),
                            theme: Theme { color: true },
                        },
                        f.area(),
                    )
                })
                .unwrap();
        }),
    );

    let query = "mailbox full";
    report(
        "lookup: one keystroke of \"mailbox full\" (median)",
        median(2000, || {
            for end in 1..=query.len() {
                black_box(index.search(&query[..end]));
            }
        }) / query.len() as u32,
    );
    // What the lookup does per keystroke of a typed reply line: the search, and the line read as
    // a reply for the row of its own.
    let line = "535 5.7.8 authentication failed";
    report(
        "lookup: one keystroke of a typed reply line, its own row included (median)",
        median(500, || {
            for end in 1..=line.len() {
                black_box(mailwiz::search::Listing::new(&kb, &index, &line[..end]));
            }
        }) / line.len() as u32,
    );
    report(
        "lookup: build the index of one language",
        median(50, || {
            black_box(SearchIndex::of(&kb, &loc, Lang::Pl));
        }),
    );

    let corpus = bounce_corpus();
    report(
        &format!("explain {} bounce lines", corpus.len()),
        median(20, || {
            for line in &corpus {
                if let Ok(e) = explain::explain(&kb, line) {
                    black_box(Words::of(&e, &kb, pl));
                }
            }
        }),
    );

    // Whole bounce messages: the corpus of tests/corpus/messages, read and diagnosed.
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/messages");
    let messages: Vec<Vec<u8>> = std::fs::read_dir(folder)
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                .filter_map(|e| std::fs::read(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    if !messages.is_empty() {
        let all = median(200, || {
            for m in &messages {
                if let Some(b) = mailwiz::bounce::read(black_box(m)) {
                    black_box(mailwiz::diagnose::diagnose(&kb, &b));
                }
            }
        });
        report(
            &format!("read and diagnose {} bounce messages", messages.len()),
            all,
        );
        println!(
            "{:<48} {:>10.0} messages per second",
            "bounce messages (the corpus)",
            messages.len() as f64 / all.as_secs_f64()
        );
    }

    let release = concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/mailwiz");
    if std::path::Path::new(release).exists() {
        let explain = median(PROCESS_RUNS, || run(release, &["explain", "550"]));
        report("process: mailwiz explain 550 (release binary)", explain);
        // Polish reads two languages' files: Polish, and English under it.
        let explain_pl = median(PROCESS_RUNS, || {
            run(release, &["--lang", "pl", "explain", "550"])
        });
        report("process: mailwiz --lang pl explain 550", explain_pl);
        // What a user would otherwise run: grep for the code in the guide.
        let grep = median(PROCESS_RUNS, || run("grep", &["-n", "550", GUIDE]));
        report("process: grep -n 550 in the guide", grep);
        report_ratio("explain 550 / grep of the guide", explain, grep);
        report_ratio(
            "--lang pl explain 550 / grep of the guide",
            explain_pl,
            grep,
        );

        report(
            "process: start the wizard to its first frame (pty)",
            median(30, || {
                let mut w = Session::start(english_wizard(release));
                w.wait_for("I have an error code");
                w.quit();
            }),
        );
        process_numbers(release);
    } else {
        println!(
            "(build the release binary with `cargo build --release` to time the whole process)"
        );
    }
}

/// Peak memory and bytes written to the terminal, measured on the release binary.
fn process_numbers(bin: &str) {
    // One ↓ in the list of scenarios: the bytes the wizard writes until that frame ends
    // (ratatui ends every frame by hiding the cursor).
    let mut w = Session::start(english_wizard(bin));
    w.wait_for("I have an error code");
    w.send("2");
    w.wait_for("Which of these describes");
    let mut sizes = Vec::new();
    for key in [DOWN, UP] {
        for _ in 0..6 {
            sizes.push(w.frame_after(key));
        }
    }
    sizes.sort();
    println!(
        "{:<48} median {:>10} bytes (min {}, max {})",
        "terminal: bytes written for one ↓ or ↑ in a list",
        sizes[sizes.len() / 2],
        sizes[0],
        sizes[sizes.len() - 1]
    );

    // The wizard's peak memory after a walk through every kind of screen, the lookup included.
    w.send("7");
    w.wait_for("Bounce");
    w.send("y");
    w.send("550");
    w.wait_for("> 550");
    w.send(ENTER);
    w.wait_for("Mailbox unavailable");
    w.send("/mailbox ful");
    w.wait_for("> mailbox ful");
    w.send(ESC);
    w.wait_for("550 ·");
    w.send("L2");
    w.send("s");
    w.wait_for("Podsumowanie");
    if std::path::Path::new("/proc/self/status").exists() {
        println!(
            "{:<48} peak {:>10.1} MiB",
            "process: the wizard after a walk (VmHWM)",
            peak_memory_kib(w.pid()) as f64 / 1024.0
        );
    } else {
        println!("(/proc is needed to read the wizard's peak memory)");
    }
    w.quit();

    // A session as a hostile client would run it: 500 pasted 64 KB bounces, then 100,000
    // lookups of `/550` Enter; the time per paste and per lookup, and the peak memory after.
    let mut w = Session::start(english_wizard(bin));
    w.wait_for("I have an error code");
    let filler = "word ".repeat(13_000);
    let started = Instant::now();
    for i in 0..500 {
        let (code, shown) = if i % 2 == 0 {
            ("550 5.1.1", "550 5.1.1 ·")
        } else {
            ("552 5.2.2", "552 5.2.2 ·")
        };
        w.send(&format!("\x1b[200~{code} User unknown {filler}\x1b[201~"));
        w.wait_for(shown);
    }
    let per_paste = started.elapsed() / 500;
    let started = Instant::now();
    let lookups = "/550\r".repeat(1000);
    for _ in 0..100 {
        w.send(&lookups);
    }
    w.send("s");
    w.wait_for("Problems, diagnoses and the advice given");
    let per_lookup = started.elapsed() / 100_000;
    println!(
        "{:<48} median {:>10.1} µs",
        "session: one pasted 64 KB bounce (mean of 500)",
        per_paste.as_secs_f64() * 1e6
    );
    println!(
        "{:<48} median {:>10.1} µs",
        "session: one lookup /550 Enter (mean of 100,000)",
        per_lookup.as_secs_f64() * 1e6
    );
    println!(
        "{:<48} peak {:>10.1} MiB",
        "session: after 500 pastes, 100,000 lookups",
        peak_memory_kib(w.pid()) as f64 / 1024.0
    );
    w.quit();

    // `explain`'s peak memory, as GNU time reports the child's maximum resident size (Debian's
    // package `time`); skipped without it. Finnish loads two languages, English and Finnish.
    let mut peaks = Vec::new();
    for lang in ["en", "fi"] {
        let out = Command::new("/usr/bin/time")
            .args([
                "-f",
                "%M",
                bin,
                "--lang",
                lang,
                "explain",
                "550 5.1.1 User unknown",
            ])
            .output();
        match out {
            Ok(out) if out.status.success() => {
                let stderr = String::from_utf8_lossy(&out.stderr);
                let kib: f64 = stderr.trim().parse().unwrap_or(0.0);
                peaks.push(format!("{lang} {:.1} MiB", kib / 1024.0));
            }
            _ => {
                println!("(/usr/bin/time is needed to read explain's peak memory)");
                return;
            }
        }
    }
    println!(
        "{:<48} peak {}",
        "process: mailwiz explain (max RSS)",
        peaks.join(", ")
    );
}
