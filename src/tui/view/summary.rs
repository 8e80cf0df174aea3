//! The summary of the session, scrolled by ↑↓; after `c`, the confirmation that it was sent to
//! the clipboard and what to do when the terminal ignores OSC 52, kept in view under the text.

use ratatui::text::Line;

use super::Ui;
use super::widgets::{Body, text_lines};
use crate::i18n::Msg;
use crate::present::summary;

pub fn body(ui: &Ui) -> Body {
    let text = summary::text(ui.model, ui.kb, ui.tr);
    let bottom = if ui.model.copied {
        let mut lines = vec![Line::styled(ui.tr.say(Msg::SummaryCopied), ui.theme.bold())];
        lines.extend(text_lines(&ui.tr.say(Msg::SummaryCopyHelp)));
        lines
    } else {
        Vec::new()
    };
    Body {
        lines: text.lines().map(|l| Line::from(l.to_string())).collect(),
        bottom,
        ..Body::default()
    }
}
