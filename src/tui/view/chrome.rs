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
    if let Some(caller) = model.caller {
        right.push(tr.say(Msg::CallerLanguage {
            language: ui.content.say(Msg::LanguageName),
        }));
        debug_assert_eq!(ui.content.lang(), caller);
    }
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
        _ => String::new(),
    };
    let width = usize::from(area.width);
    let right_len = right.chars().count() + 1;
    let room = width.saturating_sub(right_len + 2).max(10);
    let left = if crumb.is_empty() {
        fitted_crumb(ui, room)
    } else {
        crate::sanitize::truncate(&format!(" mailwiz › {crumb}"), room)
    };
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

/// " mailwiz › scenario › step" in `room` characters: the scenario's name is shortened first, so
/// that the step's title, which says where the user is, stays whole as long as it can.
fn fitted_crumb(ui: Ui, room: usize) -> String {
    let (kb, tr) = (ui.kb, ui.tr);
    let Some(node) = kb.flow.node(&ui.model.pos.node) else {
        return " mailwiz".to_string();
    };
    let title = tr.node_title(node);
    let whole = format!(" mailwiz › {}", breadcrumb(kb, tr, &node.id));
    let Some(s) = node.scenario else {
        return crate::sanitize::truncate(&whole, room);
    };
    if whole.chars().count() <= room {
        return whole;
    }
    let fixed = format!(" mailwiz ›  › {title}").chars().count();
    // Keep a few letters of the scenario ("Sending f… › Step"), else only the step.
    match room.checked_sub(fixed) {
        Some(left) if left >= 6 => {
            let scenario = crate::sanitize::truncate(&tr.scenario_name(s), left);
            format!(" mailwiz › {scenario} › {title}")
        }
        _ => crate::sanitize::truncate(&format!(" mailwiz › {title}"), room),
    }
}

/// The footer's items in at most `rows` lines of `width`, broken only between items, never
/// inside one ("s summary" stays together). When they do not fit, the items that are not
/// essential go, from the last: Esc, ? and q always stay.
pub fn footer_lines(items: &[(String, bool)], width: usize, rows: usize) -> Vec<String> {
    let lay = |items: &[&(String, bool)]| {
        let mut lines: Vec<String> = Vec::new();
        for (item, _) in items {
            match lines.last_mut() {
                Some(line) if line.chars().count() + 3 + item.chars().count() <= width => {
                    line.push_str(" · ");
                    line.push_str(item);
                }
                _ => lines.push(item.clone()),
            }
        }
        lines
    };
    let mut kept: Vec<&(String, bool)> = items.iter().collect();
    loop {
        let lines = lay(&kept);
        if lines.len() <= rows {
            return lines;
        }
        match kept.iter().rposition(|(_, essential)| !essential) {
            Some(i) => {
                kept.remove(i);
            }
            None => return lines.into_iter().take(rows).collect(),
        }
    }
}

/// The keys of this screen, each with what it does; the number keys say how many options there
/// are (`1–7`).
pub fn footer_items(ui: Ui, screen: Screen) -> Vec<(String, bool)> {
    let options = ui.model.option_count(ui.kb);
    keymap::shown(screen)
        .map(|b| {
            let desc = ui.tr.say(b.desc.clone());
            let essential = matches!(b.desc, Msg::HelpBack | Msg::HelpHelp | Msg::HelpQuit);
            let text = match b.show {
                Show::Range => format!("1–{} {desc}", options.max(1)),
                Show::Label(label) => format!("{label} {desc}"),
                Show::Answer(a) => format!("{} {desc}", ui.tr.answer_key(a)),
                Show::Merged | Show::Hidden | Show::HelpOnly(_) => String::new(),
            };
            (text, essential)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::footer_lines;

    #[test]
    fn the_footer_breaks_between_items_never_inside_one() {
        let items: Vec<(String, bool)> =
            ["↑↓ move", "Enter choose", "s summary", "L next language"]
                .map(|i| (i.to_string(), false))
                .to_vec();
        assert_eq!(
            footer_lines(&items, 30, 2),
            ["↑↓ move · Enter choose", "s summary · L next language"]
        );
        // Everything on one line when it fits.
        assert_eq!(footer_lines(&items, 80, 2).len(), 1);
    }

    #[test]
    fn a_short_footer_keeps_esc_help_and_quit() {
        let items: Vec<(String, bool)> = [
            ("↑↓ move", false),
            ("Enter choose", false),
            ("Esc back", true),
            ("s summary", false),
            ("L next language", false),
            ("? help", true),
            ("q quit", true),
        ]
        .map(|(i, e)| (i.to_string(), e))
        .to_vec();
        let lines = footer_lines(&items, 24, 2);
        assert!(lines.len() <= 2, "{lines:?}");
        let all = lines.join(" · ");
        for essential in ["Esc back", "? help", "q quit"] {
            assert!(all.contains(essential), "{all}");
        }
    }
}
