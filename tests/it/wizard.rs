//! The state machine, driven by actions. The rules (Back, advice, "not sure", code steps, ends,
//! the lookup, outside reports) are tested on the small fixture flow; the real flow's content
//! (its branches, hand-overs and ends) by naming the places.

use std::collections::{HashSet, VecDeque};

use mailwiz::explain;
use mailwiz::i18n::Lang;
use mailwiz::knowledge::NodeKind;
use mailwiz::knowledge::flow::Answer;
use mailwiz::wizard::{Action, Model, Report, Screen, Stage, update};

use crate::support::{N, U, Y, at, index, kb, mini, run, run_with_index, typed};
use Action::*;

// --- The rules, on the small flow ----------------------------------------------------------------

#[test]
fn the_wizard_starts_on_the_start_node() {
    let kb = mini();
    let m = Model::new(&kb, Lang::Pl);
    assert_eq!(m.pos.node, "menu");
    assert_eq!(m.pos.stage, Stage::Node);
    assert_eq!(m.screen(&kb), Screen::Menu);
    assert_eq!(m.lang, Lang::Pl);
}

#[test]
fn a_check_with_advice_shows_it_then_goes_on_or_stops() {
    let kb = mini();
    let m = run(&kb, &[Pick(1), N]);
    assert_eq!(
        (m.pos.node.as_str(), &m.pos.stage),
        ("ask", &Stage::Advice(Answer::No))
    );
    assert_eq!(m.screen(&kb), Screen::Advice);
    // Go on: the "no" target, a code step, opens its input at once.
    let on = run(&kb, &[Pick(1), N, Choose]);
    assert_eq!(on.pos.node, "code");
    assert!(matches!(&on.pos.stage, Stage::Lookup { next: Some(n), .. } if n == "end"));
    let stop = run(&kb, &[Pick(1), N, Stop]);
    assert_eq!(stop.pos.stage, Stage::Summary);
    // Without advice for "yes": straight on.
    assert_eq!(run(&kb, &[Pick(1), Y]).pos.node, "step");
}

#[test]
fn not_sure_shows_how_to_find_out_and_the_check_can_still_be_answered() {
    let kb = mini();
    let mut m = run(&kb, &[Pick(1), U]);
    assert_eq!(m.pos.stage, Stage::Unsure);
    assert_eq!(m.screen(&kb), Screen::Unsure);
    // "Not sure" again stays.
    update(&mut m, &kb, U);
    assert_eq!(m.pos.stage, Stage::Unsure);
    update(&mut m, &kb, Y);
    assert_eq!(m.pos.node, "step");
    let answers: Vec<_> = m.answers.iter().map(|a| a.answer).collect();
    assert_eq!(answers, [Answer::Unsure, Answer::Unsure, Answer::Yes]);
}

#[test]
fn a_step_goes_on_and_an_end_leads_to_the_summary() {
    let kb = mini();
    let m = run(&kb, &[Pick(1), Y, Choose]);
    assert_eq!(m.pos.node, "end");
    assert_eq!(m.screen(&kb), Screen::End);
    let m = run(&kb, &[Pick(1), Y, Choose, Choose]);
    assert_eq!(m.pos.stage, Stage::Summary);
    assert_eq!(m.path(), ["menu", "ask", "step", "end"]);
    let m = run(&kb, &[Pick(3)]);
    assert_eq!(m.screen(&kb), Screen::End);
}

#[test]
fn a_code_step_explains_then_opens_the_related_step_or_goes_on() {
    let kb = mini();
    let mut actions = vec![Pick(1), N, Choose];
    actions.extend(typed("550 5.1.1 User unknown"));
    actions.push(Choose);
    let m = run(&kb, &actions);
    let Stage::Explained { explanation, next } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert_eq!(explanation.code.map(u16::from), Some(550));
    assert_eq!(next.as_deref(), Some("end"));
    // The mini flow has no step for 550, so the only option is to go on.
    assert_eq!(m.explained_options().len(), 1);
    let mut on = m.clone();
    update(&mut on, &kb, Choose);
    assert_eq!(on.pos.node, "end");
    let mut picked = m.clone();
    update(&mut picked, &kb, Pick(1));
    assert_eq!(picked.pos.node, "end");
}

