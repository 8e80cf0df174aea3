//! The non-interactive commands: `explain` and `codes`, in text or JSON.

use std::io::{self, IsTerminal, Write};

use ratatui::crossterm::style::Stylize;

use crate::explain::{self, Class, ExplainError, Explanation, Localized};
use crate::i18n::{Arg, Localizer};
use crate::knowledge::Knowledge;
use crate::sanitize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// How text output looks: its width and whether it may use colour.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub width: usize,
    pub color: bool,
}

impl Style {
    /// Colour only on a terminal and only without NO_COLOR; as wide as the terminal, at most 80.
    pub fn for_stdout() -> Style {
        let tty = io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let width = if tty {
            ratatui::crossterm::terminal::size()
                .map(|(w, _)| usize::from(w))
                .unwrap_or(80)
        } else {
            80
        };
        Style {
            width: width.clamp(20, 80),
            color: tty && !no_color,
        }
    }
}

/// Group command-line words into inputs. A word starts a new input when it is a bare basic code
/// (`550`) or holds a space (a quoted line), and a bare enhanced code (`5.7.1`) does too unless it
/// follows a bare basic code; other words continue the current input. So `550 5.1.1 User unknown`
/// is one input, `550 421` two, and `Relay access denied` one.
pub fn group_inputs(words: &[String]) -> Vec<String> {
    let mut inputs: Vec<String> = Vec::new();
    for word in words {
        let bare_code = word.len() == 3 && word.bytes().all(|b| b.is_ascii_digit());
        let quoted_line = word.trim().contains(char::is_whitespace) || word.trim().is_empty();
        let bare_enhanced = crate::reply::Enhanced::parse(word).is_some();
        let after_bare_code = inputs
            .last()
            .is_some_and(|l| l.len() == 3 && l.bytes().all(|b| b.is_ascii_digit()));
        let starts_new =
            inputs.is_empty() || bare_code || quoted_line || (bare_enhanced && !after_bare_code);
        match inputs.last_mut() {
            Some(last) if !starts_new => {
                last.push(' ');
                last.push_str(word);
            }
            _ => inputs.push(word.clone()),
        }
    }
    inputs
}

/// Some input could not be explained (or stdout failed): the process exits with code 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failed;

/// Explain every input. On any failure, nothing goes to stdout: every error goes to stderr and the
/// result is `Err(Failed)`, for exit code 2.
pub fn run_explain(
    kb: &Knowledge,
    loc: &Localizer,
    words: &[String],
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
    style: Style,
) -> Result<(), Failed> {
    let inputs = group_inputs(words);
    let mut explained = Vec::new();
    let mut failed = false;
    for input in &inputs {
        match explain::explain(kb, input) {
            Ok(e) => explained.push(e),
            Err(e) => {
                failed = true;
                let _ = writeln!(err, "mailwiz: {}", error_text(loc, &e));
            }
        }
    }
    if failed {
        return Err(Failed);
    }
    let mut text = String::new();
    for (i, e) in explained.iter().enumerate() {
        match format {
            Format::Json => {
                let json = serde_json::to_string(&e.to_json(kb, loc)).map_err(|_| Failed)?;
                text.push_str(&json);
                text.push('\n');
            }
            Format::Text => {
                if i > 0 {
                    text.push('\n');
                }
                text.push_str(&render_text(e, &e.localize(kb, loc), loc, style));
            }
        }
    }
    out.write_all(text.as_bytes()).map_err(|_| Failed)
}

/// The message for an input that cannot be explained.
pub fn error_text(loc: &Localizer, e: &ExplainError) -> String {
    match e {
        ExplainError::Empty => loc.text("ui-error-empty-input"),
        ExplainError::NotACode(input) => loc.format(
            "ui-error-not-a-code",
            vec![("input", Arg::from(sanitize::truncate(input, 60)))],
        ),
    }
}

