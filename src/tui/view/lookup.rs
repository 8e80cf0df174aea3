//! The code lookup: the prompt, the input line, and the results of the search filling the rest
//! of the body, scrolled to keep the selection visible.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Ui;
use super::widgets::{Body, blank};
use crate::i18n::Msg;
use crate::knowledge::NodeKind;
use crate::present::explanation::Words;
use crate::search::Listing;
use crate::wizard::Stage;

/// Room before a result's text: the marker and the code, padded.
const CODE_COLUMN: usize = 8;
const TEXT_INDENT: usize = 2 + CODE_COLUMN;

pub fn body(ui: &Ui, area: Rect) -> Body {
    let (model, kb, tr, theme) = (ui.model, ui.kb, ui.tr, ui.theme);
    let Stage::Lookup { input, error, next } = &model.pos.stage else {
        return Body::default();
    };
    // A code step asks in its own words; the lookup opened with `/` in the lookup's.
    let node = kb.flow.node(&model.pos.node);
    let prompt_node = match node {
        Some(n) if matches!(n.kind, NodeKind::Code { .. }) && next.is_some() => Some(n),
        _ => kb.flow.lookup_node().or(node),
    };
    let mut lines = Vec::new();
    if let Some(n) = prompt_node {
        lines.push(Line::styled(tr.node_title(n), theme.bold()));
        lines.push(Line::from(tr.node_text(n)));
    }
    // Show the end of a long input, which is where the cursor is, as much as fits in columns.
    let room = usize::from(area.width).saturating_sub(4).max(1);
    let mut used = 0;
    let mut tail: Vec<char> = input
        .chars()
        .rev()
        .take_while(|c| {
            used += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
            used <= room
        })
        .collect();
    tail.reverse();
    let shown: String = tail.into_iter().collect();
    lines.push(Line::from(vec![
        Span::styled("> ", theme.bold()),
        Span::raw(shown),
        Span::styled("█", theme.bold()),
    ]));
    if *error {
        let shown = crate::sanitize::truncate(input, 40);
        lines.push(Line::styled(
            tr.say(Msg::CodeNotRecognised { input: shown }),
            theme.error(),
        ));
    } else {
        lines.push(Line::styled(tr.say(Msg::InputHint), theme.dim()));
    }
    lines.push(blank());
    // The results fill the rest of the screen, scrolled to keep the selection visible.
    let width = usize::from(area.width.max(1));
    let used: usize = lines.iter().map(|l| l.width().max(1).div_ceil(width)).sum();
    let rows = usize::from(area.height).saturating_sub(used);
    let listing = ui.index.map(|i| Listing::new(kb, i, input));
    let results = listing
        .as_ref()
        .map(|l| result_lines(ui, l, input.trim().is_empty(), width))
        .unwrap_or_default();
    let selected_row = results.iter().position(|(sel, _)| *sel).unwrap_or(0);
    let first = (selected_row + 1).saturating_sub(rows);
    let empty = results.is_empty();
    lines.extend(results.into_iter().skip(first).take(rows).map(|(_, l)| l));
    if empty && !input.trim().is_empty() && !*error {
        lines.push(Line::styled(tr.say(Msg::SearchNoMatch), theme.dim()));
    }
    Body {
        lines,
        ..Body::default()
    }
}

/// The rows, one a line (with class headings for the whole catalogue), each with whether it is
/// the selected one: the typed reply line first, headed by its code and its headline, then the
/// results.
fn result_lines(
    ui: &Ui,
    listing: &Listing,
    grouped: bool,
    width: usize,
) -> Vec<(bool, Line<'static>)> {
    let theme = ui.theme;
    let selected = listing.row(ui.model.pos.selected).unwrap_or(0);
    let line_row = listing.line.as_ref().map(|e| {
        let words = Words::of(e, ui.kb, ui.tr);
        let label = match (e.code, e.enhanced) {
            (Some(c), _) => c.to_string(),
            (None, Some(x)) => x.to_string(),
            (None, None) => String::new(),
        };
        (label, e.class, words.summary)
    });
    let rows = line_row
        .iter()
        .map(|(label, class, text)| (label.as_str(), *class, text.as_str(), &[][..]));
    let hits = listing.hits.iter().map(|h| {
        (
            h.label.as_str(),
            h.class,
            h.text.as_str(),
            h.highlights.as_slice(),
        )
    });
    let mut out = Vec::new();
    let mut class = None;
    for (i, (label, row_class, text, highlights)) in rows.chain(hits).enumerate() {
        if grouped && class != Some(row_class) {
            class = Some(row_class);
            out.push((
                false,
                Line::styled(ui.tr.class_name(row_class), theme.bold()),
            ));
        }
        let is_selected = i == selected;
        let marker = if is_selected { "› " } else { "  " };
        let mut spans = vec![
            Span::raw(marker),
            Span::styled(format!("{label:<CODE_COLUMN$}"), theme.class(row_class)),
        ];
        // The text, cut to the width with an ellipsis, with the matched words marked.
        let total = text.chars().count();
        let room = width.saturating_sub(TEXT_INDENT);
        let cut = total > room;
        let room = if cut { room.saturating_sub(1) } else { room };
        let mut at = 0;
        let mut shown = 0;
        for r in highlights.iter().chain([&(text.len()..text.len())]) {
            for (part, style) in [
                (&text[at..r.start], Style::new()),
                (&text[r.start..r.end], theme.highlight()),
            ] {
                let take: String = part.chars().take(room.saturating_sub(shown)).collect();
                shown += take.chars().count();
                if !take.is_empty() {
                    spans.push(Span::styled(take, style));
                }
            }
            at = r.end;
        }
        if cut {
            spans.push(Span::raw("…"));
        }
        let mut line = Line::from(spans);
        if is_selected {
            line = line.style(theme.selected());
        }
        out.push((is_selected, line));
    }
    out
}
