//! mailwiz: a keyboard-driven terminal wizard that diagnoses why e-mail cannot be sent or received
//! and explains SMTP reply codes, in English, Polish, Lithuanian, Finnish and Czech.
//!
//! Layers, with arrows in one direction: [`knowledge`] and [`i18n`] (data) ← [`wizard`] (pure
//! logic) ← [`tui`] and [`cli`] (input and output).

pub mod access;
pub mod cli;
pub mod explain;
pub mod i18n;
pub mod knowledge;
pub mod reply;
pub mod sanitize;
pub mod search;
pub mod summary;
pub mod tui;
pub mod wizard;
