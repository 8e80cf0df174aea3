//! Medians of the operations a user waits for. Run with `cargo bench`; nothing here asserts a time.
//!
//! - loading the embedded knowledge (flow, catalogue, profile) and building one language's bundle,
//! - explaining and localizing one reply line,
//! - drawing one 80x24 frame of the wizard,
//! - the whole `mailwiz explain 550` process and the wizard's first frame in a pty, the bytes one
//!   ↓ writes to the terminal and the peak memory of the wizard and of `explain` (the release
//!   binary, when built).

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
            median(30, || {
                let mut w = Wizard::start(release);
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
    let mut w = Wizard::start(bin);
    w.wait_for("I have an error code");
    w.send(b"2");
    w.wait_for("Which of these describes");
    let mut sizes = Vec::new();
    for key in [b"\x1b[B", b"\x1b[A"] {
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
    w.send(b"7");
    w.wait_for("Bounce");
    w.send(b"y");
    w.send(b"550");
    w.wait_for("> 550");
    w.send(b"\r");
    w.wait_for("Mailbox unavailable");
    w.send(b"/mailbox ful");
    w.wait_for("> mailbox ful");
    w.send(b"\x1b");
    w.wait_for("550 ·");
    w.send(b"L");
    w.send(b"s");
    w.wait_for("Podsumowanie");
    println!(
        "{:<48} peak {:>10.1} MiB",
        "process: the wizard after a walk (VmHWM)",
        w.peak_memory_kib() as f64 / 1024.0
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

/// The release wizard in an 80x24 pseudo-terminal, its output read by a thread into a channel so
/// that it never waits on a full buffer.
struct Wizard {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn std::io::Write + Send>,
    output: std::sync::mpsc::Receiver<Vec<u8>>,
    parser: vt100::Parser,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Wizard {
    fn start(bin: &str) -> Wizard {
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
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let (tx, output) = std::sync::mpsc::channel::<Vec<u8>>();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Wizard {
            child,
            writer,
            output,
            parser: vt100::Parser::new(24, 80, 0),
            _master: pair.master,
        }
    }

    fn next_chunk(&mut self) -> Vec<u8> {
        let chunk = match self.output.recv_timeout(Duration::from_secs(10)) {
            Ok(chunk) => chunk,
            Err(e) => panic!(
                "no output from the wizard ({e}); the screen:\n{}",
                self.parser.screen().contents()
            ),
        };
        self.parser.process(&chunk);
        chunk
    }

    fn wait_for(&mut self, needle: &str) {
        while !self.parser.screen().contents().contains(needle) {
            self.next_chunk();
        }
    }

    fn send(&mut self, keys: &[u8]) {
        self.writer.write_all(keys).unwrap();
        self.writer.flush().unwrap();
    }

    /// Send keys and count the bytes written until the frame they cause has ended.
    fn frame_after(&mut self, keys: &[u8]) -> usize {
        const FRAME_END: &[u8] = b"\x1b[?25l";
        self.send(keys);
        let mut bytes = Vec::new();
        while !bytes.windows(FRAME_END.len()).any(|w| w == FRAME_END) {
            bytes.extend(self.next_chunk());
        }
        bytes.len()
    }

    fn peak_memory_kib(&self) -> u64 {
        let pid = self.child.process_id().unwrap();
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    fn quit(mut self) {
        self.send(b"q");
        self.child.wait().unwrap();
    }
}
