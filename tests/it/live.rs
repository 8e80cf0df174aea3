//! The wizard's live checks: a check that can be looked up asks for its run, the findings of the
//! real checks (against the loopback name server) come back as reports, and the proposed answer
//! is shown, taken with Enter or overruled; leaving the check cancels the lookup.

use mailwiz::checks::{self, Settings, Target};
use mailwiz::i18n::Lang;
use mailwiz::knowledge::flow::Answer;
use mailwiz::knowledge::{Knowledge, Profile};
use mailwiz::present::summary;
use mailwiz::wizard::{Action, Effect, Model, Report, Stage, update};

use crate::loopback;
use crate::support::{at, draw, fixture, kb, loc, unanswered_listener};

/// Settings that ask the loopback name server, and only the local copy of Spamhaus's zone.
fn settings(kb: &Knowledge) -> Settings {
    let mut s = Settings::from_profile(&kb.profile);
    s.resolver = Some(loopback::dns().addr);
    s.dnsbl = vec!["zen.spamhaus.org".into()];
    s
}

/// Nudge the model with a report that changes nothing, as the loop does after any event: the
/// effect is what the wizard asks for on the screen it shows.
fn nudge(m: &mut Model, kb: &Knowledge) -> Option<Effect> {
    update(m, kb, Action::Report(Report::Done { id: u64::MAX }))
}

/// Run the checks the wizard asked for, for real, and hand every finding back to it.
fn run_probe(m: &mut Model, kb: &Knowledge, effect: Option<Effect>) {
    let Some(Effect::Probe(req)) = effect else {
        panic!("no probe asked for: {effect:?}");
    };
    let target = Target::parse(&req.target).unwrap();
    let mut found = Vec::new();
    let mut settings = settings(kb);
    settings.dkim_selectors = req.dkim_selectors.clone();
    checks::run(&target, &settings, &mut |f| found.push(f), &|| false);
    for finding in found {
        assert!(
            update(
                m,
                kb,
                Action::Report(Report::Found {
                    id: req.id,
                    finding
                })
            )
            .is_none()
        );
    }
    update(m, kb, Action::Report(Report::Done { id: req.id }));
}

fn live_at(kb: &Knowledge, node: &str) -> Model {
    let mut m = at(kb, node);
    m.live.enabled = true;
    m
}

#[test]
fn a_listed_ip_proposes_yes_on_the_blocklist_step_and_enter_takes_it() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-5-blocklist");
    m.live.ip = Some("192.0.2.99".into());
    let effect = nudge(&mut m, &kb);
    // Asked once: the same screen does not ask again while the run goes on.
    assert!(nudge(&mut m, &kb).is_none());
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("Looking up 192.0.2.99"), "{screen}");
    run_probe(&mut m, &kb, effect);
    let node = kb.flow.node("scenario-5-blocklist").unwrap();
    assert_eq!(m.live.proposal(node), Some(Answer::Yes));
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("Looked up 192.0.2.99: Yes"), "{screen}");
    assert!(screen.contains("Spamhaus SBL"), "{screen}");
    update(&mut m, &kb, Action::Choose);
    assert_eq!(m.answers.last().map(|a| a.answer), Some(Answer::Yes));
    assert_eq!(m.pos.stage, Stage::Advice(Answer::Yes));
}

#[test]
fn the_keys_overrule_the_proposal() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-5-blocklist");
    m.live.ip = Some("192.0.2.99".into());
    let effect = nudge(&mut m, &kb);
    run_probe(&mut m, &kb, effect);
    update(&mut m, &kb, Action::Answer(Answer::No));
    assert_eq!(m.answers.last().map(|a| a.answer), Some(Answer::No));
}

#[test]
fn a_forward_confirmed_ptr_proposes_yes_and_a_missing_one_no() {
    let kb = kb();
    let node = kb.flow.node("scenario-5-ptr").unwrap();
    for (ip, answer) in [
        ("192.0.2.10", Answer::Yes),
        ("192.0.2.20", Answer::No),
        ("192.0.2.30", Answer::No),
    ] {
        let mut m = live_at(&kb, "scenario-5-ptr");
        m.live.ip = Some(ip.into());
        let effect = nudge(&mut m, &kb);
        run_probe(&mut m, &kb, effect);
        assert_eq!(m.live.proposal(node), Some(answer), "{ip}");
    }
}