#[test]
fn back_returns_exactly_where_the_user_was() {
    let kb = mini();
    // After a menu choice: the selection is as it was.
    let mut m = run(&kb, &[Down, Choose]);
    assert_eq!(m.pos.node, "lookup");
    update(&mut m, &kb, Back);
    assert_eq!((m.pos.node.as_str(), m.pos.selected), ("menu", 1));
    // After a pick by number: the selection is untouched.
    let mut m = run(&kb, &[Down, Down, Pick(1)]);
    update(&mut m, &kb, Back);
    assert_eq!((m.pos.node.as_str(), m.pos.selected), ("menu", 2));
    // After a check answer, the answer is forgotten.
    let mut m = run(&kb, &[Pick(1), Y]);
    assert_eq!(m.answers.len(), 1);
    update(&mut m, &kb, Back);
    assert_eq!((m.pos.node.as_str(), &m.pos.stage), ("ask", &Stage::Node));
    assert!(m.answers.is_empty());
    // After advice.
    let mut m = run(&kb, &[Pick(1), N, Choose]);
    update(&mut m, &kb, Back);
    assert_eq!(m.pos.stage, Stage::Advice(Answer::No));
    // After an explanation: the input is still there, the lookup forgotten.
    let mut m = run(&kb, &[Lookup, Type('5'), Type('5'), Type('0'), Choose]);
    assert_eq!(m.lookups.len(), 1);
    update(&mut m, &kb, Back);
    assert!(matches!(&m.pos.stage, Stage::Lookup { input, .. } if input == "550"));
    assert!(m.lookups.is_empty());
    // After the summary.
    let before = run(&kb, &[Pick(1), Y]);
    let mut m = before.clone();
    update(&mut m, &kb, Summary);
    assert_eq!(m.pos.stage, Stage::Summary);
    update(&mut m, &kb, Back);
    assert_eq!(m.pos, before.pos);
    // At the start, Back stays.
    let mut m = run(&kb, &[]);
    update(&mut m, &kb, Back);
    assert_eq!(m.pos.node, "menu");
}

#[test]
fn garbage_in_the_lookup_is_refused_on_screen() {
    let kb = mini();
    let mut m = run(&kb, &[Lookup, Type('9'), Type('9'), Type('9'), Choose]);
    assert!(matches!(m.pos.stage, Stage::Lookup { error: true, .. }));
    update(&mut m, &kb, DeleteChar);
    assert!(matches!(&m.pos.stage, Stage::Lookup { error: false, input, .. } if input == "99"));
}

/// Holding Backspace to clear the field never leaves the lookup (ux review, role 5): on an empty
/// field it does nothing, and the next letters are still typed there.
#[test]
fn backspace_on_an_empty_field_stays_in_the_field() {
    let kb = mini();
    let mut m = run(&kb, &[Lookup, Type('5'), Type('5')]);
    let depth = m.history.len();
    for _ in 0..5 {
        update(&mut m, &kb, DeleteChar);
    }
    assert!(matches!(&m.pos.stage, Stage::Lookup { input, .. } if input.is_empty()));
    assert_eq!(m.history.len(), depth);
    update(&mut m, &kb, Type('4'));
    assert!(matches!(&m.pos.stage, Stage::Lookup { input, .. } if input == "4"));
    // Esc still leaves.
    update(&mut m, &kb, Back);
    assert_eq!(m.pos.stage, Stage::Node);
}

#[test]
fn ctrl_u_clears_the_field_and_stays() {
    let kb = mini();
    let mut m = run(&kb, &[Lookup]);
    for a in typed("mailbox ful") {
        update(&mut m, &kb, a);
    }
    update(&mut m, &kb, Down);
    update(&mut m, &kb, Choose);
    assert!(matches!(m.pos.stage, Stage::Lookup { error: true, .. }));
    let depth = m.history.len();
    update(&mut m, &kb, ClearInput);
    let Stage::Lookup { input, error, .. } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert!(input.is_empty() && !error);
    assert_eq!((m.pos.selected, m.history.len()), (0, depth));
    // Twice, or outside the lookup, it does nothing.
    update(&mut m, &kb, ClearInput);
    assert!(matches!(&m.pos.stage, Stage::Lookup { input, .. } if input.is_empty()));
    let mut start = run(&kb, &[Down]);
    let before = start.clone();
    update(&mut start, &kb, ClearInput);
    assert_eq!(start, before);
}

#[test]
fn the_lookup_opens_from_anywhere_and_esc_returns() {
    let kb = mini();
    let before = run(&kb, &[Pick(1), U]);
    let mut m = before.clone();
    update(&mut m, &kb, Lookup);
    assert!(matches!(m.pos.stage, Stage::Lookup { next: None, .. }));
    assert_eq!(m.screen(&kb), Screen::Lookup);
    // Letters are text while typing, not commands.
    update(&mut m, &kb, Type('q'));
    update(&mut m, &kb, Help);
    assert!(!m.quit && !m.help);
    update(&mut m, &kb, Back);
    assert_eq!(m.pos, before.pos);
}

/// F2, a key that types nothing, opens the language picker in the lookup, where L is a letter: a
/// digit there chooses the language, not a character of the field; what was typed and the
/// selection stay, and the list is then searched in the new language.
#[test]
fn the_language_changes_in_the_lookup_and_the_field_stays() {
    let kb = mini();
    let mut m = run(&kb, &[Lookup]);
    for a in typed("schranka") {
        update(&mut m, &kb, a);
    }
    update(&mut m, &kb, Down);
    let before = m.clone();
    update(&mut m, &kb, OpenPicker(mailwiz::wizard::Picker::Screen));
    assert!(m.picker.is_some());
    update(&mut m, &kb, Pick(5));
    assert_eq!((m.lang, m.picker), (Lang::ALL[4], None));
    assert_eq!(m.pos, before.pos);
    assert_eq!(m.history, before.history);
}

