//! MicroPython bytecode and the `.mpy` v6 container: opcodes, preludes, reader, writer, disassembler.
//!
//! This crate depends on nothing. The compiler produces a [`Module`]; the runtime loads a
//! [`Module`], whether it came from the compiler or from an `.mpy` file.
#![no_std]
#![forbid(unsafe_code)]
extern crate alloc;

mod module;

pub use module::{Const, Module, RawCode};
