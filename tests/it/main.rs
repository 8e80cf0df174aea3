//! The integration tests, in one binary: the state machine, the screens, the lookup, the parser and
//! its corpus, the knowledge, the languages, the mail log reader, and the real binary's command
//! line and restricted mode. The end-to-end tests in a pseudo-terminal are the other binary,
//! `tests/pty`.

mod bounces;
mod checks;
mod cli;
mod corpus;
mod help;
mod i18n;
mod knowledge;
mod live;
mod logscreen;
/// The real servers on loopback that the live checks are tested against.
#[path = "../loopback/mod.rs"]
mod loopback;
/// The tests of those servers (`loopback.rs` here).
#[path = "loopback.rs"]
mod loopback_servers;
/// `mailwiz logs` on the mail log fixtures and the generator's month of log.
mod maillog;
mod property;
mod reply;
mod restricted;
mod screens;
mod search;
mod support;
mod wizard;
