//! The session summary: the path taken, each answer, the codes looked up and what to gather, as
//! plain text in the current language, for pasting into a ticket.

use crate::i18n::{Arg, Localizer};
use crate::knowledge::flow::{Answer, Scenario};
use crate::knowledge::{Knowledge, NodeKind};
use crate::wizard::Model;

fn answer_id(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "ui-answer-yes",
        Answer::No => "ui-answer-no",
        Answer::Unsure => "ui-answer-unsure",
    }
}

/// "Scenario name › step title", or the title alone outside the scenarios.
pub fn place(kb: &Knowledge, loc: &Localizer, node_id: &str) -> String {
    let Some(node) = kb.flow.node(node_id) else {
        return String::new();
    };
    let title = loc.text(&node.title_id());
    match node.scenario {
        Some(s) => format!("{} › {title}", loc.text(&Scenario::name_id(s))),
        None => title,
    }
}

/// The whole summary as plain text, one item a line.
pub fn text(model: &Model, kb: &Knowledge, loc: &Localizer) -> String {
    let mut out = String::new();
    let nothing = loc.text("ui-summary-nothing");
    out.push_str(&loc.text("ui-summary-heading"));
    out.push('\n');
    out.push_str(&loc.format(
        "ui-summary-language",
        vec![("language", Arg::from(loc.text("ui-language-name")))],
    ));
    out.push_str(" · ");
    out.push_str(&loc.text("ui-provider"));
    out.push_str("\n\n");

    out.push_str(&loc.text("ui-summary-path"));
    out.push('\n');
    for (i, node) in model.path().iter().enumerate() {
        out.push_str(&format!("  {}. {}\n", i + 1, place(kb, loc, node)));
    }

    out.push('\n');
    out.push_str(&loc.text("ui-summary-answers"));
    out.push('\n');
    if model.answers.is_empty() {
        out.push_str(&format!("  {nothing}\n"));
    }
    for a in &model.answers {
        out.push_str(&format!(
            "  - {}: {}\n",
            place(kb, loc, &a.node),
            loc.text(answer_id(a.answer))
        ));
    }

    out.push('\n');
    out.push_str(&loc.text("ui-summary-codes"));
    out.push('\n');
    if model.lookups.is_empty() {
        out.push_str(&format!("  {nothing}\n"));
    }
    for l in &model.lookups {
        let words = l.explanation.localize(kb, loc);
        out.push_str(&format!("  - {}: {}\n", words.heading, words.summary));
        if l.explanation.input != words.heading {
            out.push_str(&format!(
                "    {}\n",
                crate::sanitize::truncate(&l.explanation.input, 200)
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
        out.push_str(&loc.text("ui-summary-gather"));
        out.push('\n');
        let mut seen = Vec::new();
        for item in gather {
            if !seen.contains(&item) {
                out.push_str(&format!(
                    "  [ ] {}\n",
                    loc.text(&format!("scenario-gather-{item}"))
                ));
                seen.push(item);
            }
        }
    }
    out
}
