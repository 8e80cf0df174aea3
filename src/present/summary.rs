//! The session summary, for pasting into a ticket: when, with which version and profile, in which
//! language the caller was helped, the outcome, each problem with its diagnosis and the advice
//! given, the steps with their answers written as facts, and the checklist of what to gather with
//! what is already known filled in. [`Summary::of`] gathers it in one language; it is written as
//! plain text (the screen, the clipboard, `--summary`), Markdown or one JSON object.

use serde_json::{Value, json};

use super::explanation::Words;
use crate::i18n::{Lang, Msg, Tr};
use crate::identifiers::{self, Found};
use crate::knowledge::flow::Answer;
use crate::knowledge::{Knowledge, Node, NodeKind};
use crate::sanitize;
use crate::smtp::Reason;
use crate::wizard::{LocalTime, Model};

/// mailwiz's version, as the summary names it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The longest text of the user's (an error line, a file name) the summary repeats.
const MAX_QUOTED: usize = 300;

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

/// How the summary is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// Plain text, one item a line: the screen and the clipboard.
    #[default]
    Text,
    /// Markdown, for ticket systems that render it.
    Markdown,
    /// One JSON object with stable field names (README, "The summary").
    Json,
}

/// How the session ended, or where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeKind {
    /// A resolution step was reached.
    Solved,
    /// A scenario's contact step was reached: support takes it from here.
    Escalate,
    /// A scenario was followed but not to its end; its contact step is where it would go.
    Unfinished,
    /// No scenario was followed.
    Open,
}

impl OutcomeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Solved => "solved",
            OutcomeKind::Escalate => "escalate",
            OutcomeKind::Unfinished => "unfinished",
            OutcomeKind::Open => "open",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub scenario: Option<u8>,
    /// The resolution or contact step.
    pub node: Option<String>,
    /// In words: "solved (Scenario › Step)".
    pub text: String,
}

/// A code or a bounce's recipient that was looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub recipient: Option<String>,
    pub reason: Option<Reason>,
    /// The line as the user gave it (cleaned and shortened); none for a recipient whose words
    /// held no code.
    pub input: Option<String>,
    pub code: Option<u16>,
    pub enhanced: Option<String>,
    /// The recognised rejection text, by id.
    pub pattern: Option<String>,
    /// The most specific diagnosis: "550 5.7.25: Gmail: the sending IP has no PTR record".
    pub diagnosis: String,
    /// What the user was told to do.
    pub advice: Option<String>,
}

/// A step of the path, with its answer written as a fact: "IP on a blocklist: No".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub node: String,
    pub scenario: Option<u8>,
    pub title: String,
    /// The last answer given there: a "not sure" that a later answer replaced is dropped.
    pub answer: Option<Answer>,
}

/// An item to gather, with what the session already knows of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gather {
    pub item: String,
    pub label: String,
    pub known: Vec<Known>,
}

/// A value already known for an item to gather.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub value: String,
    /// Found among the words of an error rather than given as such (an IP in a reply).
    pub named_in_error: bool,
}

/// A live check's finding, as evidence in the ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub target: String,
    pub check: &'static str,
    pub subject: Option<String>,
    pub status: &'static str,
    /// The status in words.
    pub status_text: String,
    pub summary: String,
    pub evidence: Vec<String>,
}

/// The whole summary in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub lang: Lang,
    pub started: Option<LocalTime>,
    pub version: &'static str,
    /// The profile file; none for the embedded default.
    pub profile_file: Option<String>,
    pub provider: String,
    /// The languages the caller was helped in, in the order first used.
    pub callers: Vec<Lang>,
    pub outcome: Outcome,
    pub problems: Vec<Problem>,
    pub steps: Vec<Step>,
    /// What the live checks found, in the order they reported.
    pub checked: Vec<Checked>,
    pub gather: Vec<Gather>,
}

/// The summary of `model` as `format` writes it, in `tr`'s language.
pub fn render(model: &Model, kb: &Knowledge, tr: Tr, format: Format) -> String {
    let summary = Summary::of(model, kb, tr);
    match format {
        Format::Text => summary.text(tr),
        Format::Markdown => summary.markdown(tr),
        Format::Json => summary.json(tr).to_string() + "\n",
    }
}

