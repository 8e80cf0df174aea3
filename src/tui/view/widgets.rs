//! Pieces the screens share: the body they fill, option lines, the answer keys, labelled fields.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ui;
use crate::knowledge::flow::Answer;

/// What a screen puts in the body: its lines, scrolled by `scroll`, and lines kept at the bottom
/// whatever the length of the text (the explanation's menu).
#[derive(Default)]
pub struct Body {
    pub lines: Vec<Line<'static>>,
    pub bottom: Vec<Line<'static>>,
    pub scroll: u16,
}

impl Widget for Body {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = if self.bottom.is_empty() {
            area
        } else {
            let height = (self.bottom.len() as u16 + 1).min(area.height / 2);
            let [top, menu] =
                Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(area);
            // One blank line between the text and the menu.
            let menu = Rect {
                y: menu.y + 1,
                height: menu.height.saturating_sub(1),
                ..menu
            };
            Paragraph::new(Text::from(self.bottom))
                .wrap(Wrap { trim: false })
                .render(menu, buf);
            top
        };
        Paragraph::new(Text::from(self.lines))
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0))
            .render(area, buf);
    }
}

pub fn blank() -> Line<'static> {
    Line::from("")
}

/// "› 2. label", reversed when selected.
pub fn option_line(ui: &Ui, i: usize, label: &str, selected: bool) -> Line<'static> {
    let marker = if selected { "› " } else { "  " };
    let text = format!("{marker}{}. {label}", i + 1);
    if selected {
        Line::styled(text, ui.theme.selected())
    } else {
        Line::from(text)
    }
}

/// "[y] Yes   [n] No   [u] Not sure", with the language's own keys ("[t] Tak").
pub fn answers_line(ui: &Ui) -> Line<'static> {
    let (tr, bold) = (ui.tr, ui.theme.bold());
    let mut spans = Vec::new();
    for a in [Answer::Yes, Answer::No, Answer::Unsure] {
        if !spans.is_empty() {
            spans.push(Span::raw("   "));
        }
        spans.push(Span::styled(format!("[{}] ", tr.answer_key(a)), bold));
        spans.push(Span::raw(tr.answer(a)));
    }
    Line::from(spans)
}

/// "Label: value", the label bold.
pub fn field(ui: &Ui, label: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{label}: "), ui.theme.bold()),
        Span::raw(value),
    ])
}
