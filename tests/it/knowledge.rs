//! The embedded data loads and validates; broken flows and profiles are rejected with the file,
//! the line and a useful reason.

use mailwiz::access::ProfileSource;
use mailwiz::knowledge::{Flow, Knowledge, NodeKind, flow::Answer};
use mailwiz::smtp::ReplyCode;

use crate::support::{fixture, kb, mini};

#[test]
fn the_embedded_knowledge_loads() {
    let kb = Knowledge::embedded().unwrap();
    assert_eq!(kb.catalogue.codes.len(), 36);
    for s in 0..=7 {
        assert!(kb.flow.entry(s).is_some(), "scenario {s} has no entry");
    }
    let lookup = kb
        .flow
        .lookup_node()
        .expect("the flow names its lookup node");
    assert!(matches!(lookup.kind, NodeKind::Code { next: None }));
}

#[test]
fn the_catalogue_holds_every_code_the_guides_and_rfcs_name() {
    let kb = Knowledge::embedded().unwrap();
    let codes: Vec<u16> = kb.catalogue.codes.iter().map(|c| c.code.get()).collect();
    let expected = [
        211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 420, 421, 432, 449, 450, 451, 452, 454,
        455, 500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556,
    ];
    assert_eq!(codes, expected);
}

#[test]
fn codes_lead_to_the_steps_that_fix_them() {
    let kb = Knowledge::embedded().unwrap();
    let node = |c: u16| {
        kb.catalogue
            .get(ReplyCode::new(c).unwrap())
            .unwrap()
            .node
            .clone()
            .unwrap_or_default()
    };
    for c in [550, 553] {
        assert_eq!(node(c), "scenario-7-address");
    }
    assert_eq!(node(554), "scenario-5-blocklist");
    // Mostly temporary states (greylisting, a busy server, a full mailbox): no step of one scenario
    // fits every sender (knowledge review, findings 9 to 11).
    for c in [450, 451, 452] {
        assert_eq!(node(c), "", "{c}");
    }
    for c in [535, 530, 454, 504] {
        assert_eq!(node(c), "scenario-1-auth");
        assert_eq!(kb.flow.node(&node(c)).unwrap().scenario, Some(1));
    }
}

#[test]
fn scenarios_one_to_four_hand_over_to_seven() {
    let kb = Knowledge::embedded().unwrap();
    for s in 1..=4u8 {
        let hands_over = kb
            .flow
            .nodes
            .iter()
            .filter(|n| n.scenario == Some(s))
            .any(|n| {
                n.targets()
                    .iter()
                    .any(|t| kb.flow.node(t).and_then(|t| t.scenario) == Some(7))
            });
        assert!(hands_over, "scenario {s} never hands over to scenario 7");
    }
}

#[test]
fn every_scenario_ends_with_what_to_gather() {
    let kb = Knowledge::embedded().unwrap();
    for s in 1..=7u8 {
        let contact = kb
            .flow
            .nodes
            .iter()
            .find(|n| n.scenario == Some(s) && matches!(n.kind, NodeKind::Contact { .. }));
        assert!(contact.is_some(), "scenario {s} has no contact step");
    }
    let items = |id: &str| match &kb.flow.node(id).unwrap().kind {
        NodeKind::Contact { items } => items.clone(),
        _ => panic!("{id} is not a contact step"),
    };
    assert_eq!(items("scenario-1-contact"), ["mailbox", "client", "error"]);
    assert_eq!(items("scenario-2-contact"), ["mailbox", "client", "error"]);
    assert_eq!(
        items("scenario-7-contact"),
        [
            "how-sent",
            "when",
            "sender",
            "recipient",
            "message-id",
            "error"
        ]
    );
}

#[test]
fn pre_checks_come_in_the_guides_order() {
    let kb = Knowledge::embedded().unwrap();
    let order: Vec<&str> = kb.flow.steps_of(0).iter().map(|n| n.id.as_str()).collect();
    assert_eq!(
        order,
        [
            "check-service",
            "check-webmail",
            "check-login",
            "check-maintenance",
            "check-mx"
        ]
    );
    let n = kb.flow.node("check-webmail").unwrap();
    assert!(n.has_advice(Answer::Yes));
    assert!(!n.has_advice(Answer::No));
}

fn flow_error(name: &str) -> String {
    let err = Flow::parse(&fixture(&format!("flows/{name}.toml")), name).unwrap_err();
    assert_eq!(err.file, name);
    assert!(err.line.is_some(), "{name}: no line in {err}");
    err.to_string()
}

