//! Pieces the screens share: the body they fill, option lines, the answer keys, labelled fields.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Stylize;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::Ui;
use crate::knowledge::flow::Answer;
use crate::wizard::Room;

/// What a screen puts in the body: its lines, scrolled by `scroll`, and lines kept at the bottom
/// whatever the length of the text (the explanation's menu). Lines are wrapped here, each
/// continuation under the text of its line (a hanging indent), so the body knows its height: what
/// does not fit scrolls, the last row then says that more follows, and the line named by `keep`
/// (a menu's selected option) is always in view.
#[derive(Default)]
pub struct Body {
    pub lines: Vec<Line<'static>>,
    pub bottom: Vec<Line<'static>>,
    pub scroll: u16,
    /// The line of `lines` that must be in view.
    pub keep: Option<usize>,
    /// The line of `bottom` that must be in view.
    pub keep_bottom: Option<usize>,
    /// The marker on the last row when more follows below ("▼ more: PgDn").
    pub more: String,
}

/// Rows of wrapped text, and the first row of each line.
struct Rows {
    rows: Vec<Line<'static>>,
    starts: Vec<usize>,
}

fn wrap_all(lines: &[Line<'static>], width: usize) -> Rows {
    let mut rows = Vec::new();
    let mut starts = Vec::new();
    for line in lines {
        starts.push(rows.len());
        rows.extend(wrap(line, width));
    }
    Rows { rows, starts }
}

/// The offset that shows `keep` (its first row at least) and stays within `0..=max`.
fn offset(scroll: usize, keep: Option<(usize, usize)>, height: usize, max: usize) -> usize {
    let mut at = scroll.min(max);
    if let Some((first, last)) = keep {
        let last = last.min(first + height.saturating_sub(1));
        if last >= at + height {
            at = last + 1 - height;
        }
        if first < at {
            at = first;
        }
    }
    at.min(max)
}

impl Body {
    /// The area of the scrolled text and of the bottom lines, in `area`.
    fn split(&self, area: Rect) -> (Rect, Option<Rect>) {
        if self.bottom.is_empty() {
            return (area, None);
        }
        let width = usize::from(area.width);
        let wanted = wrap_all(&self.bottom, width).rows.len() as u16 + 1;
        let height = wanted.min(area.height / 2);
        let [top, menu] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(area);
        // One blank line between the text and the menu.
        let menu = Rect {
            y: menu.y + 1,
            height: menu.height.saturating_sub(1),
            ..menu
        };
        (top, Some(menu))
    }

    /// How far the text scrolls in `area`: with the marker's row taken when it does not fit.
    pub fn room(&self, area: Rect) -> Room {
        let (top, _) = self.split(area);
        let rows = wrap_all(&self.lines, usize::from(top.width)).rows.len();
        let height = usize::from(top.height);
        let (page, max) = if rows > height {
            let shown = height.saturating_sub(1).max(1);
            (shown, rows - shown)
        } else {
            (height.max(1), 0)
        };
        Room {
            page: u16::try_from(page).unwrap_or(u16::MAX),
            max: u16::try_from(max).unwrap_or(u16::MAX),
        }
    }
}

impl Widget for Body {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (top, menu) = self.split(area);
        if let Some(menu) = menu {
            let width = usize::from(menu.width);
            let wrapped = wrap_all(&self.bottom, width);
            let height = usize::from(menu.height);
            let keep = self.keep_bottom.and_then(|i| span_of(&wrapped, i));
            let max = wrapped.rows.len().saturating_sub(height);
            let at = offset(0, keep, height, max);
            let shown: Vec<Line> = wrapped.rows.into_iter().skip(at).take(height).collect();
            Paragraph::new(Text::from(shown)).render(menu, buf);
        }
        let width = usize::from(top.width);
        let height = usize::from(top.height);
        let wrapped = wrap_all(&self.lines, width);
        let total = wrapped.rows.len();
        let overflow = total > height;
        let shown_height = if overflow {
            height.saturating_sub(1).max(1)
        } else {
            height
        };
        let max = total.saturating_sub(shown_height);
        let keep = self.keep.and_then(|i| span_of(&wrapped, i));
        let at = offset(usize::from(self.scroll), keep, shown_height, max);
        let mut shown: Vec<Line> = wrapped
            .rows
            .into_iter()
            .skip(at)
            .take(shown_height)
            .collect();
        if overflow && at + shown_height < total && height > 1 {
            let pad = width.saturating_sub(self.more.width());
            shown.push(Line::from(format!("{}{}", " ".repeat(pad), self.more)).dim());
        }
        Paragraph::new(Text::from(shown)).render(top, buf);
    }
}

