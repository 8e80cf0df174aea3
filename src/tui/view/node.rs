//! The screens of a flow node: a menu, a check (and its "not sure" and advice), the end of a
//! scenario.

use ratatui::text::{Line, Span};

use super::Ui;
use super::widgets::{Body, answers_line, blank, option_line, text_lines};
use crate::i18n::Msg;
use crate::knowledge::NodeKind;
use crate::wizard::{Screen, Stage};

pub fn body(ui: &Ui, screen: Screen) -> Body {
    // The content in the caller's language; the headings and keys in the agent's.
    let (model, tr, theme) = (ui.model, ui.tr, ui.theme);
    let content = ui.content;
    let Some(node) = ui.kb.flow.node(&model.pos.node) else {
        return Body::default();
    };
    let mut keep = None;
    let mut lines = vec![
        Line::styled(content.node_title(node), theme.bold()),
        blank(),
    ];
    lines.extend(text_lines(&content.node_text(node)));
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
                lines.extend(text_lines(&advice));
            }
            lines.push(blank());
            lines.push(Line::styled(tr.say(Msg::GoOnOrStop), theme.dim()));
        }
        (Screen::Unsure, _, _) => {
            lines.push(Line::styled(tr.say(Msg::UnsureHeading), theme.bold()));
            lines.extend(text_lines(&content.node_unsure(node)));
            lines.push(blank());
            lines.push(answers_line(ui));
        }
        (Screen::Check, _, _) => lines.push(answers_line(ui)),
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
