//! The event loop on a TestBackend, fed through its channel as its threads and outside work feed it.

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use std::thread;

use ratatui::{TerminalOptions, Viewport};

use super::*;
use crate::knowledge::flow::Answer;
use crate::wizard::Stage;

fn key(c: char) -> Incoming {
    Incoming::Terminal(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

/// A terminal of a given size that records what was copied.
struct FakeHost {
    size: io::Result<(u16, u16)>,
    copied: Vec<String>,
}

impl Host for FakeHost {
    fn size(&self) -> io::Result<(u16, u16)> {
        match &self.size {
            Ok(s) => Ok(*s),
            Err(e) => Err(io::Error::new(e.kind(), e.to_string())),
        }
    }
    fn copy(&mut self, text: &str) -> io::Result<()> {
        self.copied.push(text.to_string());
        Ok(())
    }
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Ran {
    result: io::Result<()>,
    model: Model,
    screen: String,
    area: ratatui::layout::Rect,
    copied: Vec<String>,
}

fn run_with(inbox: &Receiver<Incoming>, size: io::Result<(u16, u16)>) -> Ran {
    let kb = Knowledge::embedded().unwrap();
    let loc = Localizer::new().with_profile(&kb.profile);
    let options = TerminalOptions {
        viewport: Viewport::Fixed(term::drawable((80, 24))),
    };
    // As large as the largest viewport, which starts at 80x24.
    let backend = TestBackend::new(term::MAX_COLUMNS, term::MAX_ROWS);
    let mut terminal = Terminal::with_options(backend, options).unwrap();
    let mut host = FakeHost {
        size,
        copied: Vec::new(),
    };
    let mut model = Model::new(&kb, Lang::FALLBACK);
    let theme = Theme { color: false };
    let result = event_loop(
        &mut terminal,
        &mut host,
        &mut model,
        &kb,
        &loc,
        theme,
        inbox,
    );
    let area = terminal.get_frame().area();
    Ran {
        result,
        model,
        screen: terminal.backend().to_string(),
        area,
        copied: host.copied,
    }
}

fn run_loop(inbox: &Receiver<Incoming>) -> (io::Result<()>, Model, String) {
    let ran = run_with(inbox, Ok((80, 24)));
    (ran.result, ran.model, ran.screen)
}

/// Keys and a report from another thread arrive on one channel; the loop handles both, in
/// order, and ends on q once its question is answered yes.
#[test]
fn keys_and_outside_reports_come_through_one_channel() {
    let (outbox, inbox) = channel();
    let keys = outbox.0.clone();
    let worker = thread::spawn(move || {
        outbox.report(Report::Observed {
            node: "check-mx".to_string(),
            answer: Answer::Yes,
            detail: "MX 10 mx.example.com.".to_string(),
        })
    });
    assert!(worker.join().unwrap(), "the loop's channel is open");
    for k in ['1', 'u', 'q', 'y'] {
        keys.send(key(k)).unwrap();
    }
    // What comes after the yes is not read.
    keys.send(key('n')).unwrap();
    let (result, model, screen) = run_loop(&inbox);
    assert!(result.is_ok());
    assert!(model.quit);
    assert_eq!(model.pos.stage, Stage::Unsure);
    assert_eq!(
        model.observation("check-mx").map(|o| o.answer),
        Some(Answer::Yes)
    );
    assert!(screen.contains("mailwiz"), "{screen}");
    assert!(inbox.try_recv().is_ok(), "the n after the yes is left");
}

#[test]
fn a_signal_a_hang_up_or_a_closed_channel_ends_the_loop() {
    let (outbox, inbox) = channel();
    outbox.0.send(key('1')).unwrap();
    outbox.0.send(Incoming::Stop).unwrap();
    let (result, model, _) = run_loop(&inbox);
    assert!(result.is_ok() && !model.quit);
    assert_ne!(
        model.pos.node, "ui-start",
        "the key before the signal was handled"
    );

    let (outbox, inbox) = channel();
    outbox.0.send(Incoming::HangUp).unwrap();
    outbox.0.send(key('1')).unwrap();
    let (result, model, _) = run_loop(&inbox);
    assert!(result.is_ok());
    assert_eq!(model.pos.node, "ui-start", "nothing after the hang-up");

    let (outbox, inbox) = channel();
    drop(outbox);
    assert!(run_loop(&inbox).0.is_ok());
}

/// A window claimed to be 65535x65535 is drawn within the cap; a terminal that cannot say
/// its size any more is gone.
#[test]
fn a_resize_is_drawn_within_the_cap_and_a_lost_size_ends_the_loop() {
    let (outbox, inbox) = channel();
    outbox.0.send(Incoming::Resize).unwrap();
    outbox.0.send(Incoming::Stop).unwrap();
    let ran = run_with(&inbox, Ok((65535, 65535)));
    assert!(ran.result.is_ok());
    assert_eq!(
        (ran.area.width, ran.area.height),
        (term::MAX_COLUMNS, term::MAX_ROWS)
    );

    let (outbox, inbox) = channel();
    outbox.0.send(Incoming::Resize).unwrap();
    outbox.0.send(key('1')).unwrap();
    let ran = run_with(&inbox, Err(io::Error::other("EIO")));
    assert!(ran.result.is_ok());
    assert_eq!(ran.model.pos.node, "ui-start");
}

#[test]
fn c_on_the_summary_copies_it_and_says_so_until_the_summary_is_left() {
    let (outbox, inbox) = channel();
    for k in ['s', 'c'] {
        outbox.0.send(key(k)).unwrap();
    }
    outbox.0.send(Incoming::Stop).unwrap();
    let ran = run_with(&inbox, Ok((80, 24)));
    assert_eq!(ran.copied.len(), 1);
    assert!(ran.copied[0].contains("mailwiz"), "{:?}", ran.copied);
    // The summary says so (the snapshot `summary_copied_en` shows how) until it is left.
    assert!(ran.model.copied);

    let (outbox, inbox) = channel();
    for k in ['s', 'c'] {
        outbox.0.send(key(k)).unwrap();
    }
    outbox
        .0
        .send(Incoming::Terminal(Event::Key(KeyEvent::new(
            KeyCode::Esc,
            KeyModifiers::NONE,
        ))))
        .unwrap();
    outbox.0.send(key('s')).unwrap();
    outbox.0.send(Incoming::Stop).unwrap();
    let ran = run_with(&inbox, Ok((80, 24)));
    assert_eq!(ran.copied.len(), 1);
    assert!(!ran.model.copied);
}