#[test]
fn enter_in_the_lookup_explains_the_highlighted_result() {
    let kb = mini();
    let index = index(Lang::En);
    // "55" lists 550, 551, 552, ...: Down, Enter explains the second.
    let mut actions = vec![Lookup];
    actions.extend(typed("55"));
    actions.extend([Down, Choose]);
    let m = run_with_index(&kb, &index, &actions);
    let Stage::Explained { explanation, .. } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert_eq!(explanation.code.map(u16::from), Some(551));
    // Words find a code: the best match is explained, not the words.
    let mut actions = vec![Lookup];
    actions.extend(typed("relay"));
    actions.push(Choose);
    let m = run_with_index(&kb, &index, &actions);
    assert!(
        matches!(m.pos.stage, Stage::Explained { .. }),
        "{:?}",
        m.pos.stage
    );
    // A whole reply line is the first row: Enter explains it as it was typed.
    let mut actions = vec![Lookup];
    actions.extend(typed("421 4.7.0 try later"));
    actions.push(Choose);
    let m = run_with_index(&kb, &index, &actions);
    let Stage::Explained { explanation, .. } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert_eq!(explanation.code.map(u16::from), Some(421));
    assert_eq!(
        explanation.enhanced.map(|e| e.to_string()).as_deref(),
        Some("4.7.0")
    );
    // Without the index (nothing searched), what was typed is explained.
    let mut actions = vec![Lookup];
    actions.extend(typed("55"));
    actions.push(Choose);
    assert!(matches!(
        run(&kb, &actions).pos.stage,
        Stage::Lookup { error: true, .. }
    ));
}

/// Enter opens the highlighted row whatever the query (ux review, role 5: a highlighted 535 for
/// "authentication failed" answered "not a reply code"); with no row, what was typed is read as a
/// reply line.
#[test]
fn enter_opens_the_highlighted_row_for_one_word_and_for_several() {
    let kb = mini();
    let index = index(Lang::En);
    let explained = |query: &str, downs: usize| {
        let mut actions = vec![Lookup];
        actions.extend(typed(query));
        actions.extend(std::iter::repeat_n(Down, downs));
        actions.push(Choose);
        let m = run_with_index(&kb, &index, &actions);
        match m.pos.stage {
            Stage::Explained { explanation, .. } => *explanation,
            other => panic!("{query}: {other:?}"),
        }
    };
    let rows = |query: &str| index.search(query);
    for (query, downs) in [
        ("autentication", 0),
        ("authentication failed", 0),
        ("password wrong", 0),
        ("password wrong", 1),
        ("too many", 2),
        ("mailbox full", 1),
    ] {
        let row = &rows(query)[downs];
        let e = explained(query, downs);
        assert_eq!(e, explain::explain(&kb, &row.input()).unwrap(), "{query}");
        assert!(e.class.digit() >= 4, "{query}: {row:?}");
    }
    // The highlighted row of a word query is a failure: 535, not 235.
    assert!(matches!(
        explained("autentication", 0).code.map(u16::from),
        Some(530 | 534 | 535)
    ));
    // A recognised text is explained as if it had been pasted.
    let e = explained("greylisting", 0);
    assert_eq!(e.pattern.as_deref(), Some("greylisting"));
    assert_eq!(e.code.map(u16::from), Some(450));
    let e = explained("relay access denied", 0);
    assert_eq!(e.pattern.as_deref(), Some("relay-access-denied"));
    let e = explained("0x800CCC0E", 0);
    assert_eq!(e.pattern.as_deref(), Some("outlook-connect"));
    assert_eq!(e.code, None);
    // ↓ past the last row stays on it.
    let last = rows("greylisting").len() - 1;
    assert_eq!(
        explained("greylisting", last + 5),
        explain::explain(&kb, &rows("greylisting")[last].input()).unwrap()
    );
    // Nothing listed: the text is read as a reply line, and words are no reply.
    let mut actions = vec![Lookup];
    actions.extend(typed("zzzq qqqz"));
    actions.push(Choose);
    let m = run_with_index(&kb, &index, &actions);
    assert!(matches!(m.pos.stage, Stage::Lookup { error: true, .. }));
}

#[test]
fn a_paste_explains_at_once_or_is_typed() {
    let kb = mini();
    let m = run(&kb, &[Paste("421 4.7.0 Try again later".into())]);
    let Stage::Explained { explanation, .. } = &m.pos.stage else {
        panic!()
    };
    assert_eq!(explanation.code.map(u16::from), Some(421));
    let m = run(&kb, &[Paste("mailbox".into())]);
    assert!(matches!(&m.pos.stage, Stage::Lookup { input, .. } if input == "mailbox"));
}

/// A paste on the start screen opens its explanation, or its list of recipients, straight from
/// there: one Back returns to the start, not to an empty lookup (ux review, role 3, finding 6).
#[test]
fn back_from_a_pasted_explanation_returns_to_the_screen_it_was_pasted_on() {
    let kb = mini();
    let start = run(&kb, &[]).pos;
    let m = run(&kb, &[Paste("421 4.7.0 Try again later".into()), Back]);
    assert_eq!(m.pos, start);
    let bounce = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/messages/02-postfix-two-recipients.eml"
    ))
    .unwrap();
    let m = run(&kb, &[Paste(bounce.clone())]);
    assert!(
        matches!(m.pos.stage, Stage::Recipients { .. }),
        "{:?}",
        m.pos
    );
    assert_eq!(run(&kb, &[Paste(bounce), Back]).pos, start);
    // In the lookup, Back from the explanation still returns to the lookup.
    let m = run(
        &kb,
        &[Lookup, Paste("421 4.7.0 Try again later".into()), Back],
    );
    assert!(matches!(m.pos.stage, Stage::Lookup { .. }));
}

