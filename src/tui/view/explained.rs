//! A code's explanation: the heading, its fields in the one order of
//! `present::explanation`, and the menu pinned at the bottom (open the related step, go on).

use ratatui::text::{Line, Span};

use super::Ui;
use super::widgets::{Body, blank, field, option_line};
use crate::i18n::Msg;
use crate::present::explanation::{Field, Words};
use crate::wizard::{ExplainedOption, Stage};

pub fn body(ui: &Ui) -> Body {
    // The explanation is content: in the caller's language.
    let (model, tr, theme) = (ui.model, ui.content, ui.theme);
    let Stage::Explained { explanation, .. } = &model.pos.stage else {
        return Body::default();
    };
    let words = Words::of(explanation, ui.kb, tr);
    let mut lines = vec![
        Line::from(if words.heading.is_empty() {
            vec![Span::styled(words.summary.clone(), theme.bold())]
        } else {
            vec![
                Span::styled(words.heading.clone(), theme.class(explanation.class)),
                Span::raw(" · "),
                Span::styled(words.summary.clone(), theme.bold()),
            ]
        }),
        blank(),
    ];
    // The related step is the menu's first option rather than a field.
    for shown in words.fields(explanation, tr) {
        if shown.field != Field::Step {
            lines.push(field(ui, &shown.label, shown.value));
        }
    }
    let bottom = model
        .explained_options()
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let label = match option {
                ExplainedOption::OpenStep => {
                    let (step, scenario) = words.step.clone().unwrap_or_default();
                    tr.say(Msg::CodeGoToStep { step, scenario })
                }
                ExplainedOption::GoOn => tr.say(Msg::CodeContinue),
            };
            option_line(ui, i, &label, i == model.pos.selected)
        })
        .collect();
    Body {
        lines,
        bottom,
        keep_bottom: Some(model.pos.selected),
        ..Body::default()
    }
}
