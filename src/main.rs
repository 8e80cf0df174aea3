use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    mailwiz::app::main(mailwiz::cli::Args::parse())
}