#[test]
fn help_opens_and_any_key_closes_it() {
    let kb = mini();
    let mut m = run(&kb, &[Help]);
    assert!(m.help);
    update(&mut m, &kb, Y);
    assert!(!m.help);
    assert_eq!(m.pos.node, "menu");
    let mut m = run(&kb, &[Help]);
    update(&mut m, &kb, Quit);
    assert!(m.quit);
}

/// q quits at once while there is nothing to lose; with an answer or a looked-up code it asks:
/// yes quits, no and Back return exactly where the user was, nothing else counts; Ctrl-C never
/// asks.
#[test]
fn q_asks_first_once_the_session_has_answers() {
    let kb = mini();
    let mut m = run(&kb, &[Quit]);
    assert!(m.quit && !m.quitting);
    let before = run(&kb, &[Pick(1), U]);
    for stay in [N, Back] {
        let mut m = before.clone();
        update(&mut m, &kb, Quit);
        assert!(m.quitting && !m.quit);
        for ignored in [
            Choose,
            Summary,
            Lookup,
            Type('x'),
            Copy,
            Quit,
            Answer(Answer::Unsure),
        ] {
            update(&mut m, &kb, ignored);
        }
        assert!(m.quitting, "still asking");
        assert_eq!(m.pos, before.pos);
        update(&mut m, &kb, stay);
        assert!(!m.quitting && !m.quit);
        assert_eq!((&m.pos, &m.history), (&before.pos, &before.history));
    }
    m = before.clone();
    update(&mut m, &kb, Quit);
    update(&mut m, &kb, Y);
    assert!(m.quit);
    // Ctrl-C, and q from the help overlay, which asks too.
    m = before.clone();
    update(&mut m, &kb, QuitNow);
    assert!(m.quit);
    m = run(&kb, &[Pick(1), U, Help, Quit]);
    assert!(m.quitting && !m.help && !m.quit);
    // A looked-up code counts as much as an answer.
    let m = run(
        &kb,
        &[Lookup, Type('5'), Type('5'), Type('0'), Choose, Quit],
    );
    assert!(m.quitting);
}

/// After c the summary says it copied, until the summary is left.
#[test]
fn the_copy_confirmation_lasts_while_the_summary_is_shown() {
    let kb = mini();
    let mut m = run(&kb, &[Summary]);
    assert!(!m.copied);
    assert!(update(&mut m, &kb, Copy).is_some());
    assert!(m.copied);
    update(&mut m, &kb, Down);
    assert!(m.copied, "scrolling keeps it");
    update(&mut m, &kb, Back);
    assert!(!m.copied);
    update(&mut m, &kb, Summary);
    assert!(!m.copied);
    // c elsewhere copies nothing.
    let mut m = run(&kb, &[]);
    assert!(update(&mut m, &kb, Copy).is_none());
    assert!(!m.copied);
}

#[test]
fn the_language_switches_and_the_place_stays() {
    let kb = mini();
    let before = run(&kb, &[Pick(1), N]);
    let mut m = before.clone();
    for expected in Lang::ALL.iter().cycle().skip(1).take(Lang::ALL.len()) {
        update(&mut m, &kb, NextLang);
        assert_eq!(m.lang, *expected);
        assert_eq!(m.pos, before.pos);
        assert_eq!(m.history, before.history);
        assert_eq!(m.answers, before.answers);
    }
}

/// Outside work reports through an action like a key: it is kept, it never moves the user nor
/// closes what is open, Back does not forget it, and a report about no check is ignored.
#[test]
fn a_report_of_outside_work_is_kept_and_moves_nothing() {
    let kb = mini();
    let observed = |node: &str, answer| {
        Report(Report::Observed {
            node: node.to_string(),
            answer,
            detail: "MX 10 mx1.example.com.\u{1b}[31m".to_string(),
        })
    };
    let mut m = run(&kb, &[Pick(1), Help]);
    let before = m.clone();
    update(&mut m, &kb, observed("ask", Answer::Yes));
    assert_eq!((m.pos.clone(), m.help), (before.pos.clone(), true));
    let o = m.observation("ask").expect("kept");
    assert_eq!(o.answer, Answer::Yes);
    assert_eq!(o.detail, "MX 10 mx1.example.com.", "cleaned of escapes");
    // A later report replaces the earlier one.
    update(&mut m, &kb, observed("ask", Answer::No));
    assert_eq!(m.observations.len(), 1);
    assert_eq!(m.observation("ask").map(|o| o.answer), Some(Answer::No));
    // Not a check: nothing to answer.
    update(&mut m, &kb, observed("step", Answer::Yes));
    update(&mut m, &kb, observed("nowhere", Answer::Yes));
    assert_eq!(m.observations.len(), 1);
    update(&mut m, &kb, Back);
    update(&mut m, &kb, Back);
    assert!(m.observation("ask").is_some());
}

