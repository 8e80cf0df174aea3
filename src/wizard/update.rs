//! `update`: the one function that changes the model, and every rule of the wizard.

use super::{
    Action, Effect, Env, Evidence, ExplainedOption, LogRead, MAX_LOOKUP_INPUT, MAX_SUMMARY_SCROLL,
    Model, Observation, Picker, RecipientEntry, Report, Room, Stage,
};
use crate::explain;
use crate::i18n::Lang;
use crate::knowledge::flow::{Answer, Node};
use crate::knowledge::{Knowledge, NodeKind};
use crate::sanitize;
use crate::search::Listing;

/// Apply one action.
pub fn update<'a>(model: &mut Model, env: impl Into<Env<'a>>, action: Action) -> Option<Effect> {
    let env = env.into();
    let effect = apply(model, env, action);
    // The live checks follow where the user is: a check that can be looked up is, and leaving it
    // cancels the lookup still going.
    let Some(node) = env.kb.flow.node(&model.pos.node) else {
        return effect;
    };
    model.live.cancel_unless(node);
    // Leaving the log's screen while it still reads stops the reading.
    if model.pos.stage != Stage::Log && model.log.as_ref().is_some_and(|l| l.result.is_none()) {
        model.log = None;
    }
    if effect.is_some() || model.quit {
        return effect;
    }
    model.live.want(node).map(Effect::Probe)
}

fn apply(model: &mut Model, env: Env, action: Action) -> Option<Effect> {
    let kb = env.kb;
    if let Action::Report(report) = action {
        // Outside work never moves the user, nor closes what they are reading.
        observe(model, kb, report);
        return None;
    }
    if let Some(picker) = model.picker.take() {
        // A digit chooses; quitting still quits (q asking first); any other key closes the picker.
        match action {
            Action::Pick(n) => pick_language(model, picker, n),
            Action::Quit => ask_to_quit(model),
            Action::QuitNow => model.quit = true,
            _ => {}
        }
        return None;
    }
    if model.help {
        // Any key closes the help overlay; quitting still quits (q asking first).
        model.help = false;
        match action {
            Action::Quit => ask_to_quit(model),
            Action::QuitNow => model.quit = true,
            _ => {}
        }
        return None;
    }
    if model.quitting {
        // The question "quit?": yes (or Ctrl-C) quits, no or Esc returns; nothing else counts.
        match action {
            Action::Answer(Answer::Yes) | Action::QuitNow => model.quit = true,
            Action::Answer(Answer::No) | Action::Back => model.quitting = false,
            _ => {}
        }
        return None;
    }
    if let Stage::Target { .. } = model.pos.stage {
        target_field(model, action);
        return None;
    }
    match action {
        Action::Quit => ask_to_quit(model),
        Action::QuitNow => model.quit = true,
        Action::Help if !model.typing() => model.help = true,
        Action::ReadLog if model.pos.stage == Stage::Node || model.pos.stage == Stage::Unsure => {
            return read_log(model, kb);
        }
        Action::AskTarget if model.pos.stage == Stage::Node || model.pos.stage == Stage::Unsure => {
            if let Some(field) = kb
                .flow
                .node(&model.pos.node)
                .and_then(|n| model.live.field(n))
            {
                model.push_stage(Stage::Target {
                    field,
                    input: String::new(),
                    error: false,
                });
            }
        }
        Action::NextLang if !model.typing() => model.lang = model.lang.next(),
        // Also in the lookup, where F2 opens it: L is a letter there.
        Action::OpenPicker(p) => model.picker = Some(p),
        Action::Back => model.back(),
        Action::Lookup if !model.typing() => model.open_lookup(None),
        Action::Summary if !model.typing() && model.pos.stage != Stage::Summary => {
            model.push_stage(Stage::Summary);
        }
        Action::Copy if model.pos.stage == Stage::Summary => {
            model.copied = true;
            return Some(Effect::CopySummary);
        }
        Action::Type(c) => type_char(model, c),
        Action::Paste(text) => paste(model, kb, &text),
        // Backspace on an empty field stays in it: holding Backspace to clear the field must not
        // leave the lookup and hand the next keys to the screen before.
        Action::DeleteChar => {
            if let Stage::Lookup { input, error, .. } = &mut model.pos.stage {
                if input.pop().is_some() {
                    *error = false;
                    model.pos.selected = 0;
                }
            } else {
                model.back();
            }
        }
        Action::ClearInput => {
            if let Stage::Lookup { input, error, .. } = &mut model.pos.stage {
                input.clear();
                *error = false;
                model.pos.selected = 0;
            }
        }
        Action::ScrollRows(n) => scroll(model, env.room, i32::from(n)),
        Action::ScrollPages(n) => {
            let page = env.room.map_or(10, |r| r.page.max(1));
            scroll(model, env.room, i32::from(n) * i32::from(page));
        }
        Action::Choose if model.typing() => {
            let chosen = highlighted(model, env);
            submit_lookup(model, kb, chosen.as_deref());
        }
        // ↓ stops at the last row, so that ↑ moves at once from there.
        Action::Down if model.typing() && env.index.is_some() => {
            if let (Stage::Lookup { input, .. }, Some(index)) = (&model.pos.stage, env.index) {
                let rows = Listing::new(kb, index, input).len();
                model.pos.selected = (model.pos.selected + 1).min(rows.saturating_sub(1));
            }
        }
        other => on_stage(model, kb, other),
    }
    None
}

