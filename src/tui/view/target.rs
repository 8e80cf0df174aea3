//! The field of what a check's lookup looks at: the check's title, what to type (the domain,
//! the recipient's domain, the IP address, a DKIM selector), the field, and why the last try was
//! not taken.

use ratatui::text::{Line, Span};

use super::Ui;
use super::widgets::{Body, blank};
use crate::i18n::Msg;
use crate::knowledge::flow::About;
use crate::wizard::Stage;
use crate::wizard::live::Field;

pub fn body(ui: &Ui) -> Body {
    let (model, kb, theme) = (ui.model, ui.kb, ui.theme);
    let Stage::Target {
        field,
        input,
        error,
    } = &model.pos.stage
    else {
        return Body::default();
    };
    let mut lines = Vec::new();
    if let Some(node) = kb.flow.node(&model.pos.node) {
        lines.push(Line::styled(ui.content.node_title(node), theme.bold()));
        lines.push(blank());
    }
    lines.push(Line::from(ui.content.say(match field {
        Field::Target(About::Ip) => Msg::TargetPromptIp,
        Field::Target(About::Recipient | About::RecipientMx) => Msg::TargetPromptRecipient,
        Field::Target(_) => Msg::TargetPromptDomain,
        Field::DkimSelector => Msg::TargetPromptDkimSelector,
    })));
    lines.push(Line::from(vec![
        Span::styled("> ", theme.bold()),
        Span::raw(crate::sanitize::truncate(input, 120)),
        Span::styled("█", theme.bold()),
    ]));
    if *error {
        lines.push(Line::styled(
            ui.tr.say(Msg::TargetInvalid {
                input: crate::sanitize::truncate(input, 40),
            }),
            theme.error(),
        ));
    }
    Body {
        lines,
        ..Body::default()
    }
}