/// The summary as plain text: what the screen shows and `c` copies.
pub fn text(model: &Model, kb: &Knowledge, tr: Tr) -> String {
    render(model, kb, tr, Format::Text)
}

impl Summary {
    /// Gather the summary of the session so far, in `tr`'s language.
    pub fn of(model: &Model, kb: &Knowledge, tr: Tr) -> Summary {
        let steps: Vec<(&Node, Option<Answer>)> = model
            .steps()
            .into_iter()
            .filter_map(|s| {
                let node = kb.flow.node(s.node)?;
                // A "not sure" that a later answer replaced says nothing any more.
                let answer = s
                    .answers
                    .iter()
                    .rev()
                    .find(|a| **a != Answer::Unsure)
                    .or(s.answers.last())
                    .copied();
                Some((node, answer))
            })
            .collect();
        let outcome = outcome(model, kb, tr, &steps);
        let gather = match (
            &outcome.kind,
            outcome.node.as_deref().and_then(|n| kb.flow.node(n)),
        ) {
            (
                OutcomeKind::Escalate | OutcomeKind::Unfinished,
                Some(Node {
                    kind: NodeKind::Contact { items },
                    ..
                }),
            ) => {
                let facts = known(model);
                // The checklist is read to the caller: in the caller's language, when set.
                let content = tr.in_lang(model.content_lang());
                items
                    .iter()
                    .map(|item| Gather {
                        item: item.clone(),
                        label: content.gather(item),
                        known: facts.of(item),
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        let mut callers: Vec<Lang> = Vec::new();
        for lang in model
            .answers
            .iter()
            .map(|a| a.lang)
            .chain(model.lookups.iter().map(|l| l.lang))
        {
            if !callers.contains(&lang) {
                callers.push(lang);
            }
        }
        if callers.is_empty() {
            callers.push(model.lang);
        }
        Summary {
            lang: tr.lang(),
            started: model.session.started.clone(),
            version: VERSION,
            profile_file: kb
                .profile
                .file
                .as_deref()
                .map(|f| sanitize::truncate(f, MAX_QUOTED)),
            provider: kb.profile.provider.clone(),
            callers,
            outcome,
            problems: problems(model, kb, tr),
            steps: steps
                .into_iter()
                // The menus of the start are no steps, and the end is the outcome.
                .filter(|(n, _)| n.scenario.is_some() && !n.is_end())
                .map(|(n, answer)| Step {
                    node: n.id.clone(),
                    scenario: n.scenario,
                    title: tr.node_title(n),
                    answer,
                })
                .collect(),
            checked: model
                .live
                .runs
                .iter()
                .flat_map(|r| &r.findings)
                .map(|f| Checked {
                    target: f.target.clone(),
                    check: f.check.as_str(),
                    subject: f.subject.clone(),
                    status: f.status.as_str(),
                    status_text: tr.say(f.status.label()),
                    summary: f.summary(&tr),
                    evidence: f.evidence.clone(),
                })
                .collect(),
            gather,
        }
    }

    /// A finding's first line: "OK: mx: …" (with the zone or selector after the check).
    fn checked_line(c: &Checked) -> String {
        let name = match &c.subject {
            Some(s) => format!("{} {s}", c.check),
            None => c.check.to_string(),
        };
        format!("{}: {name}: {}", c.status_text, c.summary)
    }

    /// The findings grouped by target, in the order the targets were first looked at.
    fn checked_by_target(&self) -> Vec<(&str, Vec<&Checked>)> {
        let mut groups: Vec<(&str, Vec<&Checked>)> = Vec::new();
        for c in &self.checked {
            match groups.iter_mut().find(|(t, _)| *t == c.target) {
                Some((_, list)) => list.push(c),
                None => groups.push((&c.target, vec![c])),
            }
        }
        groups
    }

    /// The lines before the sections: each a label and its value.
    fn facts(&self, tr: Tr) -> Vec<(String, String)> {
        let mut facts = Vec::new();
        if let Some(t) = &self.started {
            facts.push((tr.say(Msg::SummaryStarted), when(t)));
        }
        facts.push((
            tr.say(Msg::SummaryVersion),
            format!("mailwiz {}", self.version),
        ));
        facts.push((
            tr.say(Msg::SummaryProfile),
            match &self.profile_file {
                Some(file) => tr.say(Msg::SummaryProfileFile { file: file.clone() }),
                None => tr.say(Msg::SummaryProfileEmbedded),
            },
        ));
        let callers: Vec<String> = self
            .callers
            .iter()
            .map(|l| format!("{} ({})", tr.language_name(*l), l.code()))
            .collect();
        facts.push((tr.say(Msg::SummaryCaller), callers.join(", ")));
        facts.push((tr.say(Msg::SummaryOutcome), self.outcome.text.clone()));
        facts
    }

    /// The steps grouped under their scenario's name, numbered through.
    fn grouped_steps(&self, tr: Tr) -> Vec<(String, Vec<Numbered>)> {
        let mut groups: Vec<(Option<u8>, String, Vec<Numbered>)> = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            let line = match step.answer {
                Some(a) => format!("{}: {}", step.title, tr.answer(a)),
                None => step.title.clone(),
            };
            match groups.last_mut() {
                Some((s, _, lines)) if *s == step.scenario => lines.push((i + 1, line)),
                _ => groups.push((
                    step.scenario,
                    step.scenario
                        .map(|s| tr.scenario_name(s))
                        .unwrap_or_default(),
                    vec![(i + 1, line)],
                )),
            }
        }
        groups
            .into_iter()
            .map(|(_, name, lines)| (name, lines))
            .collect()
    }

    /// Plain text, one item a line, sections indented.
    pub fn text(&self, tr: Tr) -> String {
        let mut out = tr.say(Msg::SummaryHeading) + "\n";
        for (label, value) in self.facts(tr) {
            out.push_str(&format!("{label}: {value}\n"));
        }
        if !self.problems.is_empty() {
            out.push('\n');
            out.push_str(&tr.say(Msg::SummaryProblems));
            out.push('\n');
            for p in &self.problems {
                let mut lines = problem_lines(p, tr).into_iter();
                if let Some((label, value)) = lines.next() {
                    out.push_str(&format!("  - {label}: {value}\n"));
                }
                for (label, value) in lines {
                    out.push_str(&format!("    {label}: {value}\n"));
                }
            }
        }
        out.push('\n');
        out.push_str(&tr.say(Msg::SummarySteps));
        out.push('\n');
        if self.steps.is_empty() {
            out.push_str(&format!("  {}\n", tr.say(Msg::SummaryNothing)));
        }
        for (name, lines) in self.grouped_steps(tr) {
            out.push_str(&format!("  {name}\n"));
            for (n, line) in lines {
                out.push_str(&format!("    {n}. {line}\n"));
            }
        }
        if !self.checked.is_empty() {
            out.push('\n');
            out.push_str(&tr.say(Msg::SummaryChecked));
            out.push('\n');
            for (target, list) in self.checked_by_target() {
                out.push_str(&format!("  {target}\n"));
                for c in list {
                    out.push_str(&format!("    - {}\n", Summary::checked_line(c)));
                    for e in &c.evidence {
                        out.push_str(&format!("        {e}\n"));
                    }
                }
            }
        }
        if !self.gather.is_empty() {
            out.push('\n');
            out.push_str(&tr.say(Msg::SummaryGather));
            out.push('\n');
            for g in &self.gather {
                let values: Vec<String> = g.known.iter().map(|k| known_text(k, tr)).collect();
                if values.is_empty() {
                    out.push_str(&format!("  [ ] {}\n", g.label));
                } else {
                    out.push_str(&format!("  [x] {}: {}\n", g.label, values.join(" · ")));
                }
            }
        }
        out
    }

    /// Markdown for a ticket system: a heading, the facts as a list, a section for each part,
    /// the checklist as task items. What the user typed is quoted as code.
    pub fn markdown(&self, tr: Tr) -> String {
        let mut out = format!("## {}\n\n", md(&tr.say(Msg::SummaryHeading)));
        for (label, value) in self.facts(tr) {
            out.push_str(&format!("- **{}:** {}\n", md(&label), md(&value)));
        }
        if !self.problems.is_empty() {
            out.push_str(&format!("\n### {}\n\n", md(&tr.say(Msg::SummaryProblems))));
            for p in &self.problems {
                let mut lines = problem_lines(p, tr).into_iter();
                let quoted = |label: &str, value: &str| {
                    // The user's own text as code; mailwiz's words as text.
                    if p.input.as_deref() == Some(value) {
                        format!("**{}:** {}", md(label), code(value))
                    } else {
                        format!("**{}:** {}", md(label), md(value))
                    }
                };
                if let Some((label, value)) = lines.next() {
                    out.push_str(&format!("- {}\n", quoted(&label, &value)));
                }
                for (label, value) in lines {
                    out.push_str(&format!("  - {}\n", quoted(&label, &value)));
                }
            }
        }
        out.push_str(&format!("\n### {}\n", md(&tr.say(Msg::SummarySteps))));
        if self.steps.is_empty() {
            out.push_str(&format!("\n{}\n", md(&tr.say(Msg::SummaryNothing))));
        }
        for (name, lines) in self.grouped_steps(tr) {
            out.push_str(&format!("\n**{}**\n\n", md(&name)));
            for (n, line) in lines {
                out.push_str(&format!("{n}. {}\n", md(&line)));
            }
        }
        if !self.checked.is_empty() {
            out.push_str(&format!("\n### {}\n", md(&tr.say(Msg::SummaryChecked))));
            for (target, list) in self.checked_by_target() {
                out.push_str(&format!("\n**{}**\n\n", md(target)));
                for c in list {
                    out.push_str(&format!("- {}\n", md(&Summary::checked_line(c))));
                    if !c.evidence.is_empty() {
                        out.push_str("\n  ```\n");
                        for e in &c.evidence {
                            out.push_str(&format!("  {}\n", e.replace("```", "'''")));
                        }
                        out.push_str("  ```\n\n");
                    }
                }
            }
        }
        if !self.gather.is_empty() {
            out.push_str(&format!("\n### {}\n\n", md(&tr.say(Msg::SummaryGather))));
            for g in &self.gather {
                let values: Vec<String> = g
                    .known
                    .iter()
                    .map(|k| {
                        if k.named_in_error {
                            md(&tr.say(Msg::SummaryNamedInError {
                                value: k.value.clone(),
                            }))
                        } else {
                            code(&k.value)
                        }
                    })
                    .collect();
                if values.is_empty() {
                    out.push_str(&format!("- [ ] {}\n", md(&g.label)));
                } else {
                    out.push_str(&format!("- [x] {}: {}\n", md(&g.label), values.join(" · ")));
                }
            }
        }
        out
    }

    /// One JSON object with stable field names; the words in the summary's language.
    pub fn json(&self, tr: Tr) -> Value {
        let started = self.started.as_ref();
        json!({
            "mailwiz_version": self.version,
            "language": self.lang.code(),
            "started": started.map(iso),
            "time_zone": started.map(|t| t.zone.as_str()).filter(|z| !z.is_empty()),
            "profile": {
                "source": if self.profile_file.is_some() { "file" } else { "embedded" },
                "file": self.profile_file,
                "provider": self.provider,
            },
            "caller_languages": self.callers.iter().map(|l| l.code()).collect::<Vec<_>>(),
            "outcome": {
                "status": self.outcome.kind.as_str(),
                "scenario": self.outcome.scenario,
                "step": self.outcome.node,
                "text": self.outcome.text,
            },
            "problems": self.problems.iter().map(|p| json!({
                "input": p.input,
                "recipient": p.recipient,
                "reason": p.reason.map(Reason::as_str),
                "code": p.code,
                "enhanced": p.enhanced,
                "pattern": p.pattern,
                "diagnosis": p.diagnosis,
                "advice": p.advice,
            })).collect::<Vec<_>>(),
            "steps": self.steps.iter().map(|s| json!({
                "step": s.node,
                "scenario": s.scenario,
                "title": s.title,
                "answer": s.answer.map(answer_name),
                "answer_text": s.answer.map(|a| tr.answer(a)),
            })).collect::<Vec<_>>(),
            "checks": self.checked.iter().map(|c| json!({
                "target": c.target,
                "check": c.check,
                "subject": c.subject,
                "status": c.status,
                "summary": c.summary,
                "evidence": c.evidence.join("\n"),
            })).collect::<Vec<_>>(),
            "gather": self.gather.iter().map(|g| json!({
                "item": g.item,
                "label": g.label,
                "known": g.known.iter().map(|k| k.value.as_str()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    }
}

/// A step's line and its number in the whole list.
type Numbered = (usize, String);

fn answer_name(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "yes",
        Answer::No => "no",
        Answer::Unsure => "unsure",
    }
}

/// A problem's labelled lines: the recipient (for a bounce's), the problem as given, the
/// diagnosis and the advice.
fn problem_lines(p: &Problem, tr: Tr) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    if let Some(r) = &p.recipient {
        lines.push((tr.say(Msg::LabelRecipient), r.clone()));
    }
    if let Some(input) = &p.input {
        lines.push((tr.say(Msg::SummaryProblem), input.clone()));
    }
    lines.push((tr.say(Msg::SummaryDiagnosis), p.diagnosis.clone()));
    if let Some(advice) = &p.advice {
        lines.push((tr.say(Msg::SummaryAdvice), advice.clone()));
    }
    lines
}

fn known_text(k: &Known, tr: Tr) -> String {
    if k.named_in_error {
        tr.say(Msg::SummaryNamedInError {
            value: k.value.clone(),
        })
    } else {
        k.value.clone()
    }
}

/// "2026-12-01 14:03 CET (UTC+01:00)".
fn when(t: &LocalTime) -> String {
    let zone = if t.zone.is_empty() {
        String::new()
    } else {
        format!(" {}", t.zone)
    };
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}{zone} (UTC{})",
        t.year,
        t.month,
        t.day,
        t.hour,
        t.minute,
        offset(t.offset_minutes)
    )
}

/// ISO 8601 with the offset: "2026-12-01T14:03:27+01:00".
fn iso(t: &LocalTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}",
        t.year,
        t.month,
        t.day,
        t.hour,
        t.minute,
        t.second,
        offset(t.offset_minutes)
    )
}

fn offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

/// Text with Markdown's special characters escaped, so that an address in angle brackets or a
/// star in a reply stays as it is.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_[]<>#|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text as inline code, its fence longer than any run of backticks inside it.
fn code(s: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// Solved when a resolution step was reached; else the contact step reached, or the one of the
/// scenario followed (or of the step a looked-up code leads to); else open.
fn outcome(model: &Model, kb: &Knowledge, tr: Tr, steps: &[(&Node, Option<Answer>)]) -> Outcome {
    let last_of =
        |want: fn(&NodeKind) -> bool| steps.iter().rev().map(|(n, _)| *n).find(|n| want(&n.kind));
    let (kind, node) = if let Some(n) = last_of(|k| matches!(k, NodeKind::Resolution)) {
        (OutcomeKind::Solved, Some(n))
    } else if let Some(n) = last_of(|k| matches!(k, NodeKind::Contact { .. })) {
        (OutcomeKind::Escalate, Some(n))
    } else {
        let scenario = steps
            .iter()
            .rev()
            .filter_map(|(n, _)| n.scenario)
            .find(|s| *s > 0)
            .or_else(|| {
                model
                    .lookups
                    .iter()
                    .rev()
                    .find_map(|l| l.explanation.as_ref()?.scenario)
            });
        let contact = scenario.and_then(|s| {
            kb.flow
                .nodes
                .iter()
                .find(|n| n.scenario == Some(s) && matches!(n.kind, NodeKind::Contact { .. }))
        });
        match contact {
            Some(n) => (OutcomeKind::Unfinished, Some(n)),
            None => (OutcomeKind::Open, None),
        }
    };
    let step = node.map(|n| breadcrumb(kb, tr, &n.id)).unwrap_or_default();
    let text = tr.say(match kind {
        OutcomeKind::Solved => Msg::SummaryOutcomeSolved { step },
        OutcomeKind::Escalate => Msg::SummaryOutcomeEscalate { step },
        OutcomeKind::Unfinished => Msg::SummaryOutcomeUnfinished { step },
        OutcomeKind::Open => Msg::SummaryOutcomeOpen,
    });
    Outcome {
        kind,
        scenario: node.and_then(|n| n.scenario),
        node: node.map(|n| n.id.clone()),
        text,
    }
}

/// Each code or bounce recipient looked up: the problem as given, the most specific diagnosis
/// (a recognised text's, a specific enhanced code's, else the code's) and the advice.
fn problems(model: &Model, kb: &Knowledge, tr: Tr) -> Vec<Problem> {
    model
        .lookups
        .iter()
        .map(|l| {
            let (recipient, reason) = match &l.recipient {
                Some((address, reason)) => (Some(address.clone()), Some(*reason)),
                None => (None, None),
            };
            match &l.explanation {
                Some(e) => {
                    let words = Words::of(e, kb, tr);
                    Problem {
                        recipient,
                        reason,
                        input: Some(sanitize::truncate(&e.input, MAX_QUOTED)),
                        code: e.code.map(u16::from),
                        enhanced: e.enhanced.map(|x| x.to_string()),
                        pattern: e.pattern.clone(),
                        diagnosis: words.lead(": "),
                        advice: Some(words.action),
                    }
                }
                None => Problem {
                    recipient,
                    reason,
                    input: None,
                    code: None,
                    enhanced: None,
                    pattern: None,
                    diagnosis: reason.map(|r| tr.reason(r)).unwrap_or_default(),
                    advice: None,
                },
            }
        })
        .collect()
}

/// What the session already knows of the items to gather, from the codes and bounces looked up.
struct KnownFacts {
    errors: Vec<String>,
    recipients: Vec<String>,
    mailboxes: Vec<String>,
    found: Found,
}

impl KnownFacts {
    fn of(&self, item: &str) -> Vec<Known> {
        let given = |v: &[String]| {
            v.iter()
                .map(|value| Known {
                    value: value.clone(),
                    named_in_error: false,
                })
                .collect()
        };
        let named = |v: &[String]| {
            v.iter()
                .map(|value| Known {
                    value: value.clone(),
                    named_in_error: true,
                })
                .collect()
        };
        match item {
            "error" => given(&self.errors),
            "mailbox" => given(&self.mailboxes),
            "recipient" => {
                let mut known: Vec<Known> = given(&self.recipients);
                for a in &self.found.addresses {
                    if !self.recipients.iter().any(|r| r.eq_ignore_ascii_case(a)) {
                        known.push(Known {
                            value: a.clone(),
                            named_in_error: true,
                        });
                    }
                }
                known
            }
            "server-ip" => named(&self.found.ips),
            "domain" => named(&self.found.domains),
            _ => Vec::new(),
        }
    }
}

fn known(model: &Model) -> KnownFacts {
    let mut facts = KnownFacts {
        errors: Vec::new(),
        recipients: Vec::new(),
        mailboxes: Vec::new(),
        found: Found::default(),
    };
    let add = |list: &mut Vec<String>, value: &str| {
        if list.len() < identifiers::MAX_EACH && !list.iter().any(|v| v == value) {
            list.push(value.to_string());
        }
    };
    for l in &model.lookups {
        if let Some((address, _)) = &l.recipient {
            add(&mut facts.recipients, address);
        }
        if let Some(mailbox) = &l.mailbox {
            add(&mut facts.mailboxes, mailbox);
        }
        let Some(e) = &l.explanation else {
            continue;
        };
        // The exact text, when more was given than the code alone.
        if !e.reply.text.trim().is_empty() || e.code.is_none() {
            add(&mut facts.errors, &sanitize::truncate(&e.input, MAX_QUOTED));
        }
        let mut found = identifiers::find(&e.input);
        // An address in a refusal of the sender ("Sender address rejected") is not a recipient.
        if e.input.to_ascii_lowercase().contains("sender") {
            found.addresses.clear();
        }
        facts.found.extend(found);
    }
    facts
}

#[cfg(test)]
mod tests;