/// The field of what a check's lookup looks at: typing, Backspace (an empty field stays),
/// Ctrl-U, a paste (its first line), Enter (taken when it is a domain or an address; the check
/// then looks it up), Esc back to the check, and quitting as everywhere.
fn target_field(model: &mut Model, action: Action) {
    let Stage::Target {
        field,
        input,
        error,
    } = &mut model.pos.stage
    else {
        return;
    };
    match action {
        Action::Type(c) if !sanitize::is_unsafe(c) && input.chars().count() < MAX_TARGET => {
            input.push(c);
            *error = false;
        }
        Action::DeleteChar => {
            input.pop();
            *error = false;
        }
        Action::ClearInput => {
            input.clear();
            *error = false;
        }
        Action::Paste(text) => {
            let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            *input = sanitize::truncate(&sanitize::clean(line.trim(), false), MAX_TARGET);
            *error = false;
        }
        Action::Choose => {
            let (field, typed) = (*field, input.clone());
            if model.live.set(field, &typed) {
                model.back();
            } else if let Stage::Target { error, .. } = &mut model.pos.stage {
                *error = true;
            }
        }
        Action::Back => model.back(),
        Action::Quit => ask_to_quit(model),
        Action::QuitNow => model.quit = true,
        Action::OpenPicker(p) => model.picker = Some(p),
        _ => {}
    }
}

/// `r` on a check the mail log answers: open the log's screen, reading it unless it was read.
fn read_log(model: &mut Model, kb: &Knowledge) -> Option<Effect> {
    let node = kb.flow.node(&model.pos.node)?;
    if !node.reads_log() {
        return None;
    }
    let path = model.log_path.clone()?;
    let done = model
        .log
        .as_ref()
        .is_some_and(|l| matches!(l.result, Some(Ok(_))) && l.path == path);
    model.push_stage(Stage::Log);
    if done {
        if let Some(l) = model.log.as_mut() {
            l.node = node.id.clone();
        }
        return None;
    }
    let id = model.log.as_ref().map_or(1, |l| l.id + 1);
    model.log = Some(LogRead {
        id,
        path: path.clone(),
        node: node.id.clone(),
        read: 0,
        total: 0,
        result: None,
    });
    Some(Effect::ReadLog { id, path })
}

/// How many groups the log's screen lists.
fn log_groups(model: &Model) -> usize {
    model
        .log
        .as_ref()
        .and_then(|l| l.result.as_ref())
        .and_then(|r| r.as_ref().ok())
        .map_or(0, |s| s.groups.len())
}

/// The longest domain name (RFC 1035), and so the longest target typed.
const MAX_TARGET: usize = 253;

