//! The summary builder on walks through the real flow: each field, the answers as facts, the
//! checklist filled with what is known, and the Markdown and JSON forms.

use super::*;
use crate::i18n::Localizer;
use crate::knowledge::flow::Answer::{No, Unsure, Yes};
use crate::wizard::{Action, Session, SummaryTarget, update};

fn kb() -> Knowledge {
    Knowledge::embedded().unwrap()
}

fn walk(kb: &Knowledge, lang: Lang, actions: &[Action]) -> Model {
    let mut model = Model::new(kb, lang);
    for a in actions {
        update(&mut model, kb, a.clone());
    }
    model
}

fn typed(s: &str) -> Vec<Action> {
    s.chars().map(Action::Type).collect()
}

fn a(answer: Answer) -> Action {
    Action::Answer(answer)
}

/// What the walk in scenario 1 did: the left check "not sure", then no; an error; a code.
fn scenario_1_to_contact() -> Vec<Action> {
    vec![
        Action::Pick(2),
        Action::Pick(1),
        // Message in Sent: not sure, then no.
        a(Unsure),
        a(No),
        // Error shown: no; connection error: no; settings, authentication: no; blocked: no;
        // limits: no: the contact step.
        a(No),
        a(No),
        a(No),
        a(No),
        a(No),
        a(No),
    ]
}

fn corpus(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/corpus/messages/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn march_1() -> LocalTime {
    LocalTime {
        year: 2026,
        month: 3,
        day: 1,
        hour: 9,
        minute: 5,
        second: 7,
        offset_minutes: 60,
        zone: "CET".into(),
    }
}

#[test]
fn the_facts_say_when_which_version_profile_and_language() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let mut model = walk(&kb, Lang::Cs, &scenario_1_to_contact());
    model.session = Session {
        started: Some(march_1()),
        summary_to: SummaryTarget::Nowhere,
    };
    // The summary read in English, the caller helped in Czech.
    let text = text(&model, &kb, loc.tr(Lang::En));
    let head: Vec<&str> = text.lines().take(6).collect();
    assert_eq!(
        head,
        [
            "mailwiz session summary",
            "Started: 2026-03-01 09:05 CET (UTC+01:00)",
            &format!("Version: mailwiz {VERSION}"),
            "Profile: the built-in default, Example Hosting",
            "Caller helped in: Čeština (cs)",
            "Outcome: not solved: escalate to support (Sending from a mail program (SMTP) › Contact support)",
        ]
    );
    // A profile read from a file is named by its path; a zone west of UTC has a minus.
    let mut kb = kb.clone();
    kb.profile.file = Some("/etc/mailwiz/profile.toml".into());
    model.session.started = Some(LocalTime {
        offset_minutes: -210,
        zone: String::new(),
        ..march_1()
    });
    let text = super::text(&model, &kb, loc.tr(Lang::En));
    assert!(
        text.contains("Profile: /etc/mailwiz/profile.toml, Example Hosting\n"),
        "{text}"
    );
    assert!(
        text.contains("Started: 2026-03-01 09:05 (UTC-03:30)\n"),
        "{text}"
    );
}

#[test]
fn every_language_the_caller_was_helped_in_is_named_in_order() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let mut model = walk(&kb, Lang::Fi, &[Action::Pick(2), Action::Pick(1), a(No)]);
    model.lang = Lang::Pl;
    update(&mut model, &kb, a(No));
    let summary = Summary::of(&model, &kb, loc.tr(Lang::En));
    assert_eq!(summary.callers, [Lang::Fi, Lang::Pl]);
    // With a caller's language set (--caller-lang, C), the caller was helped in that one, while
    // the agent's screen stays in Polish.
    model.caller = Some(Lang::Cs);
    update(&mut model, &kb, a(Yes));
    let summary = Summary::of(&model, &kb, loc.tr(Lang::En));
    assert_eq!(summary.callers, [Lang::Fi, Lang::Pl, Lang::Cs]);
    // Before any answer, the session's language.
    let fresh = Model::new(&kb, Lang::Lt);
    assert_eq!(
        Summary::of(&fresh, &kb, loc.tr(Lang::En)).callers,
        [Lang::Lt]
    );
}

