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
use crate::support::{at, draw, fixture, kb, loc};

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
    checks::run(&target, &settings(kb), &mut |f| found.push(f), &|| false);
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
