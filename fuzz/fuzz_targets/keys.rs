//! Any bytes from a terminal, in any cuts between reads, with the input going quiet anywhere:
//! the key and paste decoder never panics, never holds more than a paste's bound, and a paste
//! it gives is never longer than that bound. Then the keys drive the wizard, which must not
//! panic either.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::tui::decode::{Decoder, MAX_PASTE};
use mailwiz::wizard::{Env, Model};
use ratatui::crossterm::event::Event;

static KB: LazyLock<Knowledge> =
    LazyLock::new(|| Knowledge::embedded().expect("the embedded data loads"));
thread_local! {
    // The texts are parsed once per thread, as the wizard's one event loop does.
    static LOC: Localizer = Localizer::new();
}

fuzz_target!(|data: &[u8]| {
    // The first byte chooses where reads end and where the input goes quiet.
    let Some((&plan, bytes)) = data.split_first() else {
        return;
    };
    let mut decoder = Decoder::default();
    let mut events = Vec::new();
    let step = usize::from(plan % 16) + 1;
    for (i, chunk) in bytes.chunks(step).enumerate() {
        decoder.feed(chunk, &mut events);
        if plan & 0x80 != 0 && i % 3 == 0 {
            decoder.idle(&mut events);
        }
    }
    decoder.idle(&mut events);
    assert!(!decoder.waiting(), "idle leaves nothing pending");
    let mut model = Model::new(&KB, Lang::ALL[usize::from(plan) % Lang::ALL.len()]);
    LOC.with(|loc| {
        for event in &events {
            if let Event::Paste(text) = event {
                assert!(
                    text.len() <= MAX_PASTE * 3,
                    "a paste of {} bytes",
                    text.len()
                );
            }
            // The answer keys of the model's language, as the event loop gives them.
            let env = Env {
                kb: &KB,
                index: None,
                tr: Some(loc.tr(model.lang)),
                room: None,
            };
            mailwiz::tui::input::handle(&mut model, env, event);
        }
    });
});
