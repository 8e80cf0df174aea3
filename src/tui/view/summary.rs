//! The summary of the session, scrolled by ↑↓.

use ratatui::text::Line;

use super::Ui;
use super::widgets::Body;
use crate::present::summary;

pub fn body(ui: &Ui) -> Body {
    let text = summary::text(ui.model, ui.kb, ui.tr);
    Body {
        lines: text.lines().map(|l| Line::from(l.to_string())).collect(),
        scroll: ui.model.pos.scroll,
        ..Body::default()
    }
}
