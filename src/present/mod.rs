//! The words of a result: what the terminal and the command line both show, as plain data
//! (strings and labelled fields), with no layout and no colour. Above the wizard, below the I/O.

pub mod explanation;
pub mod known;
pub mod summary;