#[test]
fn the_outcome_is_solved_escalate_unfinished_or_open() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::En);
    let outcome = |actions: &[Action]| Summary::of(&walk(&kb, Lang::En, actions), &kb, tr).outcome;

    // Scenario 1: no error shown, no connection error, then the settings fix it.
    let solved = outcome(&[
        Action::Pick(2),
        Action::Pick(1),
        a(No),
        a(No),
        a(No),
        a(Yes),
    ]);
    assert_eq!(solved.kind, OutcomeKind::Solved);
    assert_eq!(solved.node.as_deref(), Some("scenario-1-solved"));
    assert_eq!(
        solved.text,
        "solved (Sending from a mail program (SMTP) › Sending works)"
    );

    let escalate = outcome(&scenario_1_to_contact());
    assert_eq!(escalate.kind, OutcomeKind::Escalate);
    assert_eq!(
        (escalate.scenario, escalate.node.as_deref()),
        (Some(1), Some("scenario-1-contact"))
    );

    // Half-way through scenario 1: its contact step is where it would go.
    let unfinished = outcome(&[Action::Pick(2), Action::Pick(1), a(No)]);
    assert_eq!(unfinished.kind, OutcomeKind::Unfinished);
    assert_eq!(unfinished.node.as_deref(), Some("scenario-1-contact"));
    assert!(
        unfinished.text.starts_with("not finished"),
        "{}",
        unfinished.text
    );

    // A code looked up from the start leads to its scenario's contact step.
    let mut lookup = vec![Action::Lookup];
    lookup.extend(typed("552"));
    lookup.push(Action::Choose);
    let from_code = outcome(&lookup);
    assert_eq!(from_code.kind, OutcomeKind::Unfinished);
    assert_eq!(from_code.scenario, Some(7));

    // Only the pre-checks: no scenario.
    let open = outcome(&[Action::Pick(1), a(Yes)]);
    assert_eq!(open.kind, OutcomeKind::Open);
    assert_eq!(open.node, None);
    assert_eq!(outcome(&[]).kind, OutcomeKind::Open);
}

#[test]
fn answers_are_facts_in_one_list_and_a_superseded_not_sure_is_dropped() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::En);
    let mut actions = vec![Action::Pick(1), a(Unsure), a(No), Action::Choose];
    // Webmail works: not sure, and left so.
    actions.push(a(Unsure));
    let model = walk(&kb, Lang::En, &actions);
    let summary = Summary::of(&model, &kb, tr);
    let steps: Vec<(&str, Option<Answer>)> = summary
        .steps
        .iter()
        .map(|s| (s.node.as_str(), s.answer))
        .collect();
    assert_eq!(
        steps,
        [("check-service", Some(No)), ("check-webmail", Some(Unsure))]
    );
    let text = summary.text(tr);
    assert!(
        text.contains("Steps and answers\n  Pre-checks\n    1. Service and domain active: No\n    2. Webmail works: Not sure\n"),
        "{text}"
    );
    // The answer appears once: no second list of answers, no "not sure" before the "no".
    assert_eq!(
        text.matches("Service and domain active").count(),
        1,
        "{text}"
    );
    // The start menus are no steps, and the contact step is the outcome.
    let escalated = Summary::of(&walk(&kb, Lang::En, &scenario_1_to_contact()), &kb, tr);
    assert!(
        escalated
            .steps
            .iter()
            .all(|s| s.scenario == Some(1) && s.node != "scenario-1-contact")
    );
    assert_eq!(escalated.steps[0].answer, Some(No));
}

