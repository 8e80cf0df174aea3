//! Drawing the model: header, body and footer. Views only read the model.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::keymap::{self, Ctx};
use crate::explain::Class;
use crate::i18n::{Arg, Localizer};
use crate::knowledge::flow::Answer;
use crate::knowledge::{Knowledge, NodeKind};
use crate::search::{Hit, SearchIndex};
use crate::summary;
use crate::wizard::{ExplainedOption, Model, View};

/// The smallest window the wizard draws in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Colours, or none with NO_COLOR. Colours are used only with the terminal's own background, so
/// they read on dark and light themes alike; emphasis that matters uses bold and reverse.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }
    fn class(self, class: Class) -> Style {
        let c = match class {
            Class::Positive => Color::Green,
            Class::Intermediate => Color::Cyan,
            Class::Transient => Color::Magenta,
            Class::Permanent => Color::Red,
        };
        self.fg(c).add_modifier(Modifier::BOLD)
    }
    fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    /// Hints: in italics, where the terminal has them, in the terminal's own colour.
    fn highlight(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }
}

/// Draw the whole screen. `index` is needed only while the lookup is open.
pub fn draw(
    frame: &mut Frame,
    model: &Model,
    kb: &Knowledge,
    loc: &Localizer,
    index: Option<&SearchIndex>,
    theme: Theme,
) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = loc.format(
            "ui-too-small",
            vec![
                ("min-width", Arg::from(u32::from(MIN_WIDTH))),
                ("min-height", Arg::from(u32::from(MIN_HEIGHT))),
                ("width", Arg::from(u32::from(area.width))),
                ("height", Arg::from(u32::from(area.height))),
            ],
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let ctx = Ctx::of(model, kb);
    let options = match kb.flow.node(&model.pos.node).map(|n| &n.kind) {
        Some(NodeKind::Choice { options }) => options.len(),
        _ => model.explained_options().len(),
    };
    let footer = footer_text(ctx, loc, options);
    let footer_height = if footer.chars().count() > usize::from(area.width) {
        2
    } else {
        1
    };
    let [header, body, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(footer_height),
    ])
    .areas(area);
    draw_header(frame, header, model, kb, loc, theme);
    let body = Rect {
        x: body.x + 1,
        width: body.width.saturating_sub(2),
        ..body
    };
    draw_body(frame, body, model, kb, loc, index, theme);
    frame.render_widget(
        Paragraph::new(footer)
            .style(theme.dim())
            .wrap(Wrap { trim: true }),
        foot,
    );
    if model.help {
        draw_help(frame, area, ctx, loc, theme);
    }
}

fn draw_header(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    kb: &Knowledge,
    loc: &Localizer,
    theme: Theme,
) {
    let node = kb.flow.node(&model.pos.node);
    let mut right = Vec::new();
    if let Some(n) = node
        && let Some(s) = n.scenario
    {
        let steps = kb.flow.steps_of(s);
        if let Some(i) = steps.iter().position(|x| x.id == n.id) {
            right.push(loc.format(
                "ui-step-of",
                vec![("n", Arg::from(i + 1)), ("total", Arg::from(steps.len()))],
            ));
        }
    }
    right.push(loc.text("ui-language-name"));
    let right = right.join(" · ");
    let crumb = match &model.pos.view {
        View::Summary => loc.text("ui-summary-title"),
        View::Lookup { next: None, .. } | View::Explained { next: None, .. }
            if !matches!(node.map(|n| &n.kind), Some(NodeKind::Code { .. })) =>
        {
            loc.text("ui-lookup-title")
        }
        _ => summary::place(kb, loc, &model.pos.node),
    };
    let left = format!(" mailwiz › {crumb}");
    let width = usize::from(area.width);
    let right_len = right.chars().count() + 1;
    let left = crate::sanitize::truncate(&left, width.saturating_sub(right_len + 1).max(10));
    let pad = width.saturating_sub(left.chars().count() + right_len);
    let line = Line::from(vec![
        Span::styled(left, theme.bold()),
        Span::raw(" ".repeat(pad)),
        Span::raw(right),
        Span::raw(" "),
    ]);
    frame.render_widget(
        Paragraph::new(vec![line]).block(Block::new().borders(Borders::BOTTOM)),
        area,
    );
}