// --- The real flow ----------------------------------------------------------------------------------

#[test]
fn pre_checks_yes_all_the_way_reach_the_scenario_picker() {
    let kb = kb();
    let mut m = at(&kb, "check-service");
    // Yes to every check, and Enter after advice, until the pre-checks are over.
    while kb.flow.node(&m.pos.node).and_then(|n| n.scenario) == Some(0) {
        let action = if matches!(m.pos.stage, Stage::Advice(_)) {
            Choose
        } else {
            Y
        };
        update(&mut m, &kb, action);
    }
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
fn webmail_failing_asks_about_the_login() {
    let kb = kb();
    let mut m = at(&kb, "check-webmail");
    update(&mut m, &kb, N);
    assert_eq!(m.pos.node, "check-login");
    let mut yes = m.clone();
    update(&mut yes, &kb, Y);
    assert_eq!(yes.pos.node, "check-maintenance");
    update(&mut m, &kb, N);
    assert_eq!(m.pos.stage, Stage::Advice(Answer::No));
    update(&mut m, &kb, Choose);
    assert_eq!(m.pos.node, "check-maintenance");
}

#[test]
fn every_pre_check_takes_every_answer() {
    let kb = kb();
    for check in kb.flow.steps_of(0) {
        let NodeKind::Check { yes, no, .. } = &check.kind else {
            panic!("{} is not a check", check.id)
        };
        for (answer, target) in [(Answer::Yes, yes), (Answer::No, no)] {
            let mut m = at(&kb, &check.id);
            update(&mut m, &kb, Answer(answer));
            if check.has_advice(answer) {
                assert_eq!(m.pos.stage, Stage::Advice(answer), "{}", check.id);
                update(&mut m, &kb, Choose);
            }
            assert_eq!(&m.pos.node, target, "{} {answer:?}", check.id);
        }
        let mut m = at(&kb, &check.id);
        update(&mut m, &kb, U);
        assert_eq!(m.pos.stage, Stage::Unsure, "{}", check.id);
        update(&mut m, &kb, Y);
        assert_ne!(m.pos.stage, Stage::Unsure);
    }
}

/// Everything the keys can reach from the start, breadth first: the nodes, and the scenarios
/// whose end led to the summary.
fn explore(kb: &mailwiz::knowledge::Knowledge) -> (HashSet<String>, HashSet<u8>) {
    let mut actions = vec![Choose, Y, N, U, Down, Paste("550".into())];
    actions.extend((1..=7).map(Pick));
    let mut seen = HashSet::new();
    let mut nodes = HashSet::new();
    let mut finished = HashSet::new();
    let mut queue = VecDeque::from([Model::new(kb, Lang::En)]);
    while let Some(m) = queue.pop_front() {
        let key = format!(
            "{}|{:?}|{}",
            m.pos.node,
            std::mem::discriminant(&m.pos.stage),
            m.pos.selected
        );
        if !seen.insert(key) {
            continue;
        }
        nodes.insert(m.pos.node.clone());
        if m.pos.stage == Stage::Summary
            && let Some(node) = kb.flow.node(&m.pos.node)
            && node.is_end()
            && let Some(s) = node.scenario
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
    for s in kb
        .flow
        .scenarios
        .iter()
        .map(|s| s.number)
        .filter(|n| *n > 0)
    {
        assert!(finished.contains(&s), "scenario {s} cannot be finished");
    }
}

#[test]
fn scenarios_one_to_four_hand_over_to_lost_email() {
    let kb = kb();
    let into_seven = |from: &str, answer: Action| {
        let mut m = at(&kb, from);
        update(&mut m, &kb, answer);
        m.pos.node
    };
    assert_eq!(into_seven("scenario-1-left", Y), "scenario-7-bounce");
    // No error when receiving, and none of the receiving side's causes: the message is lost.
    assert_eq!(into_seven("scenario-2-quarantine", N), "scenario-7-bounce");
    assert_eq!(into_seven("scenario-3-what", Pick(2)), "scenario-7-bounce");
    // mail() reports success, and the domain's SPF, DKIM and DMARC are right.
    let mut m = at(&kb, "scenario-4-function");
    for a in [Y, N, Y, Y, Y, Y, Y] {
        update(&mut m, &kb, a);
    }
    assert_eq!(m.pos.node, "scenario-7-bounce");
}

#[test]
fn a_bounce_leads_into_its_explanation_and_on() {
    let kb = kb();
    let mut m = at(&kb, "scenario-7-code");
    assert!(matches!(m.pos.stage, Stage::Lookup { .. }));
    for a in typed("550 5.1.1 User unknown") {
        update(&mut m, &kb, a);
    }
    update(&mut m, &kb, Choose);
    let Stage::Explained { explanation, next } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert_eq!(explanation.code.map(u16::from), Some(550));
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

/// A mail program's own error, with no reply code, typed at scenario 1's error step: explained,
/// and its step is the connection check of scenario 1 (not "not a reply code").
#[test]
fn a_mail_programs_error_without_a_code_leads_to_its_step() {
    let kb = kb();
    let mut m = at(&kb, "scenario-1-code");
    for a in typed("Sending reported error (0x800CCC0E): cannot connect to the server") {
        update(&mut m, &kb, a);
    }
    update(&mut m, &kb, Choose);
    let Stage::Explained { explanation, .. } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert_eq!(explanation.code, None);
    assert_eq!(explanation.pattern.as_deref(), Some("outlook-connect"));
    update(&mut m, &kb, Choose);
    assert_eq!(m.pos.node, "scenario-1-connect");
}

#[test]
fn the_end_of_a_scenario_leads_to_the_summary_with_the_path() {
    let kb = kb();
    let mut m = at(&kb, "scenario-1-contact");
    update(&mut m, &kb, Choose);
    assert_eq!(m.pos.stage, Stage::Summary);
    let path = m.path();
    assert_eq!(path.first(), Some(&"ui-start"));
    assert_eq!(path.last(), Some(&"scenario-1-contact"));
    assert!(path.iter().all(|id| kb.flow.node(id).is_some()));
}

/// Esc and the next key reach the program as one Alt chord when they arrive together (a slow SSH
/// link); the wizard does both: Back, then the key.
#[test]
fn an_alt_chord_is_esc_then_the_key() {
    use mailwiz::wizard::Env;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    let kb = kb();
    let index = index(Lang::En);
    let mut m = at(&kb, "scenario-7-bounce");
    let before = m.pos.clone();
    let press = |m: &mut Model, code, modifiers| {
        let env = Env {
            kb: &kb,
            index: Some(&index),
            tr: None,
            room: None,
        };
        mailwiz::tui::input::handle(m, env, &Event::Key(KeyEvent::new(code, modifiers)));
    };
    press(&mut m, KeyCode::Char('/'), KeyModifiers::NONE);
    assert!(matches!(m.pos.stage, Stage::Lookup { .. }), "{:?}", m.pos);
    // Esc + L together: out of the lookup, then the language picker, where 2 is Polish.
    press(
        &mut m,
        KeyCode::Char('L'),
        KeyModifiers::ALT | KeyModifiers::SHIFT,
    );
    assert_eq!(m.pos, before);
    assert_eq!(m.picker, Some(mailwiz::wizard::Picker::Screen));
    press(&mut m, KeyCode::Char('2'), KeyModifiers::NONE);
    assert_eq!(m.lang, Lang::ALL[1]);
}

/// Thousands of lookups and answers keep at most `MAX_KEPT` of each, and Back still returns step
/// by step as far as the kept places go.
#[test]
fn a_long_session_keeps_a_bounded_history() {
    use mailwiz::wizard::MAX_KEPT;
    let kb = mini();
    let mut m = Model::new(&kb, Lang::En);
    for _ in 0..3 * MAX_KEPT {
        for a in [Lookup, Type('5'), Type('5'), Type('0'), Choose] {
            update(&mut m, &kb, a);
        }
    }
    update(&mut m, &kb, Pick(1));
    for _ in 0..3 * MAX_KEPT {
        update(&mut m, &kb, U);
    }
    assert!(m.history.len() <= MAX_KEPT, "{} places", m.history.len());
    assert!(m.lookups.len() <= MAX_KEPT, "{} lookups", m.lookups.len());
    assert!(m.answers.len() <= MAX_KEPT, "{} answers", m.answers.len());
    // A pasted bounce keeps only what is shown of it.
    let bounce = format!("550 5.1.1 User unknown {}", "filler ".repeat(10_000));
    update(&mut m, &kb, Paste(bounce));
    let Stage::Explained { explanation, .. } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert!(explanation.reply.text.chars().count() <= mailwiz::explain::SHOWN_INPUT);
    assert!(explanation.input.chars().count() <= mailwiz::explain::SHOWN_INPUT);
    // Back goes back through what is kept, to the oldest kept place, and no further.
    let before = m.history.len();
    for _ in 0..before + 5 {
        update(&mut m, &kb, Back);
    }
    assert!(m.history.is_empty());
}

/// A pasted whole bounce is explained from its failed recipient's words: the DKIM-Signature and
/// authentication results of the returned message never make "user unknown" a DKIM failure.
#[test]
fn a_pasted_bounce_message_is_explained_from_its_recipient() {
    let kb = mini();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/messages/01-postfix-user-unknown.eml"
    );
    let m = run(&kb, &[Paste(std::fs::read_to_string(path).unwrap())]);
    let Stage::Explained { explanation, .. } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert_eq!(explanation.code.map(u16::from), Some(550));
    assert_eq!(
        explanation.enhanced.map(|e| e.to_string()).as_deref(),
        Some("5.1.1")
    );
    assert_eq!(explanation.pattern.as_deref(), Some("user-unknown"));
    assert!(
        explanation.input.contains("User unknown"),
        "{}",
        explanation.input
    );
}

/// A pasted bounce with two failed recipients opens a list of them, each with its reason; Enter
/// opens one's explanation, Back returns to the list, and the summary records both.
#[test]
fn a_pasted_bounce_with_two_recipients_lists_them() {
    let kb = kb();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/messages/02-postfix-two-recipients.eml"
    );
    let mut m = run(&kb, &[Paste(std::fs::read_to_string(path).unwrap())]);
    assert_eq!(m.screen(&kb), Screen::Recipients);
    let Stage::Recipients { entries, .. } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    let listed: Vec<_> = entries
        .iter()
        .map(|e| (e.address.as_str(), e.reason.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            ("grace@example.net", "userunknown"),
            ("heidi@example.org", "mailboxfull")
        ]
    );
    assert_eq!(m.lookups.len(), 2);
    let list = m.pos.clone();
    update(&mut m, &kb, Down);
    update(&mut m, &kb, Choose);
    let Stage::Explained { explanation, .. } = &m.pos.stage else {
        panic!("{:?}", m.pos.stage)
    };
    assert_eq!(
        explanation.enhanced.map(|e| e.to_string()).as_deref(),
        Some("5.2.2")
    );
    update(&mut m, &kb, Back);
    assert_eq!(m.pos.node, list.node);
    assert_eq!(m.pos.selected, 1);
    let loc = mailwiz::i18n::Localizer::new().with_profile(&kb.profile);
    let summary = mailwiz::present::summary::text(&m, &kb, loc.tr(Lang::En));
    assert!(
        summary.contains("Recipient: grace@example.net\n"),
        "{summary}"
    );
    assert!(
        summary.contains("Recipient: heidi@example.org\n"),
        "{summary}"
    );
}

/// A code looked up stays in the summary when the user goes on from its explanation and comes
/// back to it; only going back from the explanation itself forgets it.
#[test]
fn a_lookup_is_kept_when_coming_back_to_its_explanation() {
    let kb = kb();
    let mut m = at(&kb, "scenario-7-code");
    for a in typed("550 5.1.1 User unknown") {
        update(&mut m, &kb, a);
    }
    update(&mut m, &kb, Choose);
    update(&mut m, &kb, Choose);
    assert_eq!(m.pos.node, "scenario-7-address");
    update(&mut m, &kb, Back);
    assert!(matches!(m.pos.stage, Stage::Explained { .. }));
    assert_eq!(m.lookups.len(), 1);
    update(&mut m, &kb, Back);
    assert!(m.lookups.is_empty());
}

/// Each step a hosting agent expects: where it stands, the answer that shows its advice, a phrase
/// of that advice, and where the wizard goes on (knowledge review, part D).
#[test]
fn the_hosting_steps_advise_on_the_answer_that_means_trouble_and_lead_on() {
    let kb = kb();
    let loc = mailwiz::i18n::Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::En);
    let steps: &[(&str, Action, &str, &str)] = &[
        ("check-maintenance", Y, "Work in progress", "check-mx"),
        (
            "scenario-1-connect",
            Y,
            "never port 25",
            "scenario-1-config",
        ),
        (
            "scenario-1-blocked",
            Y,
            "scan every computer",
            "scenario-1-limit",
        ),
        ("scenario-1-limit", Y, "Wait an hour", "scenario-1-contact"),
        (
            "scenario-2-pop3",
            Y,
            "Leave a copy of messages on the server",
            "scenario-2-full",
        ),
        ("scenario-2-full", Y, "empty the trash", "scenario-2-rules"),
        (
            "scenario-2-rules",
            Y,
            "blocked list",
            "scenario-2-quarantine",
        ),
        (
            "scenario-2-quarantine",
            Y,
            "Release the message",
            "scenario-2-solved",
        ),
        ("scenario-4-limit", Y, "daily limit", "scenario-4-from"),
        ("scenario-4-from", N, "Reply-To", "scenario-4-arrive"),
        (
            "scenario-4-spf",
            N,
            "v=spf1 include:_spf.example.com ~all",
            "scenario-4-dkim",
        ),
        ("scenario-4-dkim", N, "_domainkey", "scenario-4-dmarc"),
        (
            "scenario-4-dmarc",
            N,
            "v=DMARC1; p=none",
            "scenario-7-bounce",
        ),
        (
            "scenario-5-port25",
            Y,
            "blocks outbound port 25",
            "scenario-5-ptr",
        ),
        ("scenario-5-ptr", N, "PTR record", "scenario-5-helo"),
        ("scenario-5-helo", N, "myhostname", "scenario-5-blocklist"),
        ("scenario-5-blocklist", Y, "PBL", "scenario-5-queue"),
        ("scenario-5-queue", Y, "postsuper -d", "scenario-5-spf"),
        (
            "scenario-5-align",
            N,
            "From domain matches",
            "scenario-5-retry",
        ),
        ("scenario-6-antispam", Y, "quarantine", "scenario-6-retry"),
        (
            "scenario-7-delayed",
            Y,
            "a warning, not a failure",
            "scenario-7-spam",
        ),
        ("scenario-7-rules", Y, "Message-ID", "scenario-7-mx"),
        (
            "scenario-7-align",
            N,
            "From domain matches",
            "scenario-7-contact",
        ),
    ];
    for (id, answer, phrase, next) in steps {
        let mut m = at(&kb, id);
        update(&mut m, &kb, answer.clone());
        let Stage::Advice(a) = m.pos.stage.clone() else {
            panic!("{id}: {answer:?} shows no advice");
        };
        let node = kb.flow.node(id).unwrap();
        let advice = tr.node_advice(node, a).unwrap();
        assert!(advice.contains(phrase), "{id}: {advice}");
        update(&mut m, &kb, Choose);
        assert_eq!(m.pos.node, *next, "{id}");
        // The other answer goes on at once.
        let other = if *answer == Y { N } else { Y };
        let mut m = at(&kb, id);
        update(&mut m, &kb, other);
        assert_eq!(m.pos.stage, Stage::Node, "{id}");
    }
}