/// `q`: a session with nothing to lose ends at once; one with answers asks first.
fn ask_to_quit(model: &mut Model) {
    if model.has_answers() {
        model.quitting = true;
    } else {
        model.quit = true;
    }
}

/// The language picker's choice `n` (from 1): one of the languages, or for the caller one more,
/// "the same as the screen", which ends the two-language mode.
fn pick_language(model: &mut Model, picker: Picker, n: usize) {
    let chosen = n.checked_sub(1).and_then(|i| Lang::ALL.get(i)).copied();
    match (picker, chosen) {
        (Picker::Screen, Some(lang)) => {
            model.lang = lang;
            if model.caller == Some(lang) {
                model.caller = None;
            }
        }
        (Picker::Caller, Some(lang)) => {
            model.caller = (lang != model.lang).then_some(lang);
        }
        (Picker::Caller, None) if n == Lang::ALL.len() + 1 => model.caller = None,
        _ => {}
    }
}

/// The most rows a text scrolls without knowing its height (a test's model, no terminal).
const MAX_SCROLL: u16 = 10_000;

/// Scroll the screen's text by `rows`, within what the terminal last showed of it.
fn scroll(model: &mut Model, room: Option<Room>, rows: i32) {
    let max = room.map_or(MAX_SCROLL, |r| r.max);
    let to = (i32::from(model.pos.scroll) + rows).clamp(0, i32::from(max));
    model.pos.scroll = u16::try_from(to).unwrap_or(0);
}

fn observe(model: &mut Model, kb: &Knowledge, report: Report) {
    match report {
        Report::Found { id, finding } => model.live.found(id, finding),
        Report::Done { id } => model.live.done(id),
        Report::Tick => model.live.tick(),
        Report::LogProgress { id, read, total } => {
            if let Some(log) = model
                .log
                .as_mut()
                .filter(|l| l.id == id && l.result.is_none())
            {
                log.read = read;
                log.total = total;
            }
        }
        Report::LogDone { id, result } => {
            let Some(log) = model
                .log
                .as_mut()
                .filter(|l| l.id == id && l.result.is_none())
            else {
                return;
            };
            let node = log.node.clone();
            if let Ok(summary) = &result
                && let Some(n) = kb.flow.node(&node)
                && n.reads_log()
                && n.scenario == Some(5)
            {
                // Scenario 5 asks whether the log shows refusals with a reply code.
                let failures: u64 = summary
                    .groups
                    .iter()
                    .filter(|g| g.key.code.is_some() || g.key.enhanced.is_some())
                    .map(|g| g.count)
                    .sum();
                model.observations.retain(|o| o.node != node);
                model.observations.push(Observation {
                    node,
                    answer: if failures > 0 {
                        Answer::Yes
                    } else {
                        Answer::No
                    },
                    detail: String::new(),
                    source: Evidence::Log,
                });
            }
            log.result = Some(result);
        }
        Report::Observed {
            node,
            answer,
            detail,
        } => {
            if !matches!(
                kb.flow.node(&node).map(|n| &n.kind),
                Some(NodeKind::Check { .. })
            ) {
                return;
            }
            let detail = sanitize::truncate(&sanitize::clean(&detail, false), 300);
            model.observations.retain(|o| o.node != node);
            model.observations.push(Observation {
                node,
                answer,
                detail,
                source: Evidence::Reply,
            });
        }
    }
}

/// Enter in the lookup explains the highlighted row, whatever was typed: the typed reply line,
/// a code or a recognised text. With no row, what was typed is read as a reply line.
fn highlighted(model: &Model, env: Env) -> Option<String> {
    let (Stage::Lookup { input, .. }, Some(index)) = (&model.pos.stage, env.index) else {
        return None;
    };
    Listing::new(env.kb, index, input).chosen(model.pos.selected, input)
}

fn type_char(model: &mut Model, c: char) {
    if let Stage::Lookup { input, error, .. } = &mut model.pos.stage
        && !sanitize::is_unsafe(c)
        && input.chars().count() < MAX_LOOKUP_INPUT
    {
        input.push(c);
        *error = false;
        model.pos.selected = 0;
    }
}

