//! What the tests share: the knowledge, texts, the search index, driving the wizard to a place by
//! name, drawing a screen, and running the real binary.

#![allow(dead_code)]

use std::collections::{HashSet, VecDeque};

use assert_cmd::Command;
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::flow::Answer;
use mailwiz::knowledge::{Flow, Knowledge, Profile};
use mailwiz::search::SearchIndex;
use mailwiz::tui::{Theme, Ui};
use mailwiz::wizard::{Action, Env, Model, Stage, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::Value;

/// The embedded knowledge.
pub fn kb() -> Knowledge {
    Knowledge::embedded().unwrap()
}

/// The small flow of `tests/fixtures/flows/mini.toml` with the embedded catalogue.
pub fn mini() -> Knowledge {
    let flow = Flow::parse(&fixture("flows/mini.toml"), "mini.toml").unwrap();
    Knowledge::with_flow(flow, Profile::embedded().unwrap()).unwrap()
}

pub fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// A localizer with the embedded profile's facts.
pub fn loc() -> Localizer {
    Localizer::new().with_profile(&kb().profile)
}

/// One message in one language, with the embedded profile's facts.
pub fn text(lang: Lang, id: &str) -> String {
    loc().tr(lang).text(id)
}

/// The search index of one language.
pub fn index(lang: Lang) -> SearchIndex {
    let kb = kb();
    SearchIndex::of(&kb, &loc(), lang)
}

pub const Y: Action = Action::Answer(Answer::Yes);
pub const N: Action = Action::Answer(Answer::No);
pub const U: Action = Action::Answer(Answer::Unsure);

/// The model after these actions from the start.
pub fn run(kb: &Knowledge, actions: &[Action]) -> Model {
    let mut m = Model::new(kb, Lang::En);
    for a in actions {
        update(&mut m, kb, a.clone());
    }
    m
}

/// The model after these actions, with the search index for Enter in the lookup.
pub fn run_with_index(kb: &Knowledge, index: &SearchIndex, actions: &[Action]) -> Model {
    let mut m = Model::new(kb, Lang::En);
    for a in actions {
        update(
            &mut m,
            Env {
                kb,
                index: Some(index),
                tr: None,
                room: None,
            },
            a.clone(),
        );
    }
    m
}

pub fn typed(s: &str) -> Vec<Action> {
    s.chars().map(Action::Type).collect()
}

/// The shortest way through the menus and checks from the start to the node `id` (Enter, the
/// digits and the answers), so that tests name the place instead of spelling a key script.
pub fn walk_to(kb: &Knowledge, id: &str) -> Vec<Action> {
    assert!(kb.flow.node(id).is_some(), "no node {id}");
    let mut moves = vec![Action::Choose, Y, N, U];
    moves.extend((1..=9).map(Action::Pick));
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(Model::new(kb, Lang::En), Vec::new())]);
    while let Some((m, path)) = queue.pop_front() {
        if m.pos.node == id && matches!(m.pos.stage, Stage::Node | Stage::Lookup { .. }) {
            return path;
        }
        if !seen.insert(format!("{}|{:?}", m.pos.node, m.pos.stage)) {
            continue;
        }
        for a in &moves {
            let mut next = m.clone();
            update(&mut next, kb, a.clone());
            if next.history.len() > m.history.len() {
                let mut p = path.clone();
                p.push(a.clone());
                queue.push_back((next, p));
            }
        }
    }
    panic!("{id} cannot be reached with the keys");
}

/// The model standing on node `id`, reached by the keys.
pub fn at(kb: &Knowledge, id: &str) -> Model {
    run(kb, &walk_to(kb, id))
}

/// The screen of `model` as text, `width` x `height`, without colour.
pub fn draw(model: &Model, kb: &Knowledge, width: u16, height: u16, color: bool) -> String {
    let loc = Localizer::new().with_profile(&kb.profile);
    let index = SearchIndex::of(kb, &loc, model.lang);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| {
            let ui = Ui {
                model,
                kb,
                tr: loc.tr(model.lang),
                content: loc.tr(model.content_lang()),
                index: Some(&index),
                theme: Theme { color },
            };
            f.render_widget(ui, f.area())
        })
        .unwrap();
    terminal.backend().to_string()
}

/// The screen after these actions from the start, in `lang`.
pub fn screen(lang: Lang, actions: &[Action], width: u16, height: u16) -> String {
    let kb = kb();
    let mut model = Model::new(&kb, lang);
    for a in actions {
        update(&mut model, &kb, a.clone());
    }
    draw(&model, &kb, width, height, false)
}

/// The real binary as a std Command, with no language, colour or restricted mode from the
/// environment, and the administrator's profile pointed at a path that does not exist. For the
/// cases assert_cmd cannot set up (a full disk, a closed pipe).
pub fn raw_mailwiz() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_mailwiz"));
    for var in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "NO_COLOR",
        "MAILWIZ_RESTRICTED",
        "MAILWIZ_OFFLINE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env(
        "MAILWIZ_TEST_SYSTEM_PROFILE",
        "/nonexistent/mailwiz/profile.toml",
    );
    // No user's profile either, whatever the machine running the tests has.
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/config");
    cmd
}

/// [`raw_mailwiz`] as an assert_cmd Command.
pub fn mailwiz() -> Command {
    Command::from_std(raw_mailwiz())
}

/// Exit 0, nothing on stderr; stdout returned.
pub fn succeeds(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    String::from_utf8(out.stdout).unwrap()
}

/// Exit code 2, nothing on stdout, stderr lines that start with "mailwiz: "; stderr returned.
pub fn fails_with_2(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        out.stdout.is_empty(),
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.lines().all(|l| l.starts_with("mailwiz: ")), "{err}");
    assert!(!err.is_empty());
    err
}

pub fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Text with line breaks and wrap indents folded away, as a reader sees it.
pub fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The 1-based line of `text` where `needle` first appears.
pub fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

/// The path of a fixture, for the binary's options.
pub fn fixture_path(path: &str) -> String {
    format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))
}

/// A listener on 127.0.0.1 that leaves new connections unanswered, as a firewall that drops
/// packets does: its queue (listen(2) with a backlog of 0) is full with the connections
/// returned, which must be kept open.
pub fn unanswered_listener() -> (std::net::TcpListener, Vec<std::net::TcpStream>) {
    use std::os::fd::AsRawFd;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    // SAFETY: listen(2) again on a socket this function owns; it only shortens the queue.
    assert_eq!(unsafe { libc::listen(listener.as_raw_fd(), 0) }, 0);
    let addr = listener.local_addr().unwrap();
    let queued = (0..3)
        .filter_map(|_| {
            std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(200)).ok()
        })
        .collect();
    (listener, queued)
}
