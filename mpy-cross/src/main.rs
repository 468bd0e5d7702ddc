//! The `mpy-cross` binary: compile .py to .mpy v6.
fn main() {}