#[test]
fn a_problem_has_its_input_its_specific_diagnosis_and_the_advice() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::En);
    let line = "550-5.7.25 [203.0.113.5] The IP address sending this message does not have a PTR record setup";
    let model = walk(&kb, Lang::En, &[Action::Paste(line.into())]);
    let summary = Summary::of(&model, &kb, tr);
    let [problem] = summary.problems.as_slice() else {
        panic!("{:?}", summary.problems)
    };
    assert_eq!(problem.input.as_deref(), Some(line));
    let pattern = kb
        .catalogue
        .patterns
        .iter()
        .find(|p| Some(&p.id) == problem.pattern.as_ref())
        .expect("a recognised text");
    // The pattern's headline, not the generic "Mailbox unavailable" of 550.
    assert_eq!(
        problem.diagnosis,
        format!("550 5.7.25: {}", tr.pattern_summary(pattern))
    );
    assert_eq!(
        problem.advice.as_deref(),
        Some(tr.pattern_action(pattern).as_str())
    );
    let generic = tr.code_summary(
        kb.catalogue
            .get(crate::smtp::ReplyCode::new(550).unwrap())
            .unwrap(),
    );
    let text = summary.text(tr);
    assert!(!text.contains(&generic), "{text}");
    assert!(
        text.contains(&format!("  - Problem: {line}\n    Diagnosis: 550 5.7.25: ")),
        "{text}"
    );

    // A bounce's two recipients, each with its own.
    let model = walk(
        &kb,
        Lang::En,
        &[Action::Paste(corpus("02-postfix-two-recipients.eml"))],
    );
    let summary = Summary::of(&model, &kb, tr);
    let recipients: Vec<(Option<&str>, Option<&str>)> = summary
        .problems
        .iter()
        .map(|p| (p.recipient.as_deref(), p.reason.map(Reason::as_str)))
        .collect();
    assert_eq!(
        recipients,
        [
            (Some("grace@example.net"), Some("userunknown")),
            (Some("heidi@example.org"), Some("mailboxfull"))
        ]
    );
    assert!(summary.problems.iter().all(|p| p.advice.is_some()));
}

#[test]
fn the_checklist_is_filled_with_what_is_known() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::En);
    let line = "550-5.7.25 [203.0.113.5] The IP address sending this message does not have a PTR record setup <bob@example.org>";
    // Scenario 5, a Gmail PTR rejection pasted on its first step.
    let model = walk(
        &kb,
        Lang::En,
        &[Action::Pick(2), Action::Pick(5), Action::Paste(line.into())],
    );
    let summary = Summary::of(&model, &kb, tr);
    assert_eq!(summary.outcome.node.as_deref(), Some("scenario-5-contact"));
    let known = |item: &str| -> Vec<(String, bool)> {
        summary
            .gather
            .iter()
            .find(|g| g.item == item)
            .unwrap_or_else(|| panic!("no {item} in {:?}", summary.gather))
            .known
            .iter()
            .map(|k| (k.value.clone(), k.named_in_error))
            .collect()
    };
    assert_eq!(known("server-ip"), [("203.0.113.5".to_string(), true)]);
    assert_eq!(known("error"), [(line.to_string(), false)]);
    assert_eq!(known("recipient"), [("bob@example.org".to_string(), true)]);
    assert!(known("when").is_empty());
    let text = summary.text(tr);
    assert!(
        text.contains("  [x] The server's name and IP address: 203.0.113.5 (named in the error)\n"),
        "{text}"
    );
    assert!(
        text.contains("  [ ] The date and time of sending"),
        "{text}"
    );

    // A whole bounce: its recipient, and the mailbox it came back to.
    let model = walk(
        &kb,
        Lang::En,
        &[
            Action::Pick(2),
            Action::Pick(1),
            Action::Paste(corpus("01-postfix-user-unknown.eml")),
        ],
    );
    let summary = Summary::of(&model, &kb, tr);
    let mailbox = summary.gather.iter().find(|g| g.item == "mailbox").unwrap();
    assert_eq!(mailbox.known[0].value, "alice@example.com");
    assert!(!mailbox.known[0].named_in_error);
    // A code alone is no error text to quote.
    let mut just_a_code = vec![Action::Pick(2), Action::Pick(1), a(No), a(Yes)];
    just_a_code.extend(typed("535"));
    just_a_code.push(Action::Choose);
    let summary = Summary::of(&walk(&kb, Lang::En, &just_a_code), &kb, tr);
    let error = summary.gather.iter().find(|g| g.item == "error").unwrap();
    assert!(error.known.is_empty(), "{:?}", error.known);
}