/// A paste: a text that explains on its own (a reply line, a bounce) is explained at once, and the
/// field keeps what was typed before, so Back returns to it unchanged. Anything else is inserted
/// into the field like typing (for example a code to search for). Outside the lookup, a text that
/// explains on its own opens its explanation (or list) over the current screen, so Back returns
/// there; anything else opens the lookup with the text in its field.
fn paste(model: &mut Model, kb: &Knowledge, text: &str) {
    // Only as much as the parser reads is cleaned: the rest of a huge paste is not looked at.
    let mut cut = text.len().min(crate::reply::MAX_INPUT);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    // A whole bounce message: each recipient from its own words, never from the returned
    // message's headers; one recipient opens its explanation, several a list of them.
    if crate::bounce::is_message(&text[..cut])
        && let Some(report) = crate::bounce::read(&text.as_bytes()[..cut])
        && !report.recipients.is_empty()
    {
        // The mailbox the report came back to: the sender's, whom the summary is about.
        let mailbox = report
            .mailbox
            .as_deref()
            .map(|m| sanitize::truncate(&sanitize::clean(m, false), 200));
        // The mailbox is the customer's: its domain is the one the live checks look at.
        if model.live.domain.is_none() {
            model.live.domain = mailbox
                .as_deref()
                .and_then(|m| crate::checks::domain_name(m.rsplit_once('@')?.1).ok());
        }
        let diagnoses = crate::diagnose::diagnose(kb, &report);
        let entries: Vec<RecipientEntry> = diagnoses
            .into_iter()
            .map(|d| RecipientEntry {
                address: sanitize::truncate(&sanitize::clean(&d.recipient.address, false), 200),
                reason: d.reason,
                failed: d.recipient.delivery == crate::bounce::Delivery::Failed,
                hard: d.hard,
                explanation: d.explanation.map(Box::new),
            })
            .collect();
        if let [only] = entries.as_slice()
            && let Some(explanation) = &only.explanation
        {
            let recipient = Some((only.address.clone(), only.reason));
            show_recorded(model, kb, (**explanation).clone(), recipient, mailbox);
            return;
        }
        let next = match &model.pos.stage {
            Stage::Lookup { next, .. } => next.clone(),
            _ => None,
        };
        for e in &entries {
            let recipient = Some((e.address.clone(), e.reason));
            if let Some(explanation) = e.explanation.as_deref() {
                answered_by(model, kb, explanation);
            }
            model.record_lookup(
                e.explanation.as_deref().cloned(),
                recipient,
                mailbox.clone(),
            );
        }
        model.push_stage(Stage::Recipients { entries, next });
        return;
    }
    let clean = sanitize::clean(&text[..cut], true);
    if let Ok(explanation) = explain::explain(kb, &clean) {
        show(model, kb, explanation);
    } else {
        if !model.typing() {
            model.open_lookup(None);
        }
        let Stage::Lookup { input, error, .. } = &mut model.pos.stage else {
            return;
        };
        let room = MAX_LOOKUP_INPUT.saturating_sub(input.chars().count());
        input.extend(sanitize::clean(&text[..cut], false).chars().take(room));
        *error = false;
        model.pos.selected = 0;
    }
}

fn submit_lookup(model: &mut Model, kb: &Knowledge, chosen: Option<&str>) {
    let Stage::Lookup { input, .. } = &model.pos.stage else {
        return;
    };
    match explain::explain(kb, chosen.unwrap_or(input)) {
        Ok(explanation) => show(model, kb, explanation),
        Err(_) => {
            if let Stage::Lookup { error, .. } = &mut model.pos.stage {
                *error = true;
            }
        }
    }
}

/// From the lookup to the explanation, which the summary remembers.
fn show(model: &mut Model, kb: &Knowledge, explanation: explain::Explanation) {
    show_recorded(model, kb, explanation, None, None);
}

