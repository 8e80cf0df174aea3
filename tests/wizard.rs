//! The state machine, driven by actions: every pre-check branch, every scenario reachable and
//! finishable through the keys, every hand-over, Back after each kind of step, L mid-scenario.

use std::collections::{HashSet, VecDeque};

use mailwiz::i18n::Lang;
use mailwiz::knowledge::flow::Answer;
use mailwiz::knowledge::{Knowledge, NodeKind};
use mailwiz::wizard::{Action, Model, View, update};

fn kb() -> Knowledge {
    Knowledge::embedded().unwrap()
}

fn run(kb: &Knowledge, actions: &[Action]) -> Model {
    let mut m = Model::new(kb, Lang::En);
    for a in actions {
        update(&mut m, kb, a.clone());
    }
    m
}

use Action::*;
const Y: Action = Answer(Answer::Yes);
const N: Action = Answer(Answer::No);
const U: Action = Answer(Answer::Unsure);

#[test]
fn the_wizard_starts_on_the_start_menu() {
    let kb = kb();
    let m = Model::new(&kb, Lang::Pl);
    assert_eq!(m.pos.node, "ui-start");
    assert_eq!(m.pos.view, View::Node);
    assert_eq!(m.lang, Lang::Pl);
}

#[test]
fn pre_checks_yes_all_the_way_reach_the_scenario_picker() {
    let kb = kb();
    // check-webmail has advice after yes: Enter goes on from it.
    let m = run(&kb, &[Pick(1), Y, Y, Choose, Y, Y]);
    assert_eq!(m.pos.node, "ui-pick");
    let answered: Vec<_> = m.answers.iter().map(|a| a.node.as_str()).collect();
    assert_eq!(
        answered,
        [
            "check-service",
            "check-webmail",
            "check-maintenance",
            "check-mx"
        ]
    );
}

#[test]
fn a_no_shows_what_to_do_then_goes_on_or_stops() {
    let kb = kb();
    let m = run(&kb, &[Pick(1), N]);
    assert_eq!(m.pos.node, "check-service");
    assert_eq!(m.pos.view, View::Advice(Answer::No));
    let on = run(&kb, &[Pick(1), N, Choose]);
    assert_eq!(on.pos.node, "check-webmail");
    let stop = run(&kb, &[Pick(1), N, Stop]);
    assert_eq!(stop.pos.view, View::Summary);
}

#[test]
fn webmail_failing_asks_about_the_login() {
    let kb = kb();
    assert_eq!(run(&kb, &[Pick(1), Y, N]).pos.node, "check-login");
    let m = run(&kb, &[Pick(1), Y, N, N]);
    assert_eq!(m.pos.view, View::Advice(Answer::No));
    assert_eq!(
        run(&kb, &[Pick(1), Y, N, N, Choose]).pos.node,
        "check-maintenance"
    );
    assert_eq!(run(&kb, &[Pick(1), Y, N, Y]).pos.node, "check-maintenance");
}

#[test]
fn every_pre_check_takes_every_answer() {
    let kb = kb();
    for check in kb.flow.steps_of(0) {
        let NodeKind::Check { yes, no, .. } = &check.kind else {
            panic!()
        };
        for (answer, target) in [(Answer::Yes, yes), (Answer::No, no)] {
            let mut m = Model::new(&kb, Lang::En);
            m.pos.node = check.id.clone();
            update(&mut m, &kb, Answer(answer));
            if check.advice_id(answer).is_some() {
                assert_eq!(m.pos.view, View::Advice(answer), "{}", check.id);
                update(&mut m, &kb, Choose);
            }
            assert_eq!(&m.pos.node, target, "{} {answer:?}", check.id);
        }
        let mut m = Model::new(&kb, Lang::En);
        m.pos.node = check.id.clone();
        update(&mut m, &kb, U);
        assert_eq!(m.pos.view, View::Unsure, "{}", check.id);
        // After finding out, the check can still be answered.
        update(&mut m, &kb, Y);
        assert_ne!(m.pos.view, View::Unsure);
    }
}

