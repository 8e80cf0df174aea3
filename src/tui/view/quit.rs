//! The question before quitting a session with answers: quit?, where the summary goes, and the
//! keys (the language's yes and no, Esc to stay).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget, Wrap};

use super::Ui;
use crate::i18n::Msg;
use crate::knowledge::flow::Answer;
use crate::wizard::SummaryTarget;

/// The keys of the question, for the footer: yes, no and Esc, in the language's letters.
pub fn footer_items(ui: Ui) -> Vec<(String, bool)> {
    let tr = ui.tr;
    vec![
        (
            format!("{} {}", tr.answer_key(Answer::Yes), tr.say(Msg::HelpYes)),
            true,
        ),
        (
            format!("{} {}", tr.answer_key(Answer::No), tr.say(Msg::HelpNo)),
            true,
        ),
        (format!("Esc {}", tr.say(Msg::HelpBack)), true),
    ]
}

pub fn overlay(ui: Ui, area: Rect, buf: &mut Buffer) {
    let (tr, bold) = (ui.tr, ui.theme.bold());
    let whereto = match &ui.model.session.summary_to {
        SummaryTarget::File(file) => tr.say(Msg::QuitSummaryFile {
            file: crate::sanitize::truncate(&crate::sanitize::clean(file, false), 200),
        }),
        SummaryTarget::Stdout => tr.say(Msg::QuitSummaryStdout),
        SummaryTarget::Nowhere => tr.say(Msg::QuitSummaryNowhere),
    };
    let mut keys = Vec::new();
    for a in [Answer::Yes, Answer::No] {
        keys.push(Span::styled(format!("[{}] ", tr.answer_key(a)), bold));
        keys.push(Span::raw(format!("{}   ", tr.answer(a))));
    }
    keys.push(Span::styled("Esc ", bold));
    keys.push(Span::raw(tr.say(Msg::HelpBack)));
    let lines = vec![
        Line::styled(tr.say(Msg::QuitQuestion), bold),
        Line::from(whereto),
        Line::from(""),
        Line::from(keys),
    ];
    let width = area.width.saturating_sub(4).min(60);
    // The text wraps inside the borders and a column of padding on each side: room for what it
    // needs, as far as the window goes.
    let inner = usize::from(width.saturating_sub(4)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            textwrap::wrap(&text, inner).len().max(1)
        })
        .sum();
    let height = (rows as u16 + 2).min(area.height.saturating_sub(2));
    let popup = super::widgets::centered(area, width, height);
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .padding(Padding::horizontal(1))
                .title(format!(" {} ", tr.say(Msg::QuitTitle))),
        )
        .render(popup, buf);
}
