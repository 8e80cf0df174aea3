//! The help overlay: every key of this screen with what it does, from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::Ui;
use crate::i18n::Msg;
use crate::tui::keymap::{self, Show};
use crate::wizard::Screen;

pub fn overlay(ui: Ui, screen: Screen, area: Rect, buf: &mut Buffer) {
    let options = ui.model.option_count(ui.kb);
    let rows: Vec<(String, String)> = keymap::in_help(screen)
        .filter(|b| b.offered(ui.model, ui.kb))
        .map(|b| {
            let label = match b.show {
                Show::Label(l) | Show::HelpOnly(l) => l.to_string(),
                Show::Answer(a) => ui.tr.answer_key(a).to_string(),
                Show::Range => format!("1–{}", options.max(1)),
                Show::Merged | Show::Hidden => String::new(),
            };
            (label, ui.tr.say(b.desc.clone()))
        })
        .collect();
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(1);
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|(key, desc)| {
            Line::from(vec![
                Span::styled(format!("{key:<key_width$}  "), ui.theme.bold()),
                Span::raw(desc),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::styled(ui.tr.say(Msg::HelpClose), ui.theme.dim()));
    let width = area.width.saturating_sub(4).min(60);
    // A long row wraps (Lithuanian's closing sentence does at 60): the box has room for all.
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| textwrap::wrap(&l.to_string(), inner).len().max(1))
        .sum();
    let height = u16::try_from(rows + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let popup = super::widgets::centered(area, width, height);
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(format!(" {} ", ui.tr.say(Msg::HelpTitle))))
        .render(popup, buf);
}

/// The language picker: the five languages, each in its own name, chosen by its digit; for the
/// caller one more, "the same as the screen".
pub fn picker(ui: Ui, picker: crate::wizard::Picker, area: Rect, buf: &mut Buffer) {
    use crate::i18n::Lang;
    use crate::wizard::Picker;
    let mut lines: Vec<Line> = Lang::ALL
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            // Each language in its own name, from the bundles already loaded.
            let name = ui.tr.in_lang(*lang).say(Msg::LanguageName);
            let current = match picker {
                Picker::Screen => *lang == ui.model.lang,
                Picker::Caller => Some(*lang) == ui.model.caller,
            };
            let marker = if current { "› " } else { "  " };
            Line::from(vec![
                Span::styled(format!("{marker}{}.", i + 1), ui.theme.bold()),
                Span::raw(format!(" {name}")),
            ])
        })
        .collect();
    if picker == Picker::Caller {
        let marker = if ui.model.caller.is_none() {
            "› "
        } else {
            "  "
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{marker}{}.", Lang::ALL.len() + 1), ui.theme.bold()),
            Span::raw(format!(" {}", ui.tr.say(Msg::PickerSame))),
        ]));
    }
    let title = ui.tr.say(match picker {
        Picker::Screen => Msg::PickerScreen,
        Picker::Caller => Msg::PickerCaller,
    });
    let width = lines
        .iter()
        .map(Line::width)
        .chain([title.chars().count() + 2])
        .max()
        .unwrap_or(10) as u16
        + 4;
    let height = lines.len() as u16 + 2;
    let rect = super::widgets::centered(area, width, height);
    Clear.render(rect, buf);
    Paragraph::new(lines)
        .block(Block::bordered().title(format!(" {title} ")))
        .render(rect, buf);
}
