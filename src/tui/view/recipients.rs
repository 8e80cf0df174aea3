//! The recipients of a pasted bounce: how many failed, then each with its reason; Enter opens
//! one's explanation.

use ratatui::text::Line;

use super::Ui;
use super::widgets::{Body, blank, option_line};
use crate::i18n::Msg;
use crate::wizard::Stage;

pub fn body(ui: &Ui) -> Body {
    let (model, tr, theme) = (ui.model, ui.content, ui.theme);
    let Stage::Recipients { entries, .. } = &model.pos.stage else {
        return Body::default();
    };
    let failed = entries.iter().filter(|e| e.failed).count();
    let mut lines = vec![
        Line::styled(
            tr.say(Msg::RecipientsFailed { count: failed }),
            theme.bold(),
        ),
        blank(),
    ];
    for (i, e) in entries.iter().enumerate() {
        let label = format!(
            "{} · {} ({})",
            e.address,
            tr.reason(e.reason),
            e.reason.as_str()
        );
        lines.push(option_line(ui, i, &label, i == model.pos.selected));
    }
    Body {
        lines,
        ..Body::default()
    }
}