/// The rows of line `i`: its first and last.
fn span_of(w: &Rows, i: usize) -> Option<(usize, usize)> {
    let first = *w.starts.get(i)?;
    let last = w
        .starts
        .get(i + 1)
        .map_or(w.rows.len(), |next| *next)
        .saturating_sub(1)
        .max(first);
    Some((first, last))
}

/// How far a wrapped line's continuation rows are indented: under the text after a list marker
/// ("› 2. ", "- ", "[ ] "), after the leading spaces, or two columns for a "Label: value" field.
fn hanging_indent(line: &Line) -> usize {
    const MARKERS: [&str; 6] = ["› ", "» ", "- ", "• ", "[ ] ", "[x] "];
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let marker = MARKERS
        .iter()
        .find(|m| rest.starts_with(**m))
        .copied()
        .unwrap_or("");
    let rest = &rest[marker.len()..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let number = if digits > 0 && rest[digits..].starts_with(". ") {
        digits + 2
    } else {
        0
    };
    let field = line.spans.len() > 1 && line.spans[0].content.ends_with(": ");
    let indent = text[..lead].width() + marker.width() + number;
    if indent == 0 && field { 2 } else { indent }
}

/// A text of several lines (a Fluent message with line breaks) as lines. A line that starts with
/// spaces after the first is a command to copy ("  dig MX example.com"): it is marked to be laid
/// out as it is, never broken (an explicit left alignment).
pub fn text_lines(text: &str) -> Vec<Line<'static>> {
    text.split('\n')
        .enumerate()
        .map(|(i, l)| {
            let line = Line::from(l.to_string());
            if i > 0 && l.starts_with(' ') {
                line.alignment(Alignment::Left)
            } else {
                line
            }
        })
        .collect()
}

/// One line as rows of at most `width` columns, broken between words, the continuations under the
/// text (see [`hanging_indent`]). A command (see [`text_lines`]) is never broken.
pub fn wrap(line: &Line<'static>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    if line.alignment == Some(Alignment::Left) || line.width() <= width {
        return vec![line.clone()];
    }
    let indent = hanging_indent(line).min(width / 2);
    fill(line, width, indent)
}

/// Greedy filling of words into rows.
fn fill(line: &Line<'static>, width: usize, indent: usize) -> Vec<Line<'static>> {
    let mut rows: Vec<Line<'static>> = Vec::new();
    let mut row: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let new_row = |rows: &mut Vec<Line<'static>>, row: &mut Vec<Span<'static>>| {
        rows.push(Line::from(std::mem::take(row)).style(line.style));
        row.push(Span::raw(" ".repeat(indent)));
    };
    for span in &line.spans {
        // Words with the spaces before them, so that a row can end before a space.
        let mut words: Vec<String> = Vec::new();
        for (i, w) in span.content.split(' ').enumerate() {
            if i == 0 {
                words.push(w.to_string());
            } else {
                words.push(format!(" {w}"));
            }
        }
        for mut word in words {
            if used + word.width() > width && used > indent {
                new_row(&mut rows, &mut row);
                used = indent;
                word = word.trim_start_matches(' ').to_string();
            }
            push_word(
                &mut rows, &mut row, &mut used, &word, span.style, width, indent, line,
            );
        }
    }
    rows.push(Line::from(row).style(line.style));
    rows
}

/// A word into the row, cut into pieces of the row's width when it is longer than a row.
#[allow(clippy::too_many_arguments)]
fn push_word(
    rows: &mut Vec<Line<'static>>,
    row: &mut Vec<Span<'static>>,
    used: &mut usize,
    word: &str,
    style: ratatui::style::Style,
    width: usize,
    indent: usize,
    line: &Line<'static>,
) {
    let mut rest = word;
    loop {
        let room = width.saturating_sub(*used).max(1);
        if rest.width() <= room {
            *used += rest.width();
            row.push(Span::styled(rest.to_string(), style));
            return;
        }
        let mut cut = 0;
        let mut w = 0;
        for (i, c) in rest.char_indices() {
            let cw = c.width().unwrap_or(0);
            if w + cw > room {
                break;
            }
            w += cw;
            cut = i + c.len_utf8();
        }
        if cut == 0 {
            cut = rest.chars().next().map_or(rest.len(), char::len_utf8);
        }
        row.push(Span::styled(rest[..cut].to_string(), style));
        rows.push(Line::from(std::mem::take(row)).style(line.style));
        row.push(Span::raw(" ".repeat(indent)));
        *used = indent;
        rest = &rest[cut..];
        if rest.is_empty() {
            return;
        }
    }
}

/// A box of `width` by `height` in the middle of `area`, within it: where an overlay goes.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

pub fn blank() -> Line<'static> {
    Line::from("")
}