/// Everything the keys can reach from the start: (node, view kind) states, breadth first.
fn explore(kb: &Knowledge) -> (HashSet<String>, HashSet<u8>) {
    let actions = [
        Choose,
        Y,
        N,
        U,
        Down,
        Pick(1),
        Pick(2),
        Pick(3),
        Pick(4),
        Pick(5),
        Pick(6),
        Pick(7),
        Paste("550".into()),
    ];
    let mut seen = HashSet::new();
    let mut nodes = HashSet::new();
    let mut finished = HashSet::new();
    let mut queue = VecDeque::from([Model::new(kb, Lang::En)]);
    while let Some(m) = queue.pop_front() {
        let key = format!(
            "{}|{:?}|{}",
            m.pos.node,
            std::mem::discriminant(&m.pos.view),
            m.pos.selected
        );
        if !seen.insert(key) {
            continue;
        }
        nodes.insert(m.pos.node.clone());
        if m.pos.view == View::Summary
            && let Some(s) = kb.flow.node(&m.pos.node).and_then(|n| n.scenario)
            && kb.flow.node(&m.pos.node).is_some_and(|n| n.is_end())
        {
            finished.insert(s);
        }
        for a in &actions {
            let mut next = m.clone();
            update(&mut next, kb, a.clone());
            queue.push_back(next);
        }
    }
    (nodes, finished)
}

#[test]
fn every_step_is_reachable_and_every_scenario_finishable_with_the_keys() {
    let kb = kb();
    let (nodes, finished) = explore(&kb);
    for n in &kb.flow.nodes {
        assert!(
            nodes.contains(&n.id),
            "{} cannot be reached with the keys",
            n.id
        );
    }
    for s in 1..=7 {
        assert!(finished.contains(&s), "scenario {s} cannot be finished");
    }
}

#[test]
fn scenarios_hand_over_to_lost_email() {
    let kb = kb();
    assert_eq!(
        run(&kb, &[Pick(2), Pick(1), Y]).pos.node,
        "scenario-7-bounce"
    );
    assert_eq!(
        run(&kb, &[Pick(2), Pick(2), Y]).pos.node,
        "scenario-7-bounce"
    );
    assert_eq!(
        run(&kb, &[Pick(2), Pick(3), Pick(2)]).pos.node,
        "scenario-7-bounce"
    );
    let m = run(&kb, &[Pick(2), Pick(4), Y, Y, Y]);
    assert_eq!(m.pos.node, "scenario-7-bounce");
}

#[test]
fn a_bounce_leads_into_its_explanation_and_on() {
    let kb = kb();
    let mut m = run(&kb, &[Pick(2), Pick(7), Y]);
    assert_eq!(m.pos.node, "scenario-7-code");
    assert!(matches!(m.pos.view, View::Lookup { .. }));
    for c in "550 5.1.1 User unknown".chars() {
        update(&mut m, &kb, Type(c));
    }
    update(&mut m, &kb, Choose);
    let View::Explained { explanation, next } = &m.pos.view else {
        panic!("{:?}", m.pos.view)
    };
    assert_eq!(explanation.code, Some(550));
    assert_eq!(next.as_deref(), Some("scenario-7-address"));
    assert_eq!(m.lookups.len(), 1);
    // First option: the related step; second: go on with the scenario.
    let mut open = m.clone();
    update(&mut open, &kb, Choose);
    assert_eq!(open.pos.node, "scenario-7-address");
    update(&mut m, &kb, Down);
    update(&mut m, &kb, Choose);
    assert_eq!(m.pos.node, "scenario-7-address");
}

#[test]
fn garbage_in_the_lookup_is_refused_on_screen() {
    let kb = kb();
    let mut m = run(&kb, &[Lookup, Type('9'), Type('9'), Type('9'), Choose]);
    assert!(matches!(m.pos.view, View::Lookup { error: true, .. }));
    update(&mut m, &kb, DeleteChar);
    assert!(matches!(&m.pos.view, View::Lookup { error: false, input, .. } if input == "99"));
}

#[test]
fn the_lookup_opens_from_anywhere_and_esc_returns() {
    let kb = kb();
    let before = run(&kb, &[Pick(2), Pick(5)]);
    let mut m = before.clone();
    update(&mut m, &kb, Lookup);
    assert!(matches!(m.pos.view, View::Lookup { next: None, .. }));
    // Letters are text while typing, not commands.
    update(&mut m, &kb, Type('q'));
    assert!(!m.quit);
    update(&mut m, &kb, Back);
    assert_eq!(m.pos, before.pos);
}

#[test]
fn a_paste_explains_at_once() {
    let kb = kb();
    let m = run(&kb, &[Paste("421 4.7.0 Try again later".into())]);
    let View::Explained { explanation, .. } = &m.pos.view else {
        panic!()
    };
    assert_eq!(explanation.code, Some(421));
}

