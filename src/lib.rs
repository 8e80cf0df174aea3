//! mailwiz: a keyboard-driven terminal wizard that diagnoses why e-mail cannot be sent or received
//! and explains SMTP reply codes, in English, Polish, Lithuanian, Finnish and Czech.
//!
//! Layers, with every arrow pointing down (ARCHITECTURE.md has the map):
//!
//! | layer | modules |
//! | --- | --- |
//! | I/O | [`app`], [`error`], [`cli`], [`tui`] |
//! | words | [`present`] |
//! | pure logic | [`wizard`] |
//! | reading and judging | [`reply`], [`explain`], [`search`], [`identifiers`] |
//! | data | [`i18n`], [`knowledge`], [`access`] |
//! | vocabulary | [`smtp`], [`sanitize`] |

pub mod access;
pub mod app;
pub mod bounce;
pub mod checks;
pub mod cli;
pub mod diagnose;
pub mod error;
pub mod explain;
pub mod i18n;
pub mod identifiers;
pub mod knowledge;
pub mod maillog;
pub mod present;
pub mod reply;
pub mod revision;
pub mod sanitize;
pub mod search;
pub mod smtp;
pub mod tui;
pub mod wizard;