/// The keys of this screen; the number keys say how many options there are (`1–7`).
fn footer_text(ctx: Ctx, loc: &Localizer, options: usize) -> String {
    keymap::shown(ctx)
        .map(|b| match b.desc {
            "help-pick" => format!("1–{} {}", options.max(1), loc.text(b.desc)),
            _ => format!("{} {}", b.label, loc.text(b.desc)),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn para(text: String) -> Line<'static> {
    Line::from(text)
}

fn draw_body(
    frame: &mut Frame,
    area: Rect,
    model: &Model,
    kb: &Knowledge,
    loc: &Localizer,
    index: Option<&SearchIndex>,
    theme: Theme,
) {
    let Some(node) = kb.flow.node(&model.pos.node) else {
        return;
    };
    let mut lines: Vec<Line> = Vec::new();
    let blank = || Line::from("");
    let answers_line = |lines: &mut Vec<Line<'static>>| {
        lines.push(Line::from(vec![
            Span::styled("[y] ", theme.bold()),
            Span::raw(loc.text("ui-answer-yes")),
            Span::raw("   "),
            Span::styled("[n] ", theme.bold()),
            Span::raw(loc.text("ui-answer-no")),
            Span::raw("   "),
            Span::styled("[u] ", theme.bold()),
            Span::raw(loc.text("ui-answer-unsure")),
        ]));
    };
    let mut scroll = 0u16;
    // Lines kept at the bottom of the body whatever the length of the text: the explanation's menu.
    let mut bottom: Vec<Line> = Vec::new();
    match &model.pos.view {
        View::Summary => {
            let text = summary::text(model, kb, loc);
            lines.extend(text.lines().map(|l| Line::from(l.to_string())));
            scroll = u16::try_from(model.pos.selected).unwrap_or(0);
        }
        View::Lookup { input, error, next } => {
            let code_node = matches!(node.kind, NodeKind::Code { .. })
                && (next.is_some() || node.id == "ui-lookup");
            let (title, prompt) = if code_node {
                (loc.text(&node.title_id()), loc.text(&node.text_id()))
            } else {
                (loc.text("ui-lookup-title"), loc.text("ui-lookup-text"))
            };
            lines.push(Line::styled(title, theme.bold()));
            lines.push(para(prompt));
            // Show the end of a long input, which is where the cursor is.
            let room = usize::from(area.width).saturating_sub(4).max(1);
            let count = input.chars().count();
            let shown: String = input.chars().skip(count.saturating_sub(room)).collect();
            lines.push(Line::from(vec![
                Span::styled("> ", theme.bold()),
                Span::raw(shown),
                Span::styled("█", theme.bold()),
            ]));
            if *error {
                let shown = crate::sanitize::truncate(input, 40);
                lines.push(Line::styled(
                    loc.format("ui-code-not-recognised", vec![("input", Arg::from(shown))]),
                    theme.fg(Color::Red),
                ));
            } else {
                lines.push(Line::styled(loc.text("ui-input-hint"), theme.dim()));
            }
            lines.push(blank());
            // The results fill the rest of the screen, scrolled to keep the selection visible.
            let width = usize::from(area.width.max(1));
            let used: usize = lines.iter().map(|l| l.width().max(1).div_ceil(width)).sum();
            let rows = usize::from(area.height).saturating_sub(used);
            let hits = index.map(|i| i.search(input)).unwrap_or_default();
            let results = result_lines(
                &hits,
                input.trim().is_empty(),
                model.pos.selected,
                loc,
                theme,
                width,
            );
            let selected_row = results.iter().position(|(sel, _)| *sel).unwrap_or(0);
            let first = (selected_row + 1).saturating_sub(rows);
            lines.extend(results.into_iter().skip(first).take(rows).map(|(_, l)| l));
            if hits.is_empty() && !input.trim().is_empty() && !*error {
                lines.push(Line::styled(loc.text("ui-search-no-match"), theme.dim()));
            }
        }
        View::Explained { explanation, .. } => {
            let w = explanation.localize(kb, loc);
            lines.push(Line::from(vec![
                Span::styled(w.heading.clone(), theme.class(explanation.class)),
                Span::raw(" · "),
                Span::styled(w.summary.clone(), theme.bold()),
            ]));
            lines.push(blank());
            let field = |lines: &mut Vec<Line<'static>>, label: &str, value: String| {
                lines.push(Line::from(vec![
                    Span::styled(format!("{}: ", loc.text(label)), theme.bold()),
                    Span::raw(value),
                ]));
            };
            // Most useful first: on a small screen the end is what gets cut.
            if let Some((summary, action)) = &w.note {
                field(&mut lines, "ui-label-note", format!("{summary}. {action}"));
            }
            field(&mut lines, "ui-label-action", w.action.clone());
            if let Some(who) = &w.who {
                field(&mut lines, "ui-label-who", who.clone());
            }
            field(
                &mut lines,
                "ui-label-class",
                format!(
                    "{} ({}xx). {}",
                    w.class_name,
                    explanation.class.digit(),
                    w.retry
                ),
            );
            if let (Some(code), Some(meaning), Some(_)) =
                (explanation.enhanced, &w.enhanced_meaning, explanation.code)
            {
                field(
                    &mut lines,
                    "ui-label-enhanced",
                    format!("{code}: {meaning}"),
                );
            }
            if let Some(causes) = &w.causes {
                field(&mut lines, "ui-label-causes", causes.clone());
            }
            for (i, option) in model.explained_options().iter().enumerate() {
                let label = match option {
                    ExplainedOption::OpenStep => {
                        let (step, scenario) = w.step.clone().unwrap_or_default();
                        loc.format(
                            "ui-code-go-to-step",
                            vec![("step", Arg::from(step)), ("scenario", Arg::from(scenario))],
                        )
                    }
                    ExplainedOption::GoOn => loc.text("ui-code-continue"),
                };
                bottom.push(option_line(i, &label, i == model.pos.selected, theme));
            }
        }
        View::Node | View::Unsure | View::Advice(_) => {
            lines.push(Line::styled(loc.text(&node.title_id()), theme.bold()));
            lines.push(blank());
            lines.push(para(loc.text(&node.text_id())));
            lines.push(blank());
            match (&node.kind, &model.pos.view) {
                (NodeKind::Choice { options }, _) => {
                    for (i, o) in options.iter().enumerate() {
                        lines.push(option_line(
                            i,
                            &loc.text(&o.label),
                            i == model.pos.selected,
                            theme,
                        ));
                    }
                }
                (NodeKind::Check { .. }, View::Advice(answer)) => {
                    let id = if *answer == Answer::Yes {
                        "ui-answer-yes"
                    } else {
                        "ui-answer-no"
                    };
                    lines.push(Line::from(vec![
                        Span::styled("» ", theme.bold()),
                        Span::raw(loc.text(id)),
                    ]));
                    lines.push(blank());
                    lines.push(Line::styled(loc.text("ui-advice-heading"), theme.bold()));
                    if let Some(advice) = node.advice_id(*answer) {
                        lines.push(para(loc.text(&advice)));
                    }
                    lines.push(blank());
                    lines.push(Line::styled(loc.text("ui-go-on-or-stop"), theme.dim()));
                }
                (NodeKind::Check { .. }, View::Unsure) => {
                    lines.push(Line::styled(loc.text("ui-unsure-heading"), theme.bold()));
                    lines.push(para(loc.text(&node.unsure_id())));
                    lines.push(blank());
                    answers_line(&mut lines);
                }
                (NodeKind::Check { .. }, _) => answers_line(&mut lines),
                (NodeKind::Contact { items }, _) => {
                    for item in items {
                        lines.push(para(format!(
                            "[ ] {}",
                            loc.text(&format!("scenario-gather-{item}"))
                        )));
                    }
                    lines.push(blank());
                    lines.push(Line::styled(loc.text("ui-end-of-scenario"), theme.dim()));
                }
                (NodeKind::Resolution, _) => {
                    lines.push(Line::styled(
                        loc.text("ui-resolved"),
                        theme.fg(Color::Green).add_modifier(Modifier::BOLD),
                    ));
                    lines.push(blank());
                    lines.push(Line::styled(loc.text("ui-end-of-scenario"), theme.dim()));
                }
                _ => {}
            }
        }
    }
    let area = if bottom.is_empty() {
        area
    } else {
        let height = (bottom.len() as u16 + 1).min(area.height / 2);
        let [top, menu] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(area);
        let menu = Rect {
            y: menu.y + 1,
            height: menu.height.saturating_sub(1),
            ..menu
        };
        frame.render_widget(
            Paragraph::new(Text::from(bottom)).wrap(Wrap { trim: false }),
            menu,
        );
        top
    };
    frame.render_widget(
        Paragraph::new(Text::from(lines))
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

/// The lookup's results, one a line (with class headings for the whole catalogue), each with
/// whether it is the selected one.
fn result_lines(
    hits: &[Hit],
    grouped: bool,
    selected: usize,
    loc: &Localizer,
    theme: Theme,
    width: usize,
) -> Vec<(bool, Line<'static>)> {
    let selected = selected.min(hits.len().saturating_sub(1));
    let mut out = Vec::new();
    let mut class = None;
    for (i, hit) in hits.iter().enumerate() {
        if grouped && class != Some(hit.class) {
            class = Some(hit.class);
            out.push((
                false,
                Line::styled(loc.text(&hit.class.name_id()), theme.bold()),
            ));
        }
        let is_selected = i == selected;
        let marker = if is_selected { "› " } else { "  " };
        let mut spans = vec![
            Span::raw(marker),
            Span::styled(format!("{:<8}", hit.label), theme.class(hit.class)),
        ];
        // The text, cut to the width, with the matched words marked.
        let room = width.saturating_sub(10);
        let mut at = 0;
        let mut shown = 0;
        for r in hit
            .highlights
            .iter()
            .chain([&(hit.text.len()..hit.text.len())])
        {
            for (part, style) in [
                (&hit.text[at..r.start], Style::new()),
                (&hit.text[r.start..r.end], theme.highlight()),
            ] {
                let take: String = part.chars().take(room.saturating_sub(shown)).collect();
                shown += take.chars().count();
                if !take.is_empty() {
                    spans.push(Span::styled(take, style));
                }
            }
            at = r.end;
        }
        let mut line = Line::from(spans);
        if is_selected {
            line = line.style(theme.selected());
        }
        out.push((is_selected, line));
    }
    out
}

fn option_line(i: usize, label: &str, selected: bool, theme: Theme) -> Line<'static> {
    let marker = if selected { "› " } else { "  " };
    let text = format!("{marker}{}. {label}", i + 1);
    if selected {
        Line::styled(text, theme.selected())
    } else {
        Line::from(text)
    }
}

fn draw_help(frame: &mut Frame, area: Rect, ctx: Ctx, loc: &Localizer, theme: Theme) {
    let bindings: Vec<_> = keymap::shown(ctx).collect();
    let key_width = bindings
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(1);
    let mut lines: Vec<Line> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:<key_width$}  ", b.label), theme.bold()),
                Span::raw(loc.text(b.desc)),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(Line::styled(loc.text("help-close"), theme.dim()));
    let width = area.width.saturating_sub(4).min(60);
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(format!(" {} ", loc.text("help-title")))),
        popup,
    );
}
