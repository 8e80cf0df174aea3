//! Plain text for a terminal or a pipe: its width, colour only where it is wanted, and labelled
//! fields wrapped with a hanging indent.

use std::io::{self, IsTerminal};

use ratatui::backend::IntoCrossterm;
use ratatui::crossterm::style::Stylize;

use crate::smtp::Class;
use crate::tui::theme;

/// How text output looks: its width and whether it may use colour.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub width: usize,
    pub color: bool,
}

/// The narrowest and widest text output.
const MIN_WIDTH: usize = 20;
const MAX_WIDTH: usize = 80;
/// The indent of a field's continuation lines.
pub const HANGING: &str = "    ";

/// The width of text for `out`: the terminal's (read by ioctl, never by running a program),
/// from 20 to 80 columns; 80 for a pipe or a file.
pub fn width_of(out: impl std::os::fd::AsFd + IsTerminal) -> usize {
    let width = if out.is_terminal() {
        // A terminal that does not know its width says 0.
        rustix::termios::tcgetwinsize(out)
            .ok()
            .filter(|ws| ws.ws_col > 0)
            .map_or(MAX_WIDTH, |ws| usize::from(ws.ws_col))
    } else {
        MAX_WIDTH
    };
    width.clamp(MIN_WIDTH, MAX_WIDTH)
}

impl Output {
    /// Colour only on a terminal and only without NO_COLOR; as wide as the terminal (read by
    /// ioctl on standard output, never by running a program), at most 80.
    pub fn for_stdout() -> Output {
        Output {
            width: width_of(io::stdout()),
            color: io::stdout().is_terminal() && !theme::no_color(),
        }
    }

    /// `s` in the class's colour (none: the terminal's own), bold if asked; plain without colour.
    pub fn paint(self, s: &str, class: Option<Class>, bold: bool) -> String {
        if !self.color {
            return s.to_string();
        }
        let styled = match class {
            Some(c) => s.with(theme::class_color(c).into_crossterm()),
            None => s.stylize(),
        };
        if bold {
            styled.bold().to_string()
        } else {
            styled.to_string()
        }
    }

    /// `line` wrapped to the width with a hanging indent, its first `lead` bytes painted.
    pub fn lead_line(
        self,
        out: &mut String,
        line: &str,
        lead: &str,
        class: Option<Class>,
        indent: &str,
    ) {
        let options = textwrap::Options::new(self.width).subsequent_indent(indent);
        for (i, l) in textwrap::wrap(line, options).iter().enumerate() {
            if i == 0 {
                let rest = &l[lead.len().min(l.len())..];
                out.push_str(&self.paint(lead, class, true));
                out.push_str(rest);
            } else {
                out.push_str(l);
            }
            out.push('\n');
        }
    }

    /// "Label: value", wrapped with a hanging indent, the label bold.
    pub fn field(self, out: &mut String, label: &str, value: &str) {
        self.lead_line(out, &format!("{label}: {value}"), label, None, HANGING);
    }
}
