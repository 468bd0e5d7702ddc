//! The `micropython` host binary.
//!
//! It does not link Rust's `std`: the C library is reached through [`sys`], the port's one
//! module with `unsafe` code, which also holds the process entry point, the allocator and
//! the panic handler. (Unit tests build with `std` for their harness.)
#![cfg_attr(not(test), no_std)]
#![cfg_attr(not(test), no_main)]
#![deny(unsafe_code)]
extern crate alloc;

#[allow(
    unsafe_code,
    reason = "the port's one FFI module: the C library, the entry point, the allocator"
)]
#[macro_use]
mod sys;

mod args;
mod continuation;
mod driver;
mod engine;
mod line_editor;
mod raw_repl;
mod repl;

use alloc::string::String;

/// The program: `argv` as C passed it; returns the exit status.
#[cfg_attr(
    test,
    allow(
        dead_code,
        reason = "called by the entry point, which tests do not build"
    )
)]
fn run(argv: &[String]) -> i32 {
    let prog = argv.first().map(String::as_str).unwrap_or("micropython");
    let cfg = match args::parse(argv.get(1..).unwrap_or(&[])) {
        Ok(cfg) => cfg,
        Err(args::UsageError(msg)) => {
            if !msg.is_empty() {
                err!("{msg}\n");
            }
            err!("{}", args::usage(prog));
            return 1;
        }
    };
    sys::catch_sigint();
    let mut engine = engine::VmEngine::new(cfg.heap_size, cfg.gc_stress, &cfg.argv);
    let mut host = driver::HostSystem;
    let status = driver::run(&cfg, &mut engine, &mut host).clamp(0, 255);
    // Every run has written out what it printed. The heap is left to the operating system,
    // which takes the process's memory back in one piece (freeing it object by object took
    // 1-3 % of a benchmark's time); open files are closed by the exit.
    core::mem::forget(engine);
    status
}
