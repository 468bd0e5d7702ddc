//! The `micropython` host binary.
#![deny(unsafe_code)]

mod args;
mod continuation;
mod driver;
mod line_editor;
mod repl;
#[allow(unsafe_code)]
mod terminal;

fn main() {}
