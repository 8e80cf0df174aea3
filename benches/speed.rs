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
                .draw(|f| view::draw(f, &model, &kb, &loc, &index, Theme { color: true }))
                .unwrap();
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
    } else {
        println!(
            "(build the release binary with `cargo build --release` to time the whole process)"
        );
    }
}
