//! Drawing the model: one widget, [`Ui`], over `&Model`, with one module per screen. The wizard
//! decides which screen is showing ([`Model::screen`]); this module lays out header, body and
//! footer, and the help overlay over them. Views only read the model.

mod chrome;
mod explained;
mod help;
mod log;
mod lookup;
mod node;
mod quit;
mod recipients;
mod summary;
mod target;
mod widgets;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::i18n::{Msg, Tr};
use crate::knowledge::Knowledge;
use crate::search::SearchIndex;
use crate::wizard::{Model, Room, Screen};
use widgets::Body;

/// The width from which the caller's text and the agent's stand side by side.
const SIDE_BY_SIDE: u16 = 100;

/// The most rows the footer takes; keys that do not fit are left out, never Esc, ? or q.
const FOOTER_ROWS: usize = 2;

/// The smallest window the wizard draws in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The whole screen: what the wizard shows, in one language. `index` is needed only while the
/// lookup is open.
#[derive(Clone, Copy)]
pub struct Ui<'a> {
    pub model: &'a Model,
    pub kb: &'a Knowledge,
    /// The frame's language (header, footer, keys, help): the agent's.
    pub tr: Tr<'a>,
    /// The content's language (questions, hints, explanations): the caller's, when set.
    pub content: Tr<'a>,
    pub index: Option<&'a SearchIndex>,
    pub theme: Theme,
}

impl<'a> Ui<'a> {
    /// The screen of `model`: the frame in its language, the content in the caller's.
    pub fn of(
        model: &'a Model,
        kb: &'a Knowledge,
        loc: &'a crate::i18n::Localizer,
        index: Option<&'a SearchIndex>,
        theme: Theme,
    ) -> Ui<'a> {
        Ui {
            model,
            kb,
            tr: loc.tr(model.lang),
            content: loc.tr(model.content_lang()),
            index,
            theme,
        }
    }
}

impl Widget for Ui<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let text = self.tr.say(Msg::TooSmall {
                min_width: MIN_WIDTH,
                min_height: MIN_HEIGHT,
                width: area.width,
                height: area.height,
            });
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let screen = self.model.screen(self.kb);
        let (header, body, foot, footer) = self.layout(screen, area);
        chrome::header(self, header, buf);
        match self.side_by_side(screen, body) {
            Some((left, right)) => {
                self.body(screen, left).render(left, buf);
                Ui {
                    content: self.tr,
                    ..self
                }
                .body(screen, right)
                .render(right, buf);
            }
            None => self.body(screen, body).render(body, buf),
        }
        // A line wider than the window (a tiny one) wraps.
        let footer: Vec<ratatui::text::Line> =
            footer.into_iter().map(ratatui::text::Line::from).collect();
        Paragraph::new(footer)
            .style(self.theme.dim())
            .wrap(Wrap { trim: true })
            .render(foot, buf);
        if self.model.help {
            help::overlay(self, screen, area, buf);
        }
        if self.model.quitting {
            quit::overlay(self, area, buf);
        }
        if let Some(picker) = self.model.picker {
            help::picker(self, picker, area, buf);
        }
    }
}

impl Ui<'_> {
    /// The header, the body (with its margins), the footer and the footer's lines.
    fn layout(&self, screen: Screen, area: Rect) -> (Rect, Rect, Rect, Vec<String>) {
        // While the quit question is open, its keys are the only ones that work.
        let items = if self.model.quitting {
            quit::footer_items(*self)
        } else {
            chrome::footer_items(*self, screen)
        };
        let footer = chrome::footer_lines(&items, usize::from(area.width), FOOTER_ROWS);
        let footer_height = footer.len().clamp(1, FOOTER_ROWS) as u16;
        let [header, body, foot] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(1),
            Constraint::Length(footer_height),
        ])
        .areas(area);
        let body = Rect {
            x: body.x + 1,
            width: body.width.saturating_sub(2),
            ..body
        };
        (header, body, foot, footer)
    }

    /// With a caller's language and a window of 100 columns or more, the content in the caller's
    /// language on the left and in the agent's on the right: the two halves of the body.
    fn side_by_side(&self, screen: Screen, body: Rect) -> Option<(Rect, Rect)> {
        let two = self.content.lang() != self.tr.lang()
            && body.width + 2 >= SIDE_BY_SIDE
            && !matches!(
                screen,
                Screen::Lookup | Screen::Summary | Screen::Target | Screen::Log
            );
        two.then(|| {
            let [left, _, right] = Layout::horizontal([
                Constraint::Fill(1),
                Constraint::Length(2),
                Constraint::Fill(1),
            ])
            .areas(body);
            (left, right)
        })
    }

    /// How far the screen's text scrolls in a window of `area`, as [`Widget::render`] would
    /// draw it: what the event loop tells `update` with each key.
    pub fn room(&self, area: Rect) -> Room {
        let screen = self.model.screen(self.kb);
        let (_, body, _, _) = self.layout(screen, area);
        let body = self
            .side_by_side(screen, body)
            .map_or(body, |(left, _)| left);
        self.body(screen, body).room(body)
    }

    fn body(&self, screen: Screen, area: Rect) -> Body {
        let mut body = self.screen_body(screen, area);
        body.scroll = self.model.pos.scroll;
        body.more = self.tr.say(Msg::MoreBelow);
        body
    }

    fn screen_body(&self, screen: Screen, area: Rect) -> Body {
        match screen {
            Screen::Summary => summary::body(self),
            Screen::Lookup => lookup::body(self, area),
            Screen::Explained => explained::body(self),
            Screen::Recipients => recipients::body(self),
            Screen::Target => target::body(self),
            Screen::Log => log::body(self),
            Screen::Menu | Screen::Check | Screen::Unsure | Screen::Advice | Screen::End => {
                node::body(self, screen)
            }
        }
    }
}
