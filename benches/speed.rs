//! Medians of the operations a user waits for. Run with `cargo bench`; nothing here asserts a time.
//!
//! - loading the embedded knowledge (flow, catalogue, profile) and building one language's bundle,
//! - explaining and localizing one reply line,
//! - drawing one 80x24 frame of the wizard,
//! - the whole `mailwiz explain 550` process (the release binary, when built).

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use mailwiz::explain;
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::search::SearchIndex;
use mailwiz::tui::{Theme, view};
use mailwiz::wizard::{Action, Model, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

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

fn main() {
    report(
        "load knowledge + Polish bundle, format one text",
        median(200, || {
            let kb = Knowledge::embedded().unwrap();
            let loc = Localizer::new(Lang::Pl).with_facts(kb.profile.facts());
            black_box(loc.text("code-550-summary"));
        }),
    );

    let kb = Knowledge::embedded().unwrap();
    let loc = Localizer::new(Lang::Pl).with_facts(kb.profile.facts());
    loc.text("ui-start-title");
    let line = "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown";
    report(
        "explain + localize one reply line",
        median(2000, || {
            let e = explain::explain(&kb, black_box(line)).unwrap();
            black_box(e.localize(&kb, &loc));
        }),
    );

    let mut model = Model::new(&kb, Lang::Pl);
    for a in [Action::Pick(2), Action::Pick(7)] {
        update(&mut model, &kb, a);
    }
    let index = SearchIndex::new(&kb, &loc, &Localizer::new(Lang::En));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    report(
        "draw one 80x24 frame (scenario step)",
        median(500, || {
            terminal
                .draw(|f| view::draw(f, &model, &kb, &loc, Some(&index), Theme { color: true }))
                .unwrap();
        }),
    );

    let english = Localizer::new(Lang::En);
    let index = mailwiz::search::SearchIndex::new(&kb, &loc, &english);
    let query = "mailbox full";
    report(
        "lookup: one keystroke of \"mailbox full\" (median)",
        median(2000, || {
            for end in 1..=query.len() {
                black_box(index.search(&query[..end]));
            }
        }) / query.len() as u32,
    );
    report(
        "lookup: build the index of one language",
        median(50, || {
            black_box(mailwiz::search::SearchIndex::new(&kb, &loc, &english));
        }),
    );

    let corpus = bounce_corpus();
    report(
        &format!("explain {} bounce lines", corpus.len()),
        median(20, || {
            for line in &corpus {
                if let Ok(e) = explain::explain(&kb, line) {
                    black_box(e.localize(&kb, &loc));
                }
            }
        }),
    );

    let release = concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/mailwiz");
    if std::path::Path::new(release).exists() {
        report(
            "process: mailwiz explain 550 (release binary)",
            median(50, || {
                let out = Command::new(release)
                    .args(["explain", "550"])
                    .output()
                    .unwrap();
                assert!(out.status.success());
            }),
        );
        report(
            "process: start the wizard to its first frame (pty)",
            median(30, || first_frame(release)),
        );
    } else {
        println!(
            "(build the release binary with `cargo build --release` to time the whole process)"
        );
    }
}

/// Start the wizard in an 80x24 pseudo-terminal, wait until the start menu is on screen, quit.
/// A thread drains the terminal's output, so the wizard never waits on a full buffer.
fn first_frame(bin: &str) {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(bin);
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut writer = pair.master.take_writer().unwrap();
    let mut parser = vt100::Parser::new(24, 80, 0);
    while !parser.screen().contents().contains("I have an error code") {
        let chunk = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("the first frame");
        parser.process(&chunk);
    }
    std::io::Write::write_all(&mut writer, b"q").unwrap();
    child.wait().unwrap();
}
