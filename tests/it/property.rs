//! The state machine under 100,000 random actions across languages: it never panics, Back always
//! returns to the previous place, the start stays reachable, and the summary and every screen
//! always render. A small deterministic generator keeps every run the same.

use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::knowledge::flow::Answer;
use mailwiz::present::summary;
use mailwiz::search::SearchIndex;
use mailwiz::tui::{Theme, Ui};
use mailwiz::wizard::{Action, Env, Model, Report, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn random_action(rng: &mut Rng) -> Action {
    const TEXTS: [&str; 6] = [
        "550",
        "5.7.26",
        "hello",
        "\u{1b}]52;c;eA==\u{7}550",
        "Relay access denied",
        "",
    ];
    match rng.below(24) {
        0 => Action::Up,
        1 => Action::Down,
        2 | 3 => Action::Choose,
        4 => Action::Pick(rng.below(10)),
        5 => Action::Answer(Answer::Yes),
        6 => Action::Answer(Answer::No),
        7 => Action::Answer(Answer::Unsure),
        8 | 9 => Action::Back,
        10 => Action::Stop,
        11 => Action::Lookup,
        12 => match rng.below(6) {
            0 => Action::NextLang,
            1 => Action::OpenPicker(mailwiz::wizard::Picker::Screen),
            2 => Action::OpenPicker(mailwiz::wizard::Picker::Caller),
            3 => Action::ScrollRows(if rng.below(2) == 0 { -1 } else { 1 }),
            4 => Action::ScrollPages(if rng.below(2) == 0 { -1 } else { 1 }),
            _ => Action::Pick(rng.below(8)),
        },
        13 => Action::Summary,
        14 => Action::Help,
        15 => Action::Type(char::from_u32(rng.below(0x3000) as u32).unwrap_or('x')),
        16 => Action::DeleteChar,
        17 => Action::Paste(TEXTS[rng.below(TEXTS.len())].to_string()),
        18 => Action::Explain(TEXTS[rng.below(TEXTS.len())].to_string()),
        19 => Action::Report(Report::Observed {
            node: ["check-mx", "check-service", "ui-start"][rng.below(3)].to_string(),
            answer: Answer::Yes,
            detail: TEXTS[rng.below(TEXTS.len())].to_string(),
        }),
        20 => Action::Copy,
        // q asks first once there are answers; its question takes the next yes, no or Back.
        21 => Action::Quit,
        22 => Action::ClearInput,
        _ => Action::QuitNow,
    }
}

#[test]
fn a_hundred_thousand_random_actions() {
    let kb = Knowledge::embedded().unwrap();
    let loc = Localizer::new().with_profile(&kb.profile);
    let indexes: Vec<SearchIndex> = Lang::ALL
        .iter()
        .map(|l| SearchIndex::of(&kb, &loc, *l))
        .collect();
    let sizes = [(80, 24), (40, 12), (120, 40), (20, 5)];
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut model = Model::new(&kb, Lang::En);
    for step in 0..100_000 {
        let action = random_action(&mut rng);
        let before = model.clone();
        let i = Lang::ALL.iter().position(|l| *l == model.lang).unwrap();
        let env = Env {
            kb: &kb,
            index: model.typing().then(|| &indexes[i]),
            tr: None,
            room: None,
        };
        update(&mut model, env, action.clone());
        // A new session now and then keeps each walk a human length (and the clones cheap).
        if model.quit || model.history.len() > 300 {
            model = Model::new(&kb, Lang::ALL[rng.below(Lang::ALL.len())]);
            continue;
        }
        // Back returns exactly to the previous place whenever a new place was pushed.
        if model.history.len() == before.history.len() + 1 && !before.help {
            let mut back = model.clone();
            update(&mut back, &kb, Action::Back);
            assert_eq!(
                back.pos, before.pos,
                "step {step}: Back after {action:?} did not return"
            );
        }
        // The start is always reachable: Back enough times leads there.
        if step % 997 == 0 {
            let mut home = model.clone();
            home.help = false;
            home.quitting = false;
            for _ in 0..=home.history.len() {
                update(&mut home, &kb, Action::Back);
            }
            assert_eq!(home.pos.node, kb.flow.start, "step {step}");
        }
        // Every so often: the summary and the screen render in the current language and size.
        if step % 101 == 0 {
            let i = Lang::ALL.iter().position(|l| *l == model.lang).unwrap();
            let text = summary::text(&model, &kb, loc.tr(model.lang));
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "step {step}: control characters in the summary"
            );
            let (w, h) = sizes[rng.below(sizes.len())];
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            terminal
                .draw(|f| {
                    let ui = Ui {
                        model: &model,
                        kb: &kb,
                        tr: loc.tr(model.lang),
                        content: loc.tr(model.content_lang()),
                        index: Some(&indexes[i]),
                        theme: Theme { color: true },
                    };
                    f.render_widget(ui, f.area())
                })
                .unwrap();
        }
    }
}