/// "› 2. label", the marker and the number reversed when selected. Only they change when the
/// selection moves, so one ↓ redraws a few cells, not two whole lines.
pub fn option_line(ui: &Ui, i: usize, label: &str, selected: bool) -> Line<'static> {
    let (marker, style) = if selected {
        (
            "› ",
            ui.theme
                .selected()
                .add_modifier(ratatui::style::Modifier::BOLD),
        )
    } else {
        ("  ", ratatui::style::Style::new())
    };
    Line::from(vec![
        Span::styled(format!("{marker}{}.", i + 1), style),
        Span::raw(format!(" {label}")),
    ])
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

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Line]) -> Vec<String> {
        rows.iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn a_wrapped_option_or_item_continues_under_its_text() {
        let rows = wrap(
            &Line::from("› 5. Sending from a virtual or dedicated server"),
            24,
        );
        assert_eq!(
            texts(&rows),
            [
                "› 5. Sending from a",
                "     virtual or",
                "     dedicated server"
            ]
        );
        let rows = wrap(
            &Line::from("  - A message went missing › Bounce received: Yes"),
            30,
        );
        assert_eq!(texts(&rows)[1], "    Bounce received: Yes");
        let rows = wrap(&Line::from("[ ] The exact text of the error message"), 20);
        assert!(texts(&rows)[1..].iter().all(|r| r.starts_with("    ")));
    }

    #[test]
    fn a_field_continues_two_columns_in_and_a_command_is_never_broken() {
        let field = Line::from(vec![
            Span::raw("What to do: "),
            Span::raw("Check the address and send the message again."),
        ]);
        let rows = texts(&wrap(&field, 30));
        assert!(rows.len() > 1 && rows[1..].iter().all(|r| r.starts_with("  ")));
        let hint = text_lines("Look up the records:\n  dig MX a-rather-long-domain.example.com");
        let rows: Vec<String> = hint.iter().flat_map(|l| texts(&wrap(l, 24))).collect();
        assert_eq!(
            rows,
            [
                "Look up the records:",
                "  dig MX a-rather-long-domain.example.com"
            ]
        );
    }

    #[test]
    fn a_word_longer_than_the_row_is_cut_and_nothing_is_lost() {
        let long = "x".repeat(50);
        let rows = texts(&wrap(&Line::from(long.clone()), 20));
        assert_eq!(rows.concat().replace(' ', ""), long);
        assert!(rows.iter().all(|r| r.chars().count() <= 20));
    }

    fn rendered(body: Body, width: u16, height: u16) -> Vec<String> {
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        body.render(area, &mut buf);
        (0..height)
            .map(|y| {
                (0..width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    fn numbered(n: usize) -> Vec<Line<'static>> {
        (1..=n).map(|i| Line::from(format!("line {i}"))).collect()
    }

    #[test]
    fn the_marker_shows_exactly_while_more_follows() {
        let body = |scroll| Body {
            lines: numbered(10),
            scroll,
            more: "more".into(),
            ..Body::default()
        };
        let top = rendered(body(0), 20, 4);
        assert_eq!(top, ["line 1", "line 2", "line 3", "                more"]);
        assert_eq!(body(0).room(Rect::new(0, 0, 20, 4)).max, 7);
        // The last page: no marker; scrolling further stays there.
        assert_eq!(
            rendered(body(7), 20, 4),
            ["line 8", "line 9", "line 10", ""]
        );
        assert_eq!(
            rendered(body(99), 20, 4),
            ["line 8", "line 9", "line 10", ""]
        );
        // A text that fits has no marker and nothing to scroll.
        let fits = Body {
            lines: numbered(3),
            more: "more".into(),
            ..Body::default()
        };
        assert_eq!(fits.room(Rect::new(0, 0, 20, 4)).max, 0);
        assert!(!rendered(fits, 20, 4).concat().contains("more"));
    }

    #[test]
    fn the_kept_line_is_always_in_view() {
        let body = Body {
            lines: numbered(10),
            keep: Some(8),
            more: "more".into(),
            ..Body::default()
        };
        let shown = rendered(body, 20, 4);
        assert!(shown.contains(&"line 9".to_string()), "{shown:?}");
    }
}
