//! MicroPython bytecode and the `.mpy` v6 container: opcodes, preludes, reader, writer, disassembler.
//!
//! This crate depends on nothing. The compiler produces a [`Module`]; the runtime loads a
//! [`Module`], whether it came from the compiler or from an `.mpy` file.
//!
//! # Public API
//!
//! * [`Module`], [`RawCode`], [`Const`]: the in-memory form of a compiled module.
//! * [`opcode`]: [`Opcode`] (one enum, MicroPython's byte values), [`OPCODE_TABLE`] /
//!   [`Opcode::info`] (name, operand [`Format`], extra byte, [`StackEffect`]),
//!   [`UnaryOp`] / [`BinaryOp`] numbering, [`decode_instruction`] → [`Instr`], and helpers that
//!   build multi-opcode bytes ([`load_const_small_int_multi`], [`load_fast_multi`], …).
//! * [`varint`]: vuint, signed var-int and jump-offset encoders/decoders (spec §1).
#![no_std]
#![forbid(unsafe_code)]
extern crate alloc;

pub mod disasm;
pub mod float_repr;
mod module;
pub mod mpy;
pub mod opcode;
pub mod prelude;
pub mod qstr;
pub mod varint;
pub mod verify;

pub use disasm::disassemble;
pub use module::{Const, Module, RawCode};
pub use mpy::MpyError;
pub use opcode::{
    binary_op_byte, decode_instruction, instructions, load_const_small_int_multi, load_fast_multi,
    store_fast_multi, unary_op_byte, BinaryOp, DecodeError, Format, Instr, OpInfo, Opcode, Operand,
    StackEffect, UnaryOp, OPCODE_TABLE,
};
pub use prelude::Prelude;
pub use qstr::STATIC_QSTRS;
pub use verify::{verify, VerifyError};