fn paint(s: &str, class: Option<Class>, bold: bool, style: Style) -> String {
    if !style.color {
        return s.to_string();
    }
    let styled = match class {
        Some(Class::Positive) => s.green(),
        Some(Class::Intermediate) => s.cyan(),
        Some(Class::Transient) => s.yellow(),
        Some(Class::Permanent) => s.red(),
        None => s.stylize(),
    };
    if bold {
        styled.bold().to_string()
    } else {
        styled.to_string()
    }
}

/// "Label: value", wrapped to the width with a hanging indent.
fn field(out: &mut String, label: &str, value: &str, style: Style) {
    let options = textwrap::Options::new(style.width).subsequent_indent("    ");
    let line = format!("{label}: {value}");
    for (i, l) in textwrap::wrap(&line, options).iter().enumerate() {
        if i == 0 && style.color {
            // Bold only the label, which starts the first line.
            let rest = &l[label.len().min(l.len())..];
            out.push_str(&paint(label, None, true, style));
            out.push_str(rest);
        } else {
            out.push_str(l);
        }
        out.push('\n');
    }
}

/// The text form of one explanation.
pub fn render_text(e: &Explanation, w: &Localized, loc: &Localizer, style: Style) -> String {
    let mut out = String::new();
    let options = textwrap::Options::new(style.width).subsequent_indent("    ");
    let head = format!("{} · {}", w.heading, w.summary);
    for (i, l) in textwrap::wrap(&head, options).iter().enumerate() {
        if i == 0 {
            let rest = &l[w.heading.len().min(l.len())..];
            out.push_str(&paint(&w.heading, Some(e.class), true, style));
            out.push_str(rest);
        } else {
            out.push_str(l);
        }
        out.push('\n');
    }
    if e.input != w.heading {
        field(&mut out, &loc.text("ui-label-input"), &e.input, style);
    }
    if let Some((summary, action)) = &w.note {
        field(
            &mut out,
            &loc.text("ui-label-note"),
            &format!("{summary}. {action}"),
            style,
        );
    }
    if let (Some(code), Some(meaning)) = (e.enhanced, &w.enhanced_meaning)
        && e.code.is_some()
    {
        field(
            &mut out,
            &loc.text("ui-label-enhanced"),
            &format!("{code}: {meaning}"),
            style,
        );
    }
    if !e.known {
        field(
            &mut out,
            &loc.text("ui-label-code"),
            &loc.text("ui-not-in-catalogue"),
            style,
        );
    }
    let class = format!("{} ({}xx). {}", w.class_name, e.class.digit(), w.retry);
    field(&mut out, &loc.text("ui-label-class"), &class, style);
    if let Some(category) = &w.category {
        field(&mut out, &loc.text("ui-label-category"), category, style);
    }
    if let Some(who) = &w.who {
        field(&mut out, &loc.text("ui-label-who"), who, style);
    }
    if let Some(causes) = &w.causes {
        field(&mut out, &loc.text("ui-label-causes"), causes, style);
    }
    field(&mut out, &loc.text("ui-label-action"), &w.action, style);
    if let Some((step, scenario)) = &w.step {
        let text = loc.format(
            "ui-step-in-scenario",
            vec![
                ("step", Arg::from(step.as_str())),
                ("scenario", Arg::from(scenario.as_str())),
            ],
        );
        field(&mut out, &loc.text("ui-label-step"), &text, style);
    }
    out
}

#[derive(serde::Serialize)]
struct JsonEnhanced {
    enhanced: String,
    subject: String,
    enhanced_summary: String,
    lang: &'static str,
}

