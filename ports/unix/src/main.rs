//! The `micropython` host binary.
fn main() {}
