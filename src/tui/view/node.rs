//! The screens of a flow node: a menu, a check (and its "not sure" and advice), the end of a
//! scenario.

use ratatui::text::{Line, Span};

use super::Ui;
use super::widgets::{Body, answers_line, blank, option_line, text_lines};
use crate::i18n::Msg;
use crate::knowledge::NodeKind;
use crate::knowledge::flow::About;
use crate::present::known::Known;
use crate::wizard::Evidence;
use crate::wizard::{Screen, Stage};

pub fn body(ui: &Ui, screen: Screen) -> Body {
    // The content in the caller's language; the headings and keys in the agent's.
    let (model, tr, theme) = (ui.model, ui.tr, ui.theme);
    let content = ui.content;
    // The commands of the hints, with what the user already gave (the IP of a pasted reply).
    let known = Known::of(model);
    let text = |t: String| -> Vec<Line<'static>> {
        text_lines(&t)
            .into_iter()
            .map(|l| {
                if l.alignment.is_some() {
                    let filled = known.fill(&l.to_string());
                    Line::from(filled).alignment(l.alignment.unwrap_or_default())
                } else {
                    l
                }
            })
            .collect()
    };
    let Some(node) = ui.kb.flow.node(&model.pos.node) else {
        return Body::default();
    };
    let mut keep = None;
    let mut lines = vec![
        Line::styled(content.node_title(node), theme.bold()),
        blank(),
    ];
    lines.extend(text(content.node_text(node)));
    lines.push(blank());
    match (screen, &node.kind, &model.pos.stage) {
        (Screen::Menu, NodeKind::Choice { options }, _) => {
            for (i, o) in options.iter().enumerate() {
                let label = content.option_label(o);
                if i == model.pos.selected {
                    keep = Some(lines.len());
                }
                lines.push(option_line(ui, i, &label, i == model.pos.selected));
            }
        }
        (Screen::Advice, _, Stage::Advice(answer)) => {
            lines.push(Line::from(vec![
                Span::styled("» ", theme.bold()),
                Span::raw(content.answer(*answer)),
            ]));
            lines.push(blank());
            lines.push(Line::styled(tr.say(Msg::AdviceHeading), theme.bold()));
            if let Some(advice) = content.node_advice(node, *answer) {
                lines.extend(text(advice));
            }
            lines.push(blank());
            lines.push(Line::styled(tr.say(Msg::GoOnOrStop), theme.dim()));
        }
        (Screen::Unsure, _, _) => {
            lines.push(Line::styled(tr.say(Msg::UnsureHeading), theme.bold()));
            lines.extend(text(content.node_unsure(node)));
            lines.push(blank());
            observed(ui, &mut lines);
            lines.push(answers_line(ui));
        }
        (Screen::Check, _, _) => {
            observed(ui, &mut lines);
            lines.push(answers_line(ui));
        }
        (Screen::End, NodeKind::Contact { items }, _) => {
            for item in items {
                lines.push(Line::from(format!("[ ] {}", content.gather(item))));
            }
            lines.push(blank());
            lines.push(Line::styled(tr.say(Msg::EndOfScenario), theme.dim()));
        }
        (Screen::End, _, _) => {
            lines.push(Line::styled(tr.say(Msg::Resolved), theme.solved()));
            lines.push(blank());
            lines.push(Line::styled(tr.say(Msg::EndOfScenario), theme.dim()));
        }
        _ => {}
    }
    Body {
        lines,
        keep,
        ..Body::default()
    }
}

/// What the user's own paste already answered on this check: the answer, its evidence, and that
/// Enter takes it (the keys still answer otherwise).
fn observed(ui: &Ui, lines: &mut Vec<Line<'static>>) {
    live(ui, lines);
    log_hint(ui, lines);
    let Some(o) = ui.model.observation(&ui.model.pos.node) else {
        return;
    };
    let answer = ui.content.answer(o.answer);
    let head = match o.source {
        Evidence::Reply => ui.content.say(Msg::Observed { answer }),
        Evidence::Log => ui.content.say(Msg::ObservedLog { answer }),
    };
    lines.push(Line::from(vec![
        Span::styled("» ", ui.theme.bold()),
        Span::styled(head, ui.theme.bold()),
    ]));
    match o.source {
        Evidence::Reply => lines.push(Line::from(format!("  {}", o.detail))),
        Evidence::Log => log_evidence(ui, lines),
    }
    lines.push(Line::styled(ui.tr.say(Msg::ObservedTake), ui.theme.dim()));
    lines.push(blank());
}