/// `mailwiz codes --enhanced`: the registry's enhanced status codes, grouped by subject.
pub fn run_enhanced(
    kb: &Knowledge,
    loc: &Localizer,
    format: Format,
    out: &mut dyn Write,
    style: Style,
) -> io::Result<()> {
    let mut text = String::new();
    let mut current = None;
    if format == Format::Text {
        let heading = loc.format(
            "ui-enhanced-heading",
            vec![("count", Arg::from(kb.catalogue.enhanced.len()))],
        );
        for l in textwrap::wrap(&heading, style.width) {
            text.push_str(&paint(&l, None, true, style));
            text.push('\n');
        }
    }
    for e in &kb.catalogue.enhanced {
        let code = format!("X.{}.{}", e.subject, e.detail);
        let subject = loc.text(&format!("enhanced-subject-{}", e.subject));
        let meaning = loc.text(&e.meaning_id());
        match format {
            Format::Json => {
                let json = JsonEnhanced {
                    enhanced: code,
                    subject,
                    enhanced_summary: meaning,
                    lang: loc.lang().code(),
                };
                text.push_str(&serde_json::to_string(&json).map_err(io::Error::other)?);
                text.push('\n');
            }
            Format::Text => {
                if current != Some(e.subject) {
                    current = Some(e.subject);
                    text.push('\n');
                    text.push_str(&paint(
                        &format!("X.{}  {subject}", e.subject),
                        None,
                        true,
                        style,
                    ));
                    text.push('\n');
                }
                let options = textwrap::Options::new(style.width).subsequent_indent("          ");
                for l in textwrap::wrap(&format!("  {code:<7} {meaning}"), options) {
                    text.push_str(&l);
                    text.push('\n');
                }
            }
        }
    }
    out.write_all(text.as_bytes())
}

/// `mailwiz codes`: the whole catalogue, grouped by class.
pub fn run_codes(
    kb: &Knowledge,
    loc: &Localizer,
    format: Format,
    out: &mut dyn Write,
    style: Style,
) -> io::Result<()> {
    let mut text = String::new();
    let all: Vec<Explanation> = kb
        .catalogue
        .codes
        .iter()
        .filter_map(|c| explain::explain(kb, &c.code.to_string()).ok())
        .collect();
    match format {
        Format::Json => {
            for e in &all {
                text.push_str(
                    &serde_json::to_string(&e.to_json(kb, loc)).map_err(io::Error::other)?,
                );
                text.push('\n');
            }
        }
        Format::Text => {
            let heading = loc.format("ui-codes-heading", vec![("count", Arg::from(all.len()))]);
            text.push_str(&paint(&heading, None, true, style));
            text.push('\n');
            let mut current = None;
            for e in &all {
                if current != Some(e.class) {
                    current = Some(e.class);
                    let h = loc.format(
                        "ui-codes-class-heading",
                        vec![
                            ("class", Arg::from(loc.text(&e.class.name_id()))),
                            ("digit", Arg::from(e.class.digit())),
                        ],
                    );
                    text.push('\n');
                    text.push_str(&paint(&h, Some(e.class), true, style));
                    text.push('\n');
                }
                let w = e.localize(kb, loc);
                let options = textwrap::Options::new(style.width)
                    .initial_indent("")
                    .subsequent_indent("       ");
                let line = format!("  {}  {}", w.heading, w.summary);
                for l in textwrap::wrap(&line, options) {
                    text.push_str(&l);
                    text.push('\n');
                }
            }
        }
    }
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &[&str]) -> Vec<String> {
        s.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn unquoted_words_of_one_reply_stay_together() {
        assert_eq!(
            group_inputs(&words(&["550", "5.1.1", "User", "unknown"])),
            ["550 5.1.1 User unknown"]
        );
        assert_eq!(
            group_inputs(&words(&["Relay", "access", "denied"])),
            ["Relay access denied"]
        );
    }

    #[test]
    fn codes_and_quoted_lines_start_new_inputs() {
        assert_eq!(
            group_inputs(&words(&["550", "421", "554"])),
            ["550", "421", "554"]
        );
        assert_eq!(
            group_inputs(&words(&["5.1.1", "5.7.1"])),
            ["5.1.1", "5.7.1"]
        );
        assert_eq!(
            group_inputs(&words(&[
                "550 5.1.1 User unknown",
                "452 4.5.3 Too many recipients"
            ])),
            ["550 5.1.1 User unknown", "452 4.5.3 Too many recipients"]
        );
        assert_eq!(group_inputs(&words(&["hello", "999"])), ["hello", "999"]);
    }
}
