//! How the data names its messages: the one place where message ids are built from a node, a
//! code or a pattern. Each id comes with the file it lives in. The conventions are documented in
//! the headers of `assets/*.toml`; [`needed`] lists every id the data uses, for the tests.

use super::lang::File;
use crate::knowledge::flow::{Answer, Node, NodeKind};
use crate::knowledge::{Catalogue, CodeEntry, EnhancedEntry, Flow, Knowledge, Pattern, Who};
use crate::smtp::{Class, Reason, ReplyCode};

/// A message id and the file that holds it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Id {
    pub file: File,
    pub name: String,
}

fn id(file: File, name: String) -> Id {
    Id { file, name }
}

pub fn node_title(n: &Node) -> Id {
    id(File::Flow, format!("{}-title", n.text))
}
pub fn node_text(n: &Node) -> Id {
    id(File::Flow, format!("{}-text", n.text))
}
pub fn node_unsure(n: &Node) -> Id {
    id(File::Flow, format!("{}-unsure", n.text))
}
/// The advice shown after `answer`, if the check has one.
pub fn node_advice(n: &Node, answer: Answer) -> Option<Id> {
    n.has_advice(answer).then(|| {
        let suffix = if answer == Answer::Yes { "yes" } else { "no" };
        id(File::Flow, format!("{}-{suffix}", n.text))
    })
}
/// A menu option's label, named by the flow itself.
pub fn option_label(label: &str) -> Id {
    id(File::Flow, label.to_string())
}
/// An item to gather before contacting support.
pub fn gather(item: &str) -> Id {
    id(File::Flow, format!("scenario-gather-{item}"))
}
/// A scenario's name: `check-name` for the pre-checks (0).
pub fn scenario_name(number: u8) -> Id {
    match number {
        0 => id(File::Flow, "check-name".to_string()),
        n => id(File::Flow, format!("scenario-{n}-name")),
    }
}

pub fn code_summary(c: &CodeEntry) -> Id {
    id(File::Codes, format!("code-{}-summary", c.code))
}
pub fn code_causes(c: &CodeEntry) -> Id {
    id(File::Codes, format!("code-{}-causes", c.code))
}
pub fn code_action(c: &CodeEntry) -> Id {
    id(File::Codes, format!("code-{}-action", c.code))
}
/// A code that is not in the catalogue, explained from its digits.
pub fn code_unknown() -> Id {
    id(File::Codes, "code-unknown-summary".to_string())
}
pub fn who(w: Who) -> Id {
    id(File::Codes, format!("code-who-{}", w.as_str()))
}
pub fn class_name(c: Class) -> Id {
    id(File::Codes, format!("class-{}", c.as_str()))
}
pub fn class_retry(c: Class) -> Id {
    id(File::Codes, format!("class-{}-retry", c.as_str()))
}
/// A temporary code whose text says retrying will not succeed.
pub fn class_transient_final() -> Id {
    id(File::Codes, "class-transient-final".to_string())
}
pub fn class_action(c: Class) -> Id {
    id(File::Codes, format!("class-{}-action", c.as_str()))
}
/// The category of a code (its second digit); the unassigned 3, 4 and 6 to 9 share one text.
pub fn category(code: ReplyCode) -> Id {
    let digit = match code.category() {
        d @ (0 | 1 | 2 | 5) => d,
        _ => 3,
    };
    id(File::Codes, format!("class-category-{digit}"))
}
const CATEGORIES: [u16; 5] = [0, 1, 2, 3, 5];

pub fn pattern_summary(p: &Pattern) -> Id {
    id(File::Patterns, format!("code-pattern-{}-summary", p.id))
}
pub fn pattern_action(p: &Pattern) -> Id {
    id(File::Patterns, format!("code-pattern-{}-action", p.id))
}

pub fn enhanced_meaning(e: &EnhancedEntry) -> Id {
    id(
        File::Enhanced,
        format!("enhanced-{}-{}", e.subject, e.detail),
    )
}
/// The subjects of RFC 3463 that have a name (the second number of an enhanced code).
pub const SUBJECTS: std::ops::RangeInclusive<u16> = 0..=7;
/// A subject as a heading ("Mailbox"), for lists of enhanced codes; others count as 0.
pub fn enhanced_subject(subject: u16) -> Id {
    let s = if SUBJECTS.contains(&subject) {
        subject
    } else {
        0
    };
    id(File::Enhanced, format!("enhanced-subject-{s}"))
}
/// A subject inside a sentence ("the mailbox"); others count as 0.
pub fn subject_in_sentence(subject: u16) -> Id {
    let s = if SUBJECTS.contains(&subject) {
        subject
    } else {
        0
    };
    id(File::Ui, format!("ui-subject-{s}"))
}

/// What a bounce reason means.
pub fn reason(r: Reason) -> Id {
    id(File::Reasons, format!("reason-{}", r.as_str()))
}

/// Every message the flow needs.
pub fn flow(flow: &Flow) -> Vec<Id> {
    let mut ids = Vec::new();
    for n in &flow.nodes {
        ids.extend([node_title(n), node_text(n)]);
        match &n.kind {
            NodeKind::Choice { options } => {
                ids.extend(options.iter().map(|o| option_label(&o.label)))
            }
            NodeKind::Check { .. } => {
                ids.push(node_unsure(n));
                ids.extend(node_advice(n, Answer::Yes));
                ids.extend(node_advice(n, Answer::No));
            }
            NodeKind::Contact { items } => ids.extend(items.iter().map(|i| gather(i))),
            NodeKind::Step { .. } | NodeKind::Code { .. } | NodeKind::Resolution => {}
        }
    }
    ids.extend(flow.scenarios.iter().map(|s| scenario_name(s.number)));
    ids
}

/// Every message the catalogue needs, and those of the classes and categories.
pub fn catalogue(cat: &Catalogue) -> Vec<Id> {
    let mut ids = vec![code_unknown(), class_transient_final()];
    for c in &cat.codes {
        ids.extend([code_summary(c), code_causes(c), code_action(c), who(c.who)]);
    }
    for p in &cat.patterns {
        ids.extend([pattern_summary(p), pattern_action(p)]);
    }
    ids.extend(cat.enhanced.iter().map(enhanced_meaning));
    ids.extend(SUBJECTS.map(enhanced_subject));
    ids.extend(SUBJECTS.map(subject_in_sentence));
    for c in Class::ALL {
        ids.extend([class_name(c), class_retry(c), class_action(c)]);
    }
    ids.extend(Reason::ALL.iter().map(|r| reason(*r)));
    ids.extend(
        CATEGORIES
            .iter()
            .filter_map(|d| ReplyCode::new(500 + d * 10).map(category)),
    );
    ids
}

/// Every message the data needs.
pub fn needed(kb: &Knowledge) -> Vec<Id> {
    let mut ids = flow(&kb.flow);
    ids.extend(catalogue(&kb.catalogue));
    ids
}