/// What the live checks found for this check: looking, then each finding with its evidence, and
/// the answer they propose. The caller's language for the content, as for the question.
fn live(ui: &Ui, lines: &mut Vec<Line<'static>>) {
    let Some(node) = ui.kb.flow.node(&ui.model.pos.node) else {
        return;
    };
    // Nothing named what to look at: say how to give it.
    if let Some(about) = ui.model.live.missing(node) {
        let ask = match about {
            About::Ip => Msg::LiveAskIp,
            About::Recipient | About::RecipientMx => Msg::LiveAskRecipient,
            _ => Msg::LiveAskDomain,
        };
        lines.push(Line::styled(ui.content.say(ask), ui.theme.dim()));
        lines.push(blank());
        return;
    }
    let Some(run) = ui.model.live.run_for(node) else {
        return;
    };
    let target = run.target.clone();
    let proposal = ui.model.live.proposal(node);
    let evidence_only = node.probe().is_some_and(|p| !p.about.answers());
    let head = match (proposal, run.done) {
        _ if evidence_only => ui.content.say(Msg::LiveEvidence { target }),
        (Some(answer), _) => ui.content.say(Msg::LiveProposal {
            target,
            answer: ui.content.answer(answer),
        }),
        (None, false) => ui.content.say(Msg::LiveLooking { target }),
        (None, true) => ui.content.say(Msg::LiveNoProposal { target }),
    };
    // While the lookup goes on, a spinner turns in place of the mark.
    let mark = if run.done {
        "» ".to_string()
    } else {
        const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
        format!("{} ", FRAMES[ui.model.live.spin % FRAMES.len()])
    };
    lines.push(Line::from(vec![
        Span::styled(mark, ui.theme.bold()),
        Span::styled(head, ui.theme.bold()),
    ]));
    for f in ui.model.live.findings_for(node) {
        let status = ui.content.say(f.status.label());
        lines.push(Line::from(format!(
            "  {status}: {}",
            f.summary(&ui.content)
        )));
        for e in f.evidence.iter().take(4) {
            lines.push(Line::styled(format!("    {e}"), ui.theme.dim()));
        }
    }
    if proposal.is_some() && ui.model.observation(&node.id).is_none() {
        lines.push(Line::styled(ui.tr.say(Msg::ObservedTake), ui.theme.dim()));
    } else if !run.done && !evidence_only {
        lines.push(Line::styled(ui.tr.say(Msg::LiveCancel), ui.theme.dim()));
    }
    // A DKIM step: how to look up a selector the profile does not name.
    if run.done && ui.model.live.field(node) == Some(crate::wizard::live::Field::DkimSelector) {
        lines.push(Line::styled(
            ui.content.say(Msg::LiveAskDkimSelector),
            ui.theme.dim(),
        ));
    }
    lines.push(blank());
}

/// On a check the mail log answers: how to read it, while it has not been read.
fn log_hint(ui: &Ui, lines: &mut Vec<Line<'static>>) {
    let Some(node) = ui.kb.flow.node(&ui.model.pos.node) else {
        return;
    };
    let Some(path) = ui.model.log_path.clone().filter(|_| node.reads_log()) else {
        return;
    };
    let read = ui
        .model
        .log
        .as_ref()
        .is_some_and(|l| l.node == node.id && matches!(l.result, Some(Ok(_))));
    if !read {
        lines.push(Line::styled(
            ui.content.say(Msg::LiveAskLog { path }),
            ui.theme.dim(),
        ));
        lines.push(blank());
    }
}

/// What the mail log said, for the check it answered: the counts and the largest cause.
fn log_evidence(ui: &Ui, lines: &mut Vec<Line<'static>>) {
    let Some(Ok(s)) = ui.model.log.as_ref().and_then(|l| l.result.as_ref()) else {
        return;
    };
    let t = &s.totals;
    lines.push(Line::from(format!(
        "  {}",
        ui.content.say(Msg::LogsCounts {
            sent: t.sent as usize,
            deferred: t.deferred as usize,
            bounced: t.bounced as usize,
            expired: t.expired as usize,
            rejected: t.rejected as usize,
        })
    )));
    if let Some(g) = s.groups.first() {
        let stamp = |x: Option<i64>| x.map(crate::maillog::time::format).unwrap_or_default();
        lines.push(Line::from(format!(
            "  {}",
            ui.content.say(Msg::LogsGroup {
                delivery: ui
                    .content
                    .say(crate::cli::logs::delivery_msg(g.key.delivery)),
                count: g.count as usize,
                recipients: g.recipients,
                domains: g.domains,
                first: stamp(g.first),
                last: stamp(g.last),
            })
        )));
        if let Some(e) = &g.explanation {
            let w = crate::present::explanation::Words::of(e, ui.kb, ui.content);
            lines.push(Line::from(format!("    {}", w.lead(" · "))));
        }
    }
}
