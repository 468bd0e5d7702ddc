//! The `micropython` host binary.
#![deny(unsafe_code)]
extern crate alloc;

mod args;
mod continuation;
mod driver;
mod engine;
mod line_editor;
mod raw_repl;
mod repl;
#[allow(
    unsafe_code,
    reason = "the port's one FFI module: termios, isatty, read"
)]
mod terminal;

use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let prog = argv.first().map(String::as_str).unwrap_or("micropython");
    let cfg = match args::parse(&argv[1..]) {
        Ok(cfg) => cfg,
        Err(args::UsageError(msg)) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            eprint!("{}", args::usage(prog));
            return ExitCode::FAILURE;
        }
    };
    terminal::catch_sigint();
    let mut engine = engine::VmEngine::new(cfg.heap_size, cfg.gc_stress, &cfg.argv);
    let mut sys = driver::HostSystem;
    let status = driver::run(&cfg, &mut engine, &mut sys);
    ExitCode::from(status.clamp(0, 255) as u8)
}
