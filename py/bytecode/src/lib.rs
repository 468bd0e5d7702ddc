//! MicroPython bytecode and the `.mpy` v6 container: opcodes, preludes, reader, writer, disassembler.
//!
//! This crate depends only on `ferrite-float` (float text). The compiler produces a [`Module`]; the runtime loads a
//! [`Module`], whether it came from the compiler or from an `.mpy` file. Section numbers (§)
//! refer to `MPY-V6-BYTECODE.md`, the contract between compiler and VM.
//!
//! # Public API
//!
//! * [`Module`], [`RawCode`], [`Const`]: the in-memory form of a compiled module.
//! * [`Module::from_mpy`] → `Result<Module, `[`MpyError`]`>` (`Incompatible` → the runtime
//!   raises `ValueError("incompatible .mpy file")`; `Corrupt { offset, what }` otherwise) and
//!   [`Module::to_mpy`] (byte-identical to upstream `mpy-cross` for the same module).
//! * [`verify()`] → `Result<(), `[`VerifyError`]`>`: the structural check a loader runs once;
//!   see [`verify`](mod@verify) for what a verified module guarantees the VM.
//! * [`check_stack()`]: the optional, stronger pass after `verify` (stack depth and exception
//!   blocks along every path; see [`stack`]).
//! * [`disassemble()`] (whole module as text), [`disasm::disassemble_raw_code`],
//!   [`disasm::format_instr`], [`disasm::const_repr`].
//! * [`opcode`]: [`Opcode`] (one `#[repr(u8)]` enum with MicroPython's byte values; multi
//!   opcodes by the base of their range), [`OPCODE_TABLE`] / [`Opcode::info`] → [`OpInfo`]
//!   (name, operand [`Format`], extra byte, [`StackEffect`]), [`UnaryOp`] / [`BinaryOp`]
//!   (§4.4 numbers, names, operator symbols, dunder names), [`decode_instruction`] →
//!   [`Instr`] { `op`, [`Operand`], `extra`, `len` } (never panics), [`instructions`]
//!   (iterator), and the multi-opcode byte builders [`load_const_small_int_multi`],
//!   [`load_fast_multi`], [`store_fast_multi`], [`unary_op_byte`], [`binary_op_byte`].
//! * [`varint`]: `encode_/decode_vuint`, `vuint_len`, `encode_/decode_svarint`,
//!   `encode_/decode_jump_offset`, `jump_fits_short`, `jump_fits_long` (§1).
//! * [`prelude`]: [`Prelude::decode`] (checked), [`prelude::Signature`],
//!   `encode_/decode_signature`, `encode_/decode_size`, `encode_prelude`, the line table
//!   (`LineTable` builder, `encode_line_table`, `encode_line_delta`, `line_for_offset`,
//!   `line_entries`, `check_line_table`) and the `SCOPE_*` flag constants (§3).
//! * [`qstr`]: [`STATIC_QSTRS`] (Appendix A), `static_qstr_index`, `static_qstr`.
//! * [`index`]: [`Index`], the hash index from byte-string keys to `u32` values that the
//!   compiler's tables and the stack check use.
//! * [`float_repr`]: MicroPython's float text (`repr`, `repr_imag`), CPython's
//!   (`repr_shortest`, `repr_imag_shortest`) and `parse`, over `ferrite-float`.
#![no_std]
#![forbid(unsafe_code)]
extern crate alloc;

pub mod disasm;
pub mod float_repr;
pub mod index;
mod module;
pub mod mpy;
pub mod opcode;
pub mod prelude;
pub mod qstr;
pub mod stack;
pub mod varint;
pub mod verify;

pub use disasm::disassemble;
pub use index::Index;
pub use module::{Const, Module, RawCode};
pub use mpy::MpyError;
pub use opcode::{
    binary_op_byte, decode_instruction, instructions, load_const_small_int_multi, load_fast_multi,
    store_fast_multi, unary_op_byte, BinaryOp, DecodeError, Format, Instr, OpInfo, Opcode, Operand,
    StackEffect, UnaryOp, OPCODE_TABLE,
};
pub use prelude::Prelude;
pub use qstr::STATIC_QSTRS;
pub use stack::check_stack;
pub use verify::{verify, VerifyError};