#[test]
fn back_returns_exactly_where_the_user_was() {
    let kb = kb();
    // After a menu choice: the selection is as it was.
    let mut m = run(&kb, &[Down, Down, Choose]);
    assert_eq!(m.pos.node, "ui-lookup");
    update(&mut m, &kb, Back);
    assert_eq!((m.pos.node.as_str(), m.pos.selected), ("ui-start", 2));
    // After a pick by number: the selection is untouched.
    let mut m = run(&kb, &[Pick(2), Down, Down, Pick(6)]);
    update(&mut m, &kb, Back);
    assert_eq!((m.pos.node.as_str(), m.pos.selected), ("ui-pick", 2));
    // After a check answer, the answer is forgotten.
    let mut m = run(&kb, &[Pick(1), Y]);
    assert_eq!(m.answers.len(), 1);
    update(&mut m, &kb, Back);
    assert_eq!(
        (m.pos.node.as_str(), &m.pos.view),
        ("check-service", &View::Node)
    );
    assert!(m.answers.is_empty());
    // After advice.
    let mut m = run(&kb, &[Pick(1), N, Choose]);
    update(&mut m, &kb, Back);
    assert_eq!(m.pos.view, View::Advice(Answer::No));
    // After an explanation: the input is still there.
    let mut m = run(&kb, &[Lookup, Type('5'), Type('5'), Type('0'), Choose]);
    update(&mut m, &kb, Back);
    assert!(matches!(&m.pos.view, View::Lookup { input, .. } if input == "550"));
    assert!(m.lookups.is_empty());
    // After the summary.
    let before = run(&kb, &[Pick(1), Y]);
    let mut m = before.clone();
    update(&mut m, &kb, Summary);
    assert_eq!(m.pos.view, View::Summary);
    update(&mut m, &kb, Back);
    assert_eq!(m.pos, before.pos);
    // At the start, Back stays.
    let mut m = run(&kb, &[]);
    update(&mut m, &kb, Back);
    assert_eq!(m.pos.node, "ui-start");
}

#[test]
fn the_language_switches_mid_scenario_and_the_place_stays() {
    let kb = kb();
    let before = run(&kb, &[Pick(2), Pick(1), N, N]);
    let mut m = before.clone();
    for expected in [Lang::Pl, Lang::Lt, Lang::Fi, Lang::Cs, Lang::En] {
        update(&mut m, &kb, NextLang);
        assert_eq!(m.lang, expected);
        assert_eq!(m.pos, before.pos);
        assert_eq!(m.history, before.history);
        assert_eq!(m.answers, before.answers);
    }
}

#[test]
fn the_end_of_a_scenario_leads_to_the_summary() {
    let kb = kb();
    let m = run(&kb, &[Pick(2), Pick(1), N, N, N, N, Y]);
    assert_eq!(m.pos.node, "scenario-1-contact");
    let mut m = m;
    update(&mut m, &kb, Choose);
    assert_eq!(m.pos.view, View::Summary);
    assert_eq!(
        m.path(),
        [
            "ui-start",
            "ui-pick",
            "scenario-1-left",
            "scenario-1-error",
            "scenario-1-config",
            "scenario-1-auth",
            "scenario-1-limit",
            "scenario-1-contact"
        ]
    );
}

#[test]
fn help_opens_and_any_key_closes_it() {
    let kb = kb();
    let mut m = run(&kb, &[Help]);
    assert!(m.help);
    update(&mut m, &kb, Y);
    assert!(!m.help);
    assert_eq!(m.pos.node, "ui-start");
}

/// Esc and the next key reach the program as one Alt chord when they arrive together (a slow SSH
/// link); the wizard does both: Back, then the key.
#[test]
fn an_alt_chord_is_esc_then_the_key() {
    use mailwiz::i18n::Localizer;
    use mailwiz::search::SearchIndex;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    let kb = kb();
    let loc = Localizer::new(Lang::En);
    let index = SearchIndex::new(&kb, &loc, &loc);
    let mut m = run(&kb, &[Pick(2), Pick(7)]);
    let before = m.pos.clone();
    let press = |m: &mut Model, code, modifiers| {
        mailwiz::tui::handle(
            m,
            &kb,
            Some(&index),
            &Event::Key(KeyEvent::new(code, modifiers)),
        );
    };
    press(&mut m, KeyCode::Char('/'), KeyModifiers::NONE);
    assert!(matches!(m.pos.view, View::Lookup { .. }), "{:?}", m.pos);
    // Esc + L together: out of the lookup, then the next language.
    press(
        &mut m,
        KeyCode::Char('L'),
        KeyModifiers::ALT | KeyModifiers::SHIFT,
    );
    assert_eq!(m.pos, before);
    assert_eq!(m.lang, Lang::Pl);
}