/// A recognised text answers the checks it speaks of (`answers` in assets/patterns.toml): each of
/// them, in every scenario, shows that answer with the text as its evidence, and can still be
/// answered otherwise.
fn answered_by(model: &mut Model, kb: &Knowledge, explanation: &explain::Explanation) {
    // The sending server's address and the recipient's domain, for the live checks.
    let found = crate::identifiers::find(&explanation.input);
    if model.live.ip.is_none() {
        model.live.ip = found
            .ips
            .iter()
            .find_map(|ip| ip.parse::<std::net::IpAddr>().ok())
            .map(|ip| ip.to_string());
    }
    if model.live.recipient.is_none() {
        model.live.recipient = found
            .addresses
            .iter()
            .find_map(|a| crate::checks::domain_name(a.rsplit_once('@')?.1).ok());
    }
    let Some(pattern) = explanation
        .pattern
        .as_deref()
        .and_then(|id| kb.catalogue.patterns.iter().find(|p| p.id == id))
    else {
        return;
    };
    for (stem, answer) in &pattern.answers {
        let answer = if answer == "yes" {
            Answer::Yes
        } else {
            Answer::No
        };
        for node in kb.flow.nodes.iter().filter(|n| n.text == *stem) {
            model.observations.retain(|o| o.node != node.id);
            model.observations.push(Observation {
                node: node.id.clone(),
                answer,
                detail: explanation.input.clone(),
                source: Evidence::Reply,
            });
        }
    }
}

fn show_recorded(
    model: &mut Model,
    kb: &Knowledge,
    explanation: explain::Explanation,
    recipient: Option<(String, crate::smtp::Reason)>,
    mailbox: Option<String>,
) {
    // From the lookup, its next step; a paste on another screen opens the explanation straight
    // from there, so Back returns to that screen.
    let next = match &model.pos.stage {
        Stage::Lookup { next, .. } => next.clone(),
        _ => None,
    };
    answered_by(model, kb, &explanation);
    model.record_lookup(Some(explanation.clone()), recipient, mailbox);
    model.push_stage(Stage::Explained {
        explanation: Box::new(explanation),
        next,
    });
}

fn on_stage(model: &mut Model, kb: &Knowledge, action: Action) {
    let Some(node) = kb.flow.node(&model.pos.node) else {
        return;
    };
    match (&model.pos.stage, action) {
        (Stage::Lookup { .. }, Action::Explain(text)) => submit_lookup(model, kb, Some(&text)),
        // In the lookup, the selection is the chosen row; without the index, the list clamps it
        // to its length, which is never more than the longest input.
        (Stage::Lookup { .. }, Action::Up) => {
            model.pos.selected = model.pos.selected.saturating_sub(1)
        }
        (Stage::Lookup { .. }, Action::Down) => {
            model.pos.selected = (model.pos.selected + 1).min(MAX_LOOKUP_INPUT)
        }
        (Stage::Lookup { .. }, _) => {}
        (Stage::Explained { .. }, action) => on_explained(model, kb, action),
        // The summary has nothing to select: ↑↓ scroll it.
        (Stage::Summary, Action::Up) => model.pos.scroll = model.pos.scroll.saturating_sub(1),
        (Stage::Summary, Action::Down) => {
            model.pos.scroll = (model.pos.scroll + 1).min(MAX_SUMMARY_SCROLL)
        }
        (Stage::Summary, _) => {}
        (Stage::Recipients { entries, .. }, Action::Up) => {
            let last = entries.len().saturating_sub(1);
            model.pos.selected = model.pos.selected.saturating_sub(1).min(last)
        }
        (Stage::Recipients { entries, .. }, Action::Down) => {
            let last = entries.len().saturating_sub(1);
            model.pos.selected = (model.pos.selected + 1).min(last)
        }
        (Stage::Recipients { entries, next }, Action::Choose) => {
            // A recipient whose words hold no code has nothing more to open than the list says.
            if let Some(explanation) = entries
                .get(model.pos.selected)
                .and_then(|e| e.explanation.clone())
            {
                let next = next.clone();
                model.push_stage(Stage::Explained { explanation, next });
            }
        }
        (Stage::Recipients { .. } | Stage::Target { .. }, _) => {}
        (Stage::Log, Action::Up) => model.pos.selected = model.pos.selected.saturating_sub(1),
        (Stage::Log, Action::Down) => {
            let n = log_groups(model);
            model.pos.selected = (model.pos.selected + 1).min(n.saturating_sub(1));
        }
        (Stage::Log, Action::Choose) => {
            let explanation = model
                .log
                .as_ref()
                .and_then(|l| l.result.as_ref())
                .and_then(|r| r.as_ref().ok())
                .and_then(|s| s.groups.get(model.pos.selected))
                .and_then(|g| g.explanation.clone());
            if let Some(e) = explanation {
                show(model, kb, e);
            }
        }
        (Stage::Log, _) => {}
        (Stage::Advice(answer), Action::Choose) => {
            if let NodeKind::Check { yes, no, .. } = &node.kind {
                let target = if *answer == Answer::Yes { yes } else { no };
                model.go_to(kb, target);
            }
        }
        (Stage::Advice(_), Action::Stop) => model.push_stage(Stage::Summary),
        (Stage::Advice(_), _) => {}
        (Stage::Node | Stage::Unsure, action) => on_node(model, kb, node, action),
    }
}

