//! The `micropython` host binary.
#![deny(unsafe_code)]
extern crate alloc;

// Until the interpreter is merged, the driver, REPL and terminal code has no caller outside
// its tests.
mod args;
#[allow(
    dead_code,
    reason = "used by the REPL once the interpreter is wired in"
)]
mod continuation;
#[allow(
    dead_code,
    reason = "called from main once the interpreter is wired in"
)]
mod driver;
#[allow(
    dead_code,
    reason = "used by the REPL once the interpreter is wired in"
)]
mod line_editor;
#[allow(
    dead_code,
    reason = "used by the REPL once the interpreter is wired in"
)]
mod raw_repl;
#[allow(
    dead_code,
    reason = "run by the driver once the interpreter is wired in"
)]
mod repl;
#[allow(
    unsafe_code,
    reason = "the port's one FFI module: termios, isatty, read"
)]
#[allow(
    dead_code,
    reason = "used by the REPL once the interpreter is wired in"
)]
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
