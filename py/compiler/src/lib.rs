//! Ferrite compiler: Python source to MicroPython bytecode (`ferrite_bytecode::Module`).
//!
//! Pipeline: `lexer` (tokens) → `parser` (the `ast`) → `scope` (name resolution) → `emit`
//! (bytecode, preludes, qstr and constant tables).
#![no_std]
#![forbid(unsafe_code)]
extern crate alloc;

pub mod ast;
mod emit;
mod emit_code;
mod emit_expr;
mod emit_fold;
mod emit_op;
mod emit_qstr;
mod emit_stmt;
pub mod lexer;
pub mod parser;
pub mod scope;

use alloc::string::String;

/// Compiles a parsed module (scope analysis and bytecode emission) into a [`ferrite_bytecode::Module`].
///
/// `source_name` becomes entry 0 of the qstr table (the file name in tracebacks). In
/// [`Mode::Eval`] the AST must be a single expression statement, whose value the module body
/// returns; in [`Mode::Single`] every module-level expression statement passes its value to
/// the builtin `__repl_print__`.
pub fn compile_ast(
    ast: &ast::ModuleAst,
    source_name: &str,
    mode: Mode,
) -> Result<ferrite_bytecode::Module, CompileError> {
    emit::compile_module(ast, source_name, mode)
}

/// How the source is to be compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or script (`exec` mode).
    File,
    /// One REPL input: the value of each expression statement is printed (`single` mode).
    Single,
    /// One expression whose value the module body returns (`eval` mode).
    Eval,
}

/// The kind of a compile error, which becomes the Python exception type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
}

/// A compile error: raised as `kind(msg)` with the source file name and `line`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    /// The message as MicroPython words it, e.g. `invalid syntax`.
    pub msg: String,
    /// 1-based source line.
    pub line: u32,
}

/// Compiles Python source text: parse, then [`compile_ast`].
pub fn compile(
    source: &str,
    source_name: &str,
    mode: Mode,
) -> Result<ferrite_bytecode::Module, CompileError> {
    let ast = parser::parse(source, mode)?;
    compile_ast(&ast, source_name, mode)
}
