//! The session summary: the path taken, each answer, the codes looked up and what to gather, as
//! plain text in the current language, for pasting into a ticket.

use super::explanation::Words;
use crate::i18n::{Msg, Tr};
use crate::knowledge::{Knowledge, NodeKind};
use crate::wizard::Model;

/// Where a node is, as the breadcrumb says it: "Scenario name › step title", or the title alone
/// outside the scenarios.
pub fn breadcrumb(kb: &Knowledge, tr: Tr, node_id: &str) -> String {
    let Some(node) = kb.flow.node(node_id) else {
        return String::new();
    };
    let title = tr.node_title(node);
    match node.scenario {
        Some(s) => format!("{} › {title}", tr.scenario_name(s)),
        None => title,
    }
}

/// The whole summary as plain text, one item a line.
pub fn text(model: &Model, kb: &Knowledge, tr: Tr) -> String {
    let mut out = String::new();
    let nothing = tr.say(Msg::SummaryNothing);
    out.push_str(&tr.say(Msg::SummaryHeading));
    out.push('\n');
    out.push_str(&tr.say(Msg::SummaryLanguage {
        language: tr.say(Msg::LanguageName),
    }));
    out.push_str(" · ");
    out.push_str(&tr.say(Msg::Provider));
    out.push_str("\n\n");

    out.push_str(&tr.say(Msg::SummaryPath));
    out.push('\n');
    for (i, node) in model.path().iter().enumerate() {
        out.push_str(&format!("  {}. {}\n", i + 1, breadcrumb(kb, tr, node)));
    }

    out.push('\n');
    out.push_str(&tr.say(Msg::SummaryAnswers));
    out.push('\n');
    if model.answers.is_empty() {
        out.push_str(&format!("  {nothing}\n"));
    }
    for a in &model.answers {
        out.push_str(&format!(
            "  - {}: {}\n",
            breadcrumb(kb, tr, &a.node),
            tr.answer(a.answer)
        ));
    }

    out.push('\n');
    out.push_str(&tr.say(Msg::SummaryCodes));
    out.push('\n');
    if model.lookups.is_empty() {
        out.push_str(&format!("  {nothing}\n"));
    }
    for l in &model.lookups {
        // A bounce's recipient: the address, its reason and what to do.
        if let Some((address, reason)) = &l.recipient {
            out.push_str(&format!(
                "  - {address}: {} ({})\n",
                tr.reason(*reason),
                reason.as_str()
            ));
        }
        let Some(explanation) = &l.explanation else {
            continue;
        };
        let words = Words::of(explanation, kb, tr);
        let indent = if l.recipient.is_some() {
            "    "
        } else {
            "  - "
        };
        out.push_str(&format!("{indent}{}\n", words.lead(": ")));
        if l.recipient.is_some() {
            out.push_str(&format!("    {}\n", words.action));
        } else if explanation.input != words.heading {
            out.push_str(&format!(
                "    {}\n",
                crate::sanitize::truncate(&explanation.input, 200)
            ));
        }
    }

    let gather: Vec<String> = model
        .path()
        .iter()
        .filter_map(|id| kb.flow.node(id))
        .filter_map(|n| match &n.kind {
            NodeKind::Contact { items } => Some(items.clone()),
            _ => None,
        })
        .flatten()
        .collect();
    if !gather.is_empty() {
        out.push('\n');
        out.push_str(&tr.say(Msg::SummaryGather));
        out.push('\n');
        let mut seen = Vec::new();
        for item in gather {
            if !seen.contains(&item) {
                out.push_str(&format!("  [ ] {}\n", tr.gather(&item)));
                seen.push(item);
            }
        }
    }
    out
}