#[test]
fn a_bounce_skips_the_spam_folder_and_a_delay_is_not_a_failure() {
    let kb = kb();
    // A bounce came back: after its explanation the address, then the recipient's MX records,
    // never the spam folder or the mailbox (a bounce means it was refused).
    let targets = |id: &str| kb.flow.node(id).unwrap().targets().join(" ");
    assert_eq!(
        targets("scenario-7-bounce"),
        "scenario-7-code scenario-7-delayed"
    );
    assert_eq!(targets("scenario-7-code"), "scenario-7-address");
    assert_eq!(targets("scenario-7-address"), "scenario-7-mx scenario-7-mx");
    // No bounce: first whether a delay notice came, then the spam folder.
    let mut m = at(&kb, "scenario-7-bounce");
    update(&mut m, &kb, N);
    assert_eq!(m.pos.node, "scenario-7-delayed");
    update(&mut m, &kb, N);
    assert_eq!(m.pos.node, "scenario-7-spam");
}

#[test]
fn the_domain_steps_share_one_text_in_every_scenario() {
    let kb = kb();
    for stem in ["domain-spf", "domain-dkim", "domain-dmarc"] {
        let scenarios: Vec<u8> = kb
            .flow
            .nodes
            .iter()
            .filter(|n| n.text == stem)
            .filter_map(|n| n.scenario)
            .collect();
        assert_eq!(scenarios, [4, 5, 7], "{stem}");
    }
}