#[test]
fn the_domain_is_looked_up_once_for_its_spf_dkim_and_dmarc_steps() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-4-spf");
    m.live.domain = Some("twospf.test".into());
    let effect = nudge(&mut m, &kb);
    run_probe(&mut m, &kb, effect);
    let spf = kb.flow.node("scenario-4-spf").unwrap();
    assert_eq!(m.live.proposal(spf), Some(Answer::No), "two SPF records");
    // On to the DKIM step: the run of the domain is there already.
    update(&mut m, &kb, Action::Answer(Answer::No));
    update(&mut m, &kb, Action::Choose);
    assert_eq!(m.pos.node, "scenario-4-dkim");
    assert!(nudge(&mut m, &kb).is_none());
    // No selector is known, so the DKIM step is asked as before.
    let dkim = kb.flow.node("scenario-4-dkim").unwrap();
    assert_eq!(m.live.proposal(dkim), None);
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("answer it yourself"), "{screen}");
}

#[test]
fn the_mx_step_compares_with_the_providers_mail_hosts() {
    let profile = Profile::parse(&fixture("profiles/provider.toml"), "provider.toml").unwrap();
    let kb = Knowledge::load(profile).unwrap();
    let node = kb.flow.node("check-mx").unwrap();
    for (domain, answer) in [("customer.test", Answer::Yes), ("good.test", Answer::No)] {
        let mut m = live_at(&kb, "check-mx");
        m.live.domain = Some(domain.into());
        let effect = nudge(&mut m, &kb);
        run_probe(&mut m, &kb, effect);
        assert_eq!(m.live.proposal(node), Some(answer), "{domain}");
    }
}

#[test]
fn leaving_the_check_cancels_its_lookup_and_late_findings_are_dropped() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-5-blocklist");
    m.live.ip = Some("192.0.2.99".into());
    let Some(Effect::Probe(req)) = nudge(&mut m, &kb) else {
        panic!("no probe");
    };
    assert_eq!(m.live.running().collect::<Vec<_>>(), [req.id]);
    update(&mut m, &kb, Action::Back);
    assert_eq!(m.live.running().count(), 0, "Esc stops the lookup");
    let target = Target::parse(&req.target).unwrap();
    checks::run(
        &target,
        &settings(&kb),
        &mut |f| {
            update(
                &mut m,
                &kb,
                Action::Report(Report::Found {
                    id: req.id,
                    finding: f,
                }),
            );
        },
        &|| false,
    );
    assert!(m.live.runs.iter().all(|r| r.findings.is_empty()));
}

#[test]
fn without_a_target_or_offline_the_step_asks_as_before() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-5-blocklist");
    assert!(nudge(&mut m, &kb).is_none(), "no IP known");
    m.live.ip = Some("192.0.2.99".into());
    m.live.enabled = false;
    assert!(nudge(&mut m, &kb).is_none(), "offline");
}

#[test]
fn restricted_to_its_own_domain_the_wizard_looks_at_nothing_else() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-4-spf");
    m.live.only = Some("good.test".into());
    m.live.domain = Some("twospf.test".into());
    assert!(nudge(&mut m, &kb).is_none());
    m.live.domain = Some("mail.good.test".into());
    assert!(nudge(&mut m, &kb).is_some());
}

#[test]
fn a_pasted_reply_names_the_ip_and_the_recipients_domain() {
    let kb = kb();
    let mut m = at(&kb, "scenario-5-code");
    update(
        &mut m,
        &kb,
        Action::Paste(
            "550 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org; to <anna@customer.test>".into(),
        ),
    );
    update(&mut m, &kb, Action::Choose);
    assert_eq!(m.live.ip.as_deref(), Some("192.0.2.99"));
    assert_eq!(m.live.recipient.as_deref(), Some("customer.test"));
}

#[test]
fn the_findings_go_into_the_summary() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-5-blocklist");
    m.live.ip = Some("192.0.2.99".into());
    let effect = nudge(&mut m, &kb);
    run_probe(&mut m, &kb, effect);
    update(&mut m, &kb, Action::Choose);
    let loc = loc();
    let text = summary::text(&m, &kb, loc.tr(Lang::En));
    assert!(text.contains("Looked up\n  192.0.2.99\n"), "{text}");
    assert!(
        text.contains("A 99.2.0.192.zen.spamhaus.org → 127.0.0.2"),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&summary::render(
        &m,
        &kb,
        loc.tr(Lang::En),
        summary::Format::Json,
    ))
    .unwrap();
    let checks = json["checks"].as_array().unwrap();
    assert!(
        checks
            .iter()
            .any(|c| c["check"] == "dnsbl" && c["status"] == "fail"),
        "{json}"
    );
    let md = summary::render(&m, &kb, loc.tr(Lang::Pl), summary::Format::Markdown);
    assert!(md.contains("```"), "{md}");
}