#[test]
fn broken_flows_are_rejected_with_the_reason() {
    assert!(flow_error("dangling").contains("\"nowhere\", which does not exist"));
    assert!(flow_error("unreachable").contains("\"island\" cannot be reached"));
    assert!(flow_error("dead_end").contains("never reaches a contact or resolution"));
    assert!(flow_error("duplicate").contains("defined twice"));
    assert!(flow_error("unknown_kind").contains("unknown kind \"teleport\""));
    assert!(flow_error("missing_field").contains("needs `no`"));
    assert!(flow_error("bad_entry").contains("\"ghost\", which does not exist"));
    let syntax = flow_error("syntax");
    assert!(syntax.starts_with("syntax:4:"), "{syntax}");
}

fn profile_error(name: &str) -> mailwiz::knowledge::DataError {
    let path = format!(
        "{}/tests/fixtures/profiles/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    ProfileSource::File(path.into()).load().unwrap_err()
}

#[test]
fn broken_profiles_are_rejected_with_file_line_and_reason() {
    let e = profile_error("wrong_type.toml");
    assert!(e.file.ends_with("wrong_type.toml"));
    assert_eq!(e.line, Some(6), "{e}");
    let e = profile_error("unknown_key.toml");
    assert!(e.reason.contains("colour"), "{e}");
    assert_eq!(e.line, Some(3), "{e}");
    let e = profile_error("missing_key.toml");
    assert!(e.reason.contains("webmail"), "{e}");
    let e = profile_error("syntax.toml");
    assert_eq!(e.line, Some(2), "{e}");
    let e = profile_error("not_utf8.toml");
    assert!(e.reason.contains("UTF-8"), "{e}");
    let e = profile_error("does_not_exist.toml");
    assert_eq!(e.line, None);
}

#[test]
fn a_flow_of_ones_own_keeps_only_the_links_into_it() {
    let kb = mini();
    assert_eq!(kb.flow.start, "menu");
    assert_eq!(
        kb.catalogue.codes.len(),
        Knowledge::embedded().unwrap().catalogue.codes.len()
    );
    assert!(kb.catalogue.codes.iter().all(|c| c.node.is_none()));
    assert!(kb.catalogue.patterns.iter().all(|p| p.node.is_none()));
    let e = mailwiz::explain::explain(&kb, "550").unwrap();
    assert_eq!((e.node, e.scenario), (None, None));
}

#[test]
fn the_lookup_node_must_be_a_code_node() {
    let text = fixture("flows/mini.toml").replace("lookup = \"lookup\"", "lookup = \"ask\"");
    let err = Flow::parse(&text, "mini.toml").unwrap_err();
    assert!(err.reason.contains("\"ask\" is not a code node"), "{err}");
}

/// The flow names the live checks by the names `mailwiz check` gives them, and every check node
/// with a probe has advice on one answer only, so that a failed check proposes that answer.
#[test]
fn the_flows_probes_name_the_live_checks() {
    use mailwiz::checks::Check;
    use mailwiz::knowledge::flow::PROBES;
    let names: Vec<&str> = Check::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(names, PROBES);
    let kb = kb();
    let probed: Vec<&str> = kb
        .flow
        .nodes
        .iter()
        .filter(|n| n.probe().is_some())
        .map(|n| n.id.as_str())
        .collect();
    for id in [
        "check-mx",
        "scenario-5-ptr",
        "scenario-5-blocklist",
        "scenario-7-mx",
    ] {
        assert!(probed.contains(&id), "{id}");
    }
    for n in kb
        .flow
        .nodes
        .iter()
        .filter(|n| n.probe().is_some_and(|p| p.about.answers()))
    {
        assert!(n.problem_answer().is_some(), "{}", n.id);
    }
}

/// A probe that names no live check, or one on a node that gives advice after both answers, is
/// refused with its line.
#[test]
fn a_flow_with_a_bad_probe_is_refused() {
    let flow = fixture("flows/mini.toml");
    let node = flow.find("kind = \"check\"").unwrap();
    let bad = format!(
        "{}kind = \"check\"\nprobe = [\"nslookup\"]\nabout = \"domain\"{}",
        &flow[..node],
        &flow[node + "kind = \"check\"".len()..]
    );
    let err = mailwiz::knowledge::Flow::parse(&bad, "bad.toml").unwrap_err();
    assert!(err.to_string().contains("nslookup"), "{err}");
    let bad = format!(
        "{}kind = \"check\"\nprobe = [\"mx\"]{}",
        &flow[..node],
        &flow[node + "kind = \"check\"".len()..]
    );
    let err = mailwiz::knowledge::Flow::parse(&bad, "bad.toml").unwrap_err();
    assert!(err.to_string().contains("about"), "{err}");
}