#[test]
fn the_language_picker_chooses_by_digit_and_the_caller_keeps_the_content() {
    use mailwiz::wizard::Picker;
    let kb = kb();
    let mut m = at(&kb, "check-service");
    // L: the screen's language, by its digit (Polish is the second).
    update(&mut m, &kb, OpenPicker(Picker::Screen));
    assert_eq!(m.picker, Some(Picker::Screen));
    update(&mut m, &kb, Pick(2));
    assert_eq!((m.lang, m.picker), (Lang::Pl, None));
    // C: the caller's language; the place and the screen's language stay.
    update(&mut m, &kb, OpenPicker(Picker::Caller));
    update(&mut m, &kb, Pick(5));
    assert_eq!(
        (m.lang, m.caller, m.content_lang()),
        (Lang::Pl, Some(Lang::Cs), Lang::Cs)
    );
    assert_eq!(m.pos.node, "check-service");
    // Any other key closes the picker and changes nothing; the last choice ends the caller's.
    update(&mut m, &kb, OpenPicker(Picker::Caller));
    update(&mut m, &kb, Down);
    assert_eq!((m.picker, m.caller), (None, Some(Lang::Cs)));
    update(&mut m, &kb, OpenPicker(Picker::Caller));
    update(&mut m, &kb, Pick(Lang::ALL.len() + 1));
    assert_eq!(m.caller, None);
    // The caller's language equal to the screen's is no second language.
    update(&mut m, &kb, OpenPicker(Picker::Caller));
    update(&mut m, &kb, Pick(2));
    assert_eq!(m.caller, None);
    // A digit out of range chooses nothing.
    update(&mut m, &kb, OpenPicker(Picker::Screen));
    update(&mut m, &kb, Pick(9));
    assert_eq!((m.lang, m.picker), (Lang::Pl, None));
}