/// The findings of a target given here (the loopback servers' ports) handed to the run the
/// wizard asked for.
fn run_probe_as(m: &mut Model, kb: &Knowledge, effect: Option<Effect>, target: &str) {
    let Some(Effect::Probe(req)) = effect else {
        panic!("no probe asked for: {effect:?}");
    };
    let mut found = Vec::new();
    checks::run(
        &Target::parse(target).unwrap(),
        &settings(kb),
        &mut |f| found.push(f),
        &|| false,
    );
    for finding in found {
        update(
            m,
            kb,
            Action::Report(Report::Found {
                id: req.id,
                finding,
            }),
        );
    }
    update(m, kb, Action::Report(Report::Done { id: req.id }));
}

#[test]
fn outbound_port_25_is_tried_on_the_recipients_mail_server() {
    let kb = kb();
    let node = kb.flow.node("scenario-5-port25").unwrap();
    let mut m = live_at(&kb, "scenario-5-port25");
    m.live.recipient = Some("good.test".into());
    let effect = nudge(&mut m, &kb);
    assert!(
        matches!(&effect, Some(Effect::Probe(r)) if r.target == "mx://good.test"),
        "{effect:?}"
    );
    // The loopback Postfix stands for the recipient's server on its port 25: it answers, so the
    // port is not blocked.
    let port = loopback::mail().smtp;
    run_probe_as(&mut m, &kb, effect, &format!("mx://good.test:{port}"));
    assert_eq!(m.live.proposal(node), Some(Answer::No));

    // A connection that goes unanswered is the block.
    let (full, _queued) = unanswered_listener();
    let addr = full.local_addr().unwrap();
    let mut m = live_at(&kb, "scenario-5-port25");
    m.live.recipient = Some("good.test".into());
    let effect = nudge(&mut m, &kb);
    let mut s = settings(&kb);
    s.timeout = std::time::Duration::from_secs(1);
    let Some(Effect::Probe(req)) = effect else {
        panic!()
    };
    let mut found = Vec::new();
    checks::run(
        &Target::parse(&format!("mx://good.test:{}", addr.port())).unwrap(),
        &s,
        &mut |f| found.push(f),
        &|| false,
    );
    for finding in found {
        update(
            &mut m,
            &kb,
            Action::Report(Report::Found {
                id: req.id,
                finding,
            }),
        );
    }
    update(&mut m, &kb, Action::Report(Report::Done { id: req.id }));
    assert_eq!(m.live.proposal(node), Some(Answer::Yes));
}

#[test]
fn the_providers_server_is_shown_beside_the_settings_step_without_an_answer() {
    let kb = kb();
    let node = kb.flow.node("scenario-1-connect").unwrap();
    let mut m = live_at(&kb, "scenario-1-connect");
    let port = loopback::mail().submission;
    m.live.smtp_server = Some(format!("mail.good.test:{port}"));
    let effect = nudge(&mut m, &kb);
    assert!(
        matches!(&effect, Some(Effect::Probe(r)) if r.target == format!("submission://mail.good.test:{port}")),
        "{effect:?}"
    );
    let target = format!("submission://mail.good.test:{port}");
    run_probe_as(&mut m, &kb, effect, &target);
    assert_eq!(m.live.proposal(node), None, "evidence, not an answer");
    let screen = draw(&m, &kb, 100, 40, false);
    assert!(screen.contains("as seen from here"), "{screen}");
    assert!(screen.contains("STARTTLS works"), "{screen}");
}