fn on_explained(model: &mut Model, kb: &Knowledge, action: Action) {
    let options = model.explained_options();
    let chosen = match action {
        Action::Up => {
            model.pos.selected = model.pos.selected.saturating_sub(1);
            None
        }
        Action::Down => {
            model.pos.selected = (model.pos.selected + 1).min(options.len().saturating_sub(1));
            None
        }
        Action::Choose => options.get(model.pos.selected).copied(),
        Action::Pick(n) => n.checked_sub(1).and_then(|i| options.get(i)).copied(),
        _ => None,
    };
    if let (Some(option), Stage::Explained { explanation, next }) = (chosen, &model.pos.stage) {
        let target = match option {
            ExplainedOption::OpenStep => explanation.node.clone(),
            ExplainedOption::GoOn => next.clone(),
        };
        if let Some(target) = target {
            model.go_to(kb, &target);
        }
    }
}

fn on_node(model: &mut Model, kb: &Knowledge, node: &Node, action: Action) {
    match (&node.kind, action) {
        (NodeKind::Choice { options }, Action::Up) => {
            model.pos.selected = model.pos.selected.saturating_sub(1).min(options.len() - 1);
        }
        (NodeKind::Choice { options }, Action::Down) => {
            model.pos.selected = (model.pos.selected + 1).min(options.len() - 1);
        }
        (NodeKind::Choice { options }, Action::Choose) => {
            if let Some(o) = options.get(model.pos.selected) {
                model.go_to(kb, &o.target);
            }
        }
        (NodeKind::Choice { options }, Action::Pick(n)) => {
            if let Some(o) = n.checked_sub(1).and_then(|i| options.get(i)) {
                model.go_to(kb, &o.target);
            }
        }
        // Enter on a check that the user's own paste answered takes that answer.
        (NodeKind::Check { .. }, Action::Choose) => {
            let observed = model.observation(&node.id).map(|o| o.answer);
            if let Some(answer) = observed.or_else(|| model.live.proposal(node)) {
                on_node(model, kb, node, Action::Answer(answer));
            }
        }
        (NodeKind::Check { yes, no, .. }, Action::Answer(answer)) => {
            model.record(answer);
            match answer {
                Answer::Unsure => {
                    if model.pos.stage != Stage::Unsure {
                        model.push_stage(Stage::Unsure);
                    }
                }
                Answer::Yes | Answer::No => {
                    if node.has_advice(answer) {
                        model.push_stage(Stage::Advice(answer));
                    } else {
                        let target = if answer == Answer::Yes { yes } else { no };
                        model.go_to(kb, target);
                    }
                }
            }
        }
        (NodeKind::Step { next }, Action::Choose) => model.go_to(kb, next),
        (NodeKind::Code { next }, Action::Choose) => model.open_lookup(next.clone()),
        (NodeKind::Contact { .. } | NodeKind::Resolution, Action::Choose) => {
            model.push_stage(Stage::Summary)
        }
        _ => {}
    }
}
