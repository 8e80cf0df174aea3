//! The frame around every screen: the header (where the user is, the step, the language) and
//! the footer (the keys of this screen, from the keymap).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::Ui;
use crate::i18n::Msg;
use crate::knowledge::NodeKind;
use crate::present::summary::breadcrumb;
use crate::tui::keymap::{self, Show};
use crate::wizard::{Screen, Stage};

/// " mailwiz › place" on the left, "step n of m · Language" on the right, a line below.
pub fn header(ui: Ui, area: Rect, buf: &mut Buffer) {
    let (model, kb, tr) = (ui.model, ui.kb, ui.tr);
    let node = kb.flow.node(&model.pos.node);
    let mut right = Vec::new();
    if let Some(n) = node
        && let Some(s) = n.scenario
    {
        let steps = kb.flow.steps_of(s);
        if let Some(i) = steps.iter().position(|x| x.id == n.id) {
            right.push(tr.say(Msg::StepOf {
                n: i + 1,
                total: steps.len(),
            }));
        }
    }
    right.push(tr.say(Msg::LanguageName));
    let right = right.join(" · ");
    let crumb = match &model.pos.stage {
        Stage::Summary => tr.say(Msg::SummaryTitle),
        // The lookup opened with `/` away from a code step is a place of its own.
        Stage::Lookup { next: None, .. }
        | Stage::Explained { next: None, .. }
        | Stage::Recipients { next: None, .. }
            if !matches!(node.map(|n| &n.kind), Some(NodeKind::Code { .. })) =>
        {
            kb.flow
                .lookup_node()
                .map(|n| tr.node_title(n))
                .unwrap_or_default()
        }
        _ => breadcrumb(kb, tr, &model.pos.node),
    };
    let left = format!(" mailwiz › {crumb}");
    let width = usize::from(area.width);
    let right_len = right.chars().count() + 1;
    let left = crate::sanitize::truncate(&left, width.saturating_sub(right_len + 1).max(10));
    let pad = width.saturating_sub(left.chars().count() + right_len);
    let line = Line::from(vec![
        Span::styled(left, ui.theme.bold()),
        Span::raw(" ".repeat(pad)),
        Span::raw(right),
        Span::raw(" "),
    ]);
    Paragraph::new(vec![line])
        .block(Block::new().borders(Borders::BOTTOM))
        .render(area, buf);
}

/// The keys of this screen; the number keys say how many options there are (`1–7`).
pub fn footer_text(ui: Ui, screen: Screen) -> String {
    let options = ui.model.option_count(ui.kb);
    keymap::shown(screen)
        .map(|b| {
            let desc = ui.tr.say(b.desc.clone());
            match b.show {
                Show::Range => format!("1–{} {desc}", options.max(1)),
                Show::Label(label) => format!("{label} {desc}"),
                Show::Answer(a) => format!("{} {desc}", ui.tr.answer_key(a)),
                Show::Merged | Show::Hidden => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}