#[test]
fn with_nothing_named_the_check_asks_for_it_and_looks_up_what_is_typed() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-5-blocklist");
    assert!(nudge(&mut m, &kb).is_none());
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("press d to type it"), "{screen}");
    update(&mut m, &kb, Action::AskTarget);
    assert!(
        matches!(m.pos.stage, Stage::Target { .. }),
        "{:?}",
        m.pos.stage
    );
    // Not an address: refused, and the field keeps it.
    for c in "192.0.2.x".chars() {
        update(&mut m, &kb, Action::Type(c));
    }
    update(&mut m, &kb, Action::Choose);
    assert!(
        matches!(&m.pos.stage, Stage::Target { error: true, input, .. } if input == "192.0.2.x")
    );
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("cannot be looked up here"), "{screen}");
    // q and the answer keys type in the field.
    update(&mut m, &kb, Action::ClearInput);
    update(&mut m, &kb, Action::Paste("  192.0.2.99 \nmore".into()));
    let Some(Effect::Probe(req)) = update(&mut m, &kb, Action::Choose) else {
        panic!("the typed address is looked up at once");
    };
    assert_eq!(req.target, "192.0.2.99");
    assert_eq!(m.pos.node, "scenario-5-blocklist");
    assert_eq!(m.pos.stage, Stage::Node);
}

#[test]
fn esc_leaves_the_field_without_looking_anything_up() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-4-spf");
    update(&mut m, &kb, Action::AskTarget);
    for c in "jan@good.test".chars() {
        update(&mut m, &kb, Action::Type(c));
    }
    update(&mut m, &kb, Action::Back);
    assert_eq!(m.pos.stage, Stage::Node);
    assert_eq!(m.live.domain, None);
    // An address is taken as its domain.
    update(&mut m, &kb, Action::AskTarget);
    for c in "jan@Good.Test".chars() {
        update(&mut m, &kb, Action::Type(c));
    }
    assert!(matches!(
        update(&mut m, &kb, Action::Choose),
        Some(Effect::Probe(_))
    ));
    assert_eq!(m.live.domain.as_deref(), Some("good.test"));
}

#[test]
fn the_field_is_not_offered_offline_nor_limited_to_the_own_domain() {
    let kb = kb();
    let mut m = at(&kb, "scenario-5-blocklist");
    update(&mut m, &kb, Action::AskTarget);
    assert_eq!(m.pos.stage, Stage::Node, "offline");
    let mut m = live_at(&kb, "scenario-5-blocklist");
    m.live.only = Some("good.test".into());
    update(&mut m, &kb, Action::AskTarget);
    assert_eq!(m.pos.stage, Stage::Node, "own domain only");
}

/// On the DKIM step, `d` takes a selector when the profile names none (or another one): it is
/// looked up at once, in a run of its own, and its key answers the step.
#[test]
fn a_dkim_selector_typed_on_the_dkim_step_is_looked_up() {
    let kb = kb();
    let mut m = live_at(&kb, "scenario-4-dkim");
    m.live.domain = Some("good.test".into());
    let effect = nudge(&mut m, &kb);
    run_probe(&mut m, &kb, effect);
    let dkim = kb.flow.node("scenario-4-dkim").unwrap();
    assert_eq!(m.live.proposal(dkim), None, "no selector known");
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(
        screen.contains("Press d to type a DKIM selector"),
        "{screen}"
    );
    update(&mut m, &kb, Action::AskTarget);
    assert!(matches!(
        m.pos.stage,
        Stage::Target {
            field: mailwiz::wizard::live::Field::DkimSelector,
            ..
        }
    ));
    let screen = draw(&m, &kb, 80, 24, false);
    assert!(screen.contains("Type the DKIM selector"), "{screen}");
    // Not a selector: refused, and the field keeps it.
    update(&mut m, &kb, Action::Paste("mail; rm".into()));
    assert!(update(&mut m, &kb, Action::Choose).is_none());
    assert!(matches!(m.pos.stage, Stage::Target { error: true, .. }));
    update(&mut m, &kb, Action::ClearInput);
    for c in "Mail".chars() {
        update(&mut m, &kb, Action::Type(c));
    }
    let Some(Effect::Probe(req)) = update(&mut m, &kb, Action::Choose) else {
        panic!("the selector is looked up at once");
    };
    assert_eq!(req.target, "good.test");
    assert_eq!(req.dkim_selectors, ["mail"]);
    assert_eq!(m.pos.stage, Stage::Node);
    run_probe(&mut m, &kb, Some(Effect::Probe(req)));
    let problem = dkim.problem_answer().unwrap();
    let other = if problem == Answer::Yes {
        Answer::No
    } else {
        Answer::Yes
    };
    assert_eq!(
        m.live.proposal(dkim),
        Some(other),
        "the key of selector mail is good"
    );
    // Two runs: the domain's, and the one with the selector; none more.
    assert_eq!(m.live.runs.len(), 2);
}
