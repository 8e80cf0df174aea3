//! Snapshots of the screens at 80x24 (ratatui's TestBackend), in English and Polish, and the
//! too-small message. Review every snapshot diff: it is what a user sees.

use mailwiz::i18n::{Lang, Localizer};
use mailwiz::knowledge::Knowledge;
use mailwiz::knowledge::flow::Answer;
use mailwiz::search::SearchIndex;
use mailwiz::tui::{Theme, view};
use mailwiz::wizard::{Action, Model, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen(lang: Lang, actions: &[Action], width: u16, height: u16) -> String {
    let kb = Knowledge::embedded().unwrap();
    let mut model = Model::new(&kb, lang);
    for a in actions {
        update(&mut model, &kb, a.clone());
    }
    let loc = Localizer::new(model.lang).with_facts(kb.profile.facts());
    let index = SearchIndex::new(&kb, &loc, &Localizer::new(Lang::En));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| view::draw(f, &model, &kb, &loc, Some(&index), Theme { color: false }))
        .unwrap();
    terminal.backend().to_string()
}

use Action::*;

fn typed(s: &str) -> Vec<Action> {
    s.chars().map(Type).collect()
}

#[test]
fn start_screen() {
    insta::assert_snapshot!("start_en", screen(Lang::En, &[], 80, 24));
    insta::assert_snapshot!("start_pl", screen(Lang::Pl, &[], 80, 24));
}

#[test]
fn pre_check_with_advice() {
    let actions = [Pick(1), Action::Answer(Answer::No)];
    insta::assert_snapshot!("precheck_advice_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("precheck_advice_pl", screen(Lang::Pl, &actions, 80, 24));
}

#[test]
fn pre_check_not_sure() {
    let actions = [
        Pick(1),
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::Unsure),
    ];
    insta::assert_snapshot!("precheck_unsure_en", screen(Lang::En, &actions, 80, 24));
}

#[test]
fn scenario_step() {
    let actions = [
        Pick(2),
        Pick(1),
        Action::Answer(Answer::No),
        Action::Answer(Answer::No),
    ];
    insta::assert_snapshot!("scenario_step_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("scenario_step_pl", screen(Lang::Pl, &actions, 80, 24));
}

#[test]
fn reply_code_screen() {
    let mut actions = vec![Pick(2), Pick(7), Action::Answer(Answer::Yes)];
    actions.extend(typed("550 5.1.1 <bob@example.com>: User unknown"));
    actions.push(Choose);
    insta::assert_snapshot!("code_550_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("code_550_pl", screen(Lang::Pl, &actions, 80, 24));
}

#[test]
fn lookup_with_an_error() {
    let mut actions = vec![Lookup];
    actions.extend(typed("hello"));
    actions.push(Choose);
    insta::assert_snapshot!("lookup_error_en", screen(Lang::En, &actions, 80, 24));
}

#[test]
fn summary() {
    let mut actions = vec![Pick(2), Pick(7), Action::Answer(Answer::Yes)];
    actions.extend(typed("552"));
    actions.extend([
        Choose,
        Down,
        Choose,
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::No),
    ]);
    actions.extend([
        Action::Answer(Answer::No),
        Action::Answer(Answer::Yes),
        Choose,
        Action::Answer(Answer::Yes),
        Choose,
        Summary,
    ]);
    insta::assert_snapshot!("summary_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("summary_pl", screen(Lang::Pl, &actions, 80, 24));
}

#[test]
fn help_overlay() {
    let actions = [Pick(1), Help];
    insta::assert_snapshot!("help_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("help_pl", screen(Lang::Pl, &actions, 80, 24));
}

#[test]
fn too_small() {
    insta::assert_snapshot!("too_small_en", screen(Lang::En, &[], 20, 5));
}

#[test]
fn every_screen_fits_the_smallest_size_without_panicking() {
    let walks: Vec<Vec<Action>> = vec![
        vec![],
        vec![Pick(1), Action::Answer(Answer::No)],
        vec![
            Pick(2),
            Pick(7),
            Action::Answer(Answer::Yes),
            Paste("550 5.7.1 Relay access denied".into()),
        ],
        vec![Summary],
        vec![Help],
    ];
    for lang in Lang::ALL {
        for walk in &walks {
            for (w, h) in [(40, 12), (1, 1), (200, 60)] {
                screen(lang, walk, w, h);
            }
        }
    }
}

#[test]
fn search_screen() {
    let mut actions = vec![Lookup];
    actions.extend(typed("55"));
    insta::assert_snapshot!("search_55_en", screen(Lang::En, &actions, 80, 24));
    let mut actions = vec![Lookup];
    actions.extend(typed("skrzynka"));
    insta::assert_snapshot!("search_words_pl", screen(Lang::Pl, &actions, 80, 24));
    let mut actions = vec![Lookup];
    actions.extend(typed("zzzzqqq"));
    insta::assert_snapshot!("search_no_match_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("search_empty_en", screen(Lang::En, &[Lookup], 80, 24));
}
