use std::process::ExitCode;

fn main() -> ExitCode {
    mailwiz::app::main(std::env::args_os())
}