#[test]
fn markdown_quotes_what_was_given_and_lists_the_checklist_as_tasks() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::En);
    let mut actions = scenario_1_to_contact();
    actions.push(Action::Paste(
        "550 5.1.1 <bob@example.com>: User *unknown*".into(),
    ));
    let mut model = walk(&kb, Lang::En, &actions);
    model.session.started = Some(march_1());
    let md = render(&model, &kb, tr, Format::Markdown);
    let expected_start = format!(
        "## mailwiz session summary\n\n\
         - **Started:** 2026-03-01 09:05 CET (UTC+01:00)\n\
         - **Version:** mailwiz {VERSION}\n\
         - **Profile:** the built-in default, Example Hosting\n\
         - **Caller helped in:** English (en)\n\
         - **Outcome:** not solved: escalate to support (Sending from a mail program (SMTP) › Contact support)\n\n\
         ### Problems, diagnoses and the advice given\n\n\
         - **Problem:** `550 5.1.1 <bob@example.com>: User *unknown*`\n  - **Diagnosis:** 550 5.1.1: "
    );
    assert!(md.starts_with(&expected_start), "{md}");
    assert!(md.contains("\n### Steps and answers\n\n**Sending from a mail program (SMTP)**\n\n1. Message in Sent: No\n"), "{md}");
    assert!(md.contains("\n- [x] The exact text of the error message, or a screenshot of it: `550 5.1.1 <bob@example.com>: User *unknown*`\n"), "{md}");
    assert!(
        md.contains("\n- [ ] The mail program and its version\n"),
        "{md}"
    );
    // Markdown's own characters in words are escaped, and a backtick in a quote widens the fence.
    assert_eq!(md_escape_for_test("a <b> *c*"), "a \\<b\\> \\*c\\*");
    assert_eq!(code("a `b`"), "`` a `b` ``");
}

fn md_escape_for_test(s: &str) -> String {
    md(s)
}

#[test]
fn json_is_one_object_with_the_same_fields() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let tr = loc.tr(Lang::Pl);
    let mut actions = scenario_1_to_contact();
    actions.push(Action::Paste(corpus("01-postfix-user-unknown.eml")));
    let mut model = walk(&kb, Lang::Pl, &actions);
    model.session.started = Some(march_1());
    let out = render(&model, &kb, tr, Format::Json);
    assert_eq!(out.lines().count(), 1, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["mailwiz_version"], VERSION);
    assert_eq!(v["language"], "pl");
    assert_eq!(v["started"], "2026-03-01T09:05:07+01:00");
    assert_eq!(v["time_zone"], "CET");
    assert_eq!(v["profile"]["source"], "embedded");
    assert_eq!(v["profile"]["file"], Value::Null);
    assert_eq!(v["profile"]["provider"], "Example Hosting");
    assert_eq!(v["caller_languages"], json!(["pl"]));
    assert_eq!(v["outcome"]["status"], "escalate");
    assert_eq!(v["outcome"]["scenario"], 1);
    assert_eq!(v["outcome"]["step"], "scenario-1-contact");
    let problem = &v["problems"][0];
    assert_eq!(problem["recipient"], "bob@example.net");
    assert_eq!(problem["reason"], "userunknown");
    assert_eq!(problem["code"], 550);
    assert_eq!(problem["enhanced"], "5.1.1");
    assert_eq!(problem["pattern"], "user-unknown");
    assert!(
        problem["diagnosis"]
            .as_str()
            .unwrap()
            .starts_with("550 5.1.1: ")
    );
    assert_eq!(v["steps"][0]["step"], "scenario-1-left");
    assert_eq!(v["steps"][0]["answer"], "no");
    assert_eq!(v["steps"][0]["answer_text"], "Nie");
    let gather = v["gather"].as_array().unwrap();
    assert_eq!(gather[0]["item"], "mailbox");
    assert_eq!(gather[0]["known"], json!(["alice@example.com"]));
    assert_eq!(gather[1]["known"], json!([]));
    // Without a clock, no time.
    model.session.started = None;
    let v: Value = serde_json::from_str(&render(&model, &kb, tr, Format::Json)).unwrap();
    assert_eq!(
        (&v["started"], &v["time_zone"]),
        (&Value::Null, &Value::Null)
    );
}

#[test]
fn the_checklist_is_in_the_callers_language_and_the_rest_in_the_agents() {
    let kb = kb();
    let loc = Localizer::new().with_profile(&kb.profile);
    let line = "550-5.7.25 [203.0.113.5] The IP address sending this message does not have a PTR record setup";
    let mut model = walk(
        &kb,
        Lang::En,
        &[Action::Pick(2), Action::Pick(5), Action::Paste(line.into())],
    );
    model.caller = Some(Lang::Cs);
    let summary = Summary::of(&model, &kb, loc.tr(Lang::En));
    let cs = loc.tr(Lang::Cs);
    let first = summary.gather.first().expect("a checklist");
    assert_eq!(first.label, cs.gather(&first.item));
    assert!(
        summary
            .text(loc.tr(Lang::En))
            .contains(&cs.gather(&first.item))
    );
}
