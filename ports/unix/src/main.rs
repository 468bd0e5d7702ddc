//! The `micropython` host binary.
#![deny(unsafe_code)]

mod args;
mod continuation;
mod driver;
mod line_editor;
mod repl;
#[allow(unsafe_code)]
mod terminal;

use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let prog = argv.first().map(String::as_str).unwrap_or("micropython");
    let _cfg = match args::parse(&argv[1..]) {
        Ok(cfg) => cfg,
        Err(args::UsageError(msg)) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            eprint!("{}", args::usage(prog));
            return ExitCode::FAILURE;
        }
    };
    // The interpreter (ferrite-runtime) has not landed on this branch yet: the command line,
    // the REPL and the driver are ready (`driver::run` over an `Engine`), the engine is not.
    eprintln!("micropython: this build has no interpreter yet (ferrite-runtime is not merged)");
    ExitCode::FAILURE
}
