//! The command line: the definition of its options ([`args`]), and the commands that print
//! instead of drawing: `explain`, `search` and `codes`, in text or JSON.

pub mod args;
pub mod check;
pub mod codes;
pub mod explain;
pub mod generate;
pub mod help;
pub mod json;
pub mod logs;
pub mod search;
pub mod text;

pub use args::{Args, Command, Format};
pub use text::Output;
