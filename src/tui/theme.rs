//! Colours and emphasis, or no colour with NO_COLOR. Colours are used only over the terminal's own
//! background, so they read on dark and light themes alike; emphasis that matters uses bold and
//! reverse. The class colours are the command line's too.

use ratatui::style::{Color, Modifier, Style};

use crate::smtp::Class;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

/// Whether NO_COLOR asks for no colour: set to anything but empty (no-color.org).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The colour of a reply class, on screen and on the command line.
pub fn class_color(class: Class) -> Color {
    match class {
        Class::Positive => Color::Green,
        Class::Intermediate => Color::Cyan,
        Class::Transient => Color::Magenta,
        Class::Permanent => Color::Red,
    }
}

impl Theme {
    /// Colour unless NO_COLOR says otherwise.
    pub fn from_env() -> Theme {
        Theme { color: !no_color() }
    }

    pub fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// A code in the colour of its class, bold.
    pub fn class(self, class: Class) -> Style {
        self.fg(class_color(class)).add_modifier(Modifier::BOLD)
    }

    pub fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The words of a result that the query matched.
    pub fn highlight(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// Hints: in italics, where the terminal has them, in the terminal's own colour.
    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red)
    }

    pub fn solved(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }
}
