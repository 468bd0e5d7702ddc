//! The in-memory form of a compiled module: exactly what an `.mpy` v6 file holds.

use alloc::string::String;
use alloc::vec::Vec;

/// A compiled module: the contents of one `.mpy` file.
///
/// Every qstr operand in any `fun_data` (opcode operands, prelude simple names and argument
/// names) is an index into `qstrs`; every `LOAD_CONST_OBJ` operand is an index into `consts`.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// File-local qstr table. Entry 0 is the source file name.
    pub qstrs: Vec<String>,
    /// Constant object table.
    pub consts: Vec<Const>,
    /// The module body; functions, classes, lambdas and comprehensions are its descendants.
    pub root: RawCode,
}

/// One bytecode function: prelude plus opcodes, and the raw codes its `MAKE_*` opcodes create.
#[derive(Clone, Debug, PartialEq)]
pub struct RawCode {
    /// The bytecode function exactly as stored in an `.mpy` (signature, size, source info,
    /// cell bytes, opcodes).
    pub fun_data: Vec<u8>,
    /// Child raw codes, indexed by the operand of `MAKE_FUNCTION` and friends.
    pub children: Vec<RawCode>,
}

/// An entry of the constant object table.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    False,
    True,
    Ellipsis,
    Str(String),
    Bytes(Vec<u8>),
    /// An integer too big for a small int, as decimal text with an optional leading `-`.
    Int(String),
    Float(f64),
    /// A pure-imaginary complex literal: the imaginary part.
    Complex(f64),
    Tuple(Vec<Const>),
}