/// A Gmail "no PTR record" pasted at scenario 5's refusal: the PTR check is shown answered "no"
/// with the reply as evidence, Enter takes that answer, and the keys could still say otherwise.
#[test]
fn a_check_that_the_paste_answered_is_shown_answered_and_can_be_overruled() {
    let kb = kb();
    let mut m = at(&kb, "scenario-5-code");
    update(
        &mut m,
        &kb,
        Paste("550-5.7.25 [203.0.113.5] The IP address sending this message does not have a PTR record setup - gsmtp".into()),
    );
    let o = m
        .observation("scenario-5-ptr")
        .expect("the PTR check is answered");
    assert_eq!(o.answer, Answer::No);
    assert!(o.detail.contains("203.0.113.5"), "{}", o.detail);
    // On to the PTR step (through the port 25 check).
    update(&mut m, &kb, Down);
    update(&mut m, &kb, Choose);
    assert_eq!(m.pos.node, "scenario-5-port25");
    update(&mut m, &kb, N);
    assert_eq!(m.pos.node, "scenario-5-ptr");
    let mut taken = m.clone();
    update(&mut taken, &kb, Choose);
    assert_eq!(taken.pos.stage, Stage::Advice(Answer::No));
    // Overruled: a yes goes on without the advice.
    update(&mut m, &kb, Y);
    assert_eq!(m.pos.node, "scenario-5-helo");
}
