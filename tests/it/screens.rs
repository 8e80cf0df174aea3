//! Snapshots of the screens at 80x24 (ratatui's TestBackend), in English and Polish, and the
//! too-small message. Review every snapshot diff: it is what a user sees. Places in the real flow
//! are reached by name (`walk_to`), so a new step elsewhere changes none of these.

use mailwiz::i18n::Lang;
use mailwiz::knowledge::flow::Answer;
use mailwiz::wizard::Action;

use crate::support::{draw, kb, screen, typed, walk_to};
use Action::*;

/// The keys that reach node `id` from the start, then `then`.
fn to<const N: usize>(id: &str, then: [Action; N]) -> Vec<Action> {
    let mut actions = walk_to(&kb(), id);
    actions.extend(then);
    actions
}

#[test]
fn start_screen() {
    insta::assert_snapshot!("start_en", screen(Lang::En, &[], 80, 24));
    insta::assert_snapshot!("start_pl", screen(Lang::Pl, &[], 80, 24));
}

#[test]
fn pre_check_with_advice() {
    let actions = to("check-service", [Action::Answer(Answer::No)]);
    insta::assert_snapshot!("precheck_advice_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("precheck_advice_pl", screen(Lang::Pl, &actions, 80, 24));
}

#[test]
fn pre_check_not_sure() {
    let actions = to("check-webmail", [Action::Answer(Answer::Unsure)]);
    insta::assert_snapshot!("precheck_unsure_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("precheck_unsure_pl", screen(Lang::Pl, &actions, 80, 24));
}

#[test]
fn scenario_step() {
    let actions = to("scenario-1-config", []);
    insta::assert_snapshot!("scenario_step_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("scenario_step_pl", screen(Lang::Pl, &actions, 80, 24));
}

#[test]
fn reply_code_screen() {
    let mut actions = to("scenario-7-code", []);
    actions.extend(typed("550 5.1.1 <bob@example.com>: User unknown"));
    actions.push(Choose);
    insta::assert_snapshot!("code_550_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("code_550_pl", screen(Lang::Pl, &actions, 80, 24));
    // Tall enough for every field, in the one order the command line uses too.
    insta::assert_snapshot!("code_550_tall_en", screen(Lang::En, &actions, 80, 40));
}

#[test]
fn lookup_with_an_error() {
    let mut actions = vec![Lookup];
    actions.extend(typed("hello"));
    actions.push(Choose);
    insta::assert_snapshot!("lookup_error_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("lookup_error_cs", screen(Lang::Cs, &actions, 80, 24));
}

#[test]
fn summary() {
    let mut actions = to("scenario-7-code", []);
    actions.extend(typed("552"));
    // Explained, go on; the address and the MX records are right, DKIM is not signed (its advice,
    // then on), DMARC and alignment are right: the contact step, then the summary.
    actions.extend([
        Choose,
        Down,
        Choose,
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::No),
        Choose,
        Action::Answer(Answer::Yes),
        Action::Answer(Answer::Yes),
        Summary,
    ]);
    insta::assert_snapshot!("summary_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("summary_pl", screen(Lang::Pl, &actions, 80, 24));
    // Tall enough for all of it: the facts, the problem, the steps, the checklist filled in.
    insta::assert_snapshot!("summary_tall_en", screen(Lang::En, &actions, 80, 50));
    // After c: the confirmation and what to do when the terminal ignores OSC 52, under the text.
    actions.push(Copy);
    insta::assert_snapshot!("summary_copied_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("summary_copied_cs", screen(Lang::Cs, &actions, 80, 24));
}

/// q in a session with answers asks first, and says where the summary goes.
#[test]
fn the_quit_question() {
    let actions = to("check-webmail", [Quit]);
    insta::assert_snapshot!("quit_question_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("quit_question_pl", screen(Lang::Pl, &actions, 80, 24));
    // At the smallest size it still fits.
    insta::assert_snapshot!("quit_question_fi_small", screen(Lang::Fi, &actions, 40, 12));
    // With --summary FILE, it names the file.
    let kb = kb();
    let mut model = mailwiz::wizard::Model::new(&kb, Lang::Cs);
    model.session.summary_to = mailwiz::wizard::SummaryTarget::File("ticket-4711.md".into());
    for a in &actions {
        mailwiz::wizard::update(&mut model, &kb, a.clone());
    }
    insta::assert_snapshot!("quit_question_file_cs", draw(&model, &kb, 80, 24, false));
}

#[test]
fn help_overlay() {
    let actions = to("check-service", [Help]);
    insta::assert_snapshot!("help_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("help_pl", screen(Lang::Pl, &actions, 80, 24));
}

/// A row longer than the box wraps, and the box grows for it: Lithuanian's closing sentence
/// takes two rows at 80 columns, and both are on screen.
#[test]
fn the_help_box_has_room_for_its_wrapped_rows() {
    let actions = to("check-service", [Help]);
    let shown = screen(Lang::Lt, &actions, 80, 24);
    let close = crate::support::text(Lang::Lt, "help-close");
    let last_word = close.split_whitespace().last().unwrap();
    assert!(close.chars().count() > 58, "the sentence no longer wraps");
    assert!(shown.contains(last_word), "{shown}");
}

#[test]
fn the_language_pickers() {
    use mailwiz::wizard::Picker;
    let actions = to("check-service", [OpenPicker(Picker::Screen)]);
    insta::assert_snapshot!("picker_screen_en", screen(Lang::En, &actions, 80, 24));
    let actions = to("check-service", [OpenPicker(Picker::Caller)]);
    insta::assert_snapshot!("picker_caller_pl", screen(Lang::Pl, &actions, 80, 24));
}

/// An English-speaking agent helps a Czech caller: the question in Czech, the frame in English;
/// from 100 columns the two side by side; below, the caller's alone.
#[test]
fn the_callers_language_beside_the_agents() {
    use mailwiz::wizard::Picker;
    let actions = to(
        "scenario-5-blocklist",
        [
            OpenPicker(Picker::Caller),
            Pick(5),
            Action::Answer(Answer::Unsure),
        ],
    );
    insta::assert_snapshot!(
        "caller_cs_agent_en_120",
        screen(Lang::En, &actions, 120, 24)
    );
    insta::assert_snapshot!("caller_cs_agent_en_80", screen(Lang::En, &actions, 80, 24));
}

/// The PTR check after a pasted Gmail rejection: answered from the paste, and the hint's
/// command with the IP address of the reply.
#[test]
fn a_check_answered_by_the_paste_with_the_hint_filled() {
    let mut actions = to("scenario-5-code", []);
    actions.push(Paste(
        "550-5.7.25 [203.0.113.5] The IP address sending this message does not have a PTR record setup - gsmtp".into(),
    ));
    actions.extend([
        Down,
        Choose,
        Action::Answer(Answer::No),
        Action::Answer(Answer::Unsure),
    ]);
    insta::assert_snapshot!("observed_ptr_en", screen(Lang::En, &actions, 80, 24));
}

#[test]
fn too_small() {
    insta::assert_snapshot!("too_small_en", screen(Lang::En, &[], 20, 5));
    insta::assert_snapshot!("too_small_fi", screen(Lang::Fi, &[], 30, 8));
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
    for &lang in Lang::ALL {
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

/// The recognised rejection texts are rows of the list: the one the words contain first, with
/// the code it is explained as (a mail program's own error, with none, a dash); a typed reply
/// line is the first row, headed by its code.
#[test]
fn search_lists_recognised_texts_and_the_typed_line() {
    let mut actions = vec![Lookup];
    actions.extend(typed("greylisting"));
    insta::assert_snapshot!("search_pattern_en", screen(Lang::En, &actions, 80, 24));
    let mut actions = vec![Lookup];
    actions.extend(typed("relay denied"));
    insta::assert_snapshot!("search_pattern_cs", screen(Lang::Cs, &actions, 80, 24));
    let mut actions = vec![Lookup];
    actions.extend(typed("0x800CCC0E"));
    insta::assert_snapshot!(
        "search_program_error_pl",
        screen(Lang::Pl, &actions, 80, 24)
    );
    let mut actions = vec![Lookup];
    actions.extend(typed("535 5.7.8 authentication failed"));
    insta::assert_snapshot!("search_typed_line_en", screen(Lang::En, &actions, 80, 24));
}

#[test]
fn the_recipients_of_a_pasted_bounce() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/messages/05-exim-wrapped-code.eml"
    );
    let actions = [Paste(std::fs::read_to_string(path).unwrap())];
    insta::assert_snapshot!("recipients_en", screen(Lang::En, &actions, 80, 24));
    insta::assert_snapshot!("recipients_cs", screen(Lang::Cs, &actions, 80, 24));
}
