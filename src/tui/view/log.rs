//! The mail log read for a check: a bar while it reads, then the totals and the failures grouped
//! by cause, one row each (the selected one marked), Enter opening its explanation.

use ratatui::text::{Line, Span};

use super::Ui;
use super::widgets::{Body, blank};
use crate::cli::logs::delivery_msg;
use crate::i18n::Msg;
use crate::maillog::time::format as when;
use crate::present::explanation::Words;

/// The width of the progress bar, in cells.
const BAR: usize = 30;

pub fn body(ui: &Ui) -> Body {
    let (model, theme) = (ui.model, ui.theme);
    let Some(log) = &model.log else {
        return Body::default();
    };
    let tr = ui.content;
    let mut lines = vec![Line::styled(
        tr.say(Msg::LogsHeading {
            files: log.path.clone(),
        }),
        theme.bold(),
    )];
    lines.push(blank());
    let summary = match &log.result {
        None => {
            let percent = log
                .read
                .saturating_mul(100)
                .checked_div(log.total)
                .map_or(0, |p| p.min(99) as usize);
            let filled = BAR * percent / 100;
            lines.push(Line::from(tr.say(Msg::LogReading)));
            lines.push(Line::from(vec![
                Span::styled("█".repeat(filled), theme.bold()),
                Span::styled("░".repeat(BAR - filled), theme.dim()),
                Span::raw(format!(" {percent} %")),
            ]));
            lines.push(blank());
            lines.push(Line::styled(ui.tr.say(Msg::LogCancel), theme.dim()));
            return Body {
                lines,
                ..Body::default()
            };
        }
        Some(Err(reason)) => {
            lines.push(Line::styled(
                ui.tr.say(Msg::ErrorLogFile {
                    file: log.path.clone(),
                    reason: crate::sanitize::truncate(reason, 200),
                }),
                theme.error(),
            ));
            return Body {
                lines,
                ..Body::default()
            };
        }
        Some(Ok(s)) => s,
    };
    let t = &summary.totals;
    let stamp = |x: Option<i64>| x.map(when).unwrap_or_else(|| "-".into());
    lines.push(Line::from(tr.say(Msg::LogsTotals {
        lines: t.lines as usize,
        messages: t.messages as usize,
        first: stamp(t.first),
        last: stamp(t.last),
    })));
    lines.push(Line::from(tr.say(Msg::LogsCounts {
        sent: t.sent as usize,
        deferred: t.deferred as usize,
        bounced: t.bounced as usize,
        expired: t.expired as usize,
        rejected: t.rejected as usize,
    })));
    lines.push(blank());
    if summary.groups.is_empty() {
        lines.push(Line::from(tr.say(Msg::LogsNothing)));
        return Body {
            lines,
            ..Body::default()
        };
    }
    lines.push(Line::styled(tr.say(Msg::LogsGroups), theme.bold()));
    let mut keep = None;
    for (i, g) in summary.groups.iter().enumerate() {
        let selected = i == model.pos.selected;
        if selected {
            keep = Some(lines.len());
        }
        let head = tr.say(Msg::LogsGroup {
            delivery: tr.say(delivery_msg(g.key.delivery)),
            count: g.count as usize,
            recipients: g.recipients,
            domains: g.domains,
            first: stamp(g.first),
            last: stamp(g.last),
        });
        let marker = if selected { "› " } else { "  " };
        lines.push(Line::from(vec![
            Span::styled(marker, theme.bold()),
            Span::styled(head, if selected { theme.bold() } else { theme.dim() }),
        ]));
        if let Some(e) = &g.explanation {
            let w = Words::of(e, ui.kb, tr);
            lines.push(Line::from(format!("    {}", w.lead(" · "))));
        }
    }
    lines.push(blank());
    lines.push(Line::styled(ui.tr.say(Msg::LogOpen), theme.dim()));
    Body {
        lines,
        keep,
        ..Body::default()
    }
}
