//! Structural verification of a [`Module`], run once when a module is loaded so the VM can run
//! any module that passes without bounds surprises. Always compiled.
//!
//! What a verified module guarantees, for every raw code:
//! * the prelude decodes; `n_state` and `n_exc_stack` are at most [`MAX_FRAME_SLOTS`], so a
//!   frame's size is bounded; `n_def_pos_args <= n_pos_args`; the argument slots (positional,
//!   keyword-only, `*args`, `**kwargs`) and every cell slot are `< n_state`;
//! * the simple name and argument names are valid qstr indices;
//! * the line table decodes completely;
//! * the opcodes decode one after another to exactly the end of `fun_data`; none is unused;
//! * qstr, constant and child operands are in range, local-slot operands are `< n_state`;
//! * every jump target is the start of an instruction of the same function;
//! * `UNWIND_JUMP`'s unwind count is at most `n_exc_stack`; `BUILD_SLICE` takes 2 or 3 items;
//!   `STORE_COMP`'s kind (low two bits) is list, dict or set;
//! * `MAKE_CLOSURE*`'s captured-value count is at most the child's `n_pos_args` (captured
//!   values are its hidden leading positional arguments);
//! * the last instruction does not fall through (a return, raise or unconditional jump).
//!
//! It also checks that the qstr table is not empty (entry 0 names the file in tracebacks),
//! that big-int constants are decimal text, and that nesting stays within
//! [`MAX_NESTING`]. It does not check stack depth: the VM bounds-checks its stack.

use alloc::vec;
use alloc::vec::Vec;

use crate::module::{Const, Module, RawCode};
use crate::mpy::MAX_NESTING;
use crate::opcode::{decode_instruction, Opcode, Operand};
use crate::prelude::{check_line_table, Prelude, SCOPE_VARARGS, SCOPE_VARKEYWORDS};

/// The largest `n_state` or `n_exc_stack` a verified function may declare. Far above what any
/// real function needs (cell slots are single bytes, so closures live in the first 256
/// locals); it stops a corrupt file from asking for a gigantic frame.
pub const MAX_FRAME_SLOTS: u32 = 1 << 16;

/// Why a module failed verification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// Pre-order index of the raw code (0 is the module body), if the problem is in one.
    pub raw_code: Option<usize>,
    /// Bytecode offset (from the first opcode) of the offending instruction, if any.
    pub offset: Option<usize>,
    /// What is wrong.
    pub what: &'static str,
}

impl core::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("invalid bytecode")?;
        if let Some(rc) = self.raw_code {
            write!(f, " in raw code {rc}")?;
        }
        if let Some(off) = self.offset {
            write!(f, " at offset {off}")?;
        }
        write!(f, ": {}", self.what)
    }
}

/// Checks `m` (see the module docs for what is guaranteed).
pub fn verify(m: &Module) -> Result<(), VerifyError> {
    let module_err = |what| VerifyError {
        raw_code: None,
        offset: None,
        what,
    };
    if m.qstrs.is_empty() {
        return Err(module_err("empty qstr table"));
    }
    for c in &m.consts {
        check_const(c, 0).map_err(module_err)?;
    }
    // Iterative pre-order walk; the stack holds (raw code, depth).
    let mut stack: Vec<(&RawCode, usize)> = vec![(&m.root, 0)];
    let mut index = 0usize;
    while let Some((rc, depth)) = stack.pop() {
        if depth > MAX_NESTING {
            return Err(VerifyError {
                raw_code: Some(index),
                offset: None,
                what: "raw codes nested too deep",
            });
        }
        verify_raw_code(rc, m.qstrs.len(), m.consts.len()).map_err(|(offset, what)| {
            VerifyError {
                raw_code: Some(index),
                offset,
                what,
            }
        })?;
        for child in rc.children.iter().rev() {
            stack.push((child, depth + 1));
        }
        index += 1;
    }
    Ok(())
}

fn check_const(c: &Const, depth: usize) -> Result<(), &'static str> {
    match c {
        Const::Int(s) => {
            let digits = s.strip_prefix('-').unwrap_or(s);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err("bad int constant");
            }
        }
        Const::Tuple(items) => {
            if depth > MAX_NESTING {
                return Err("constant tuples nested too deep");
            }
            for item in items {
                check_const(item, depth + 1)?;
            }
        }
        _ => {}
    }
    Ok(())
}

type RcError = (Option<usize>, &'static str);

/// Checks one raw code against table sizes `n_qstr` and `n_const`.
fn verify_raw_code(rc: &RawCode, n_qstr: usize, n_const: usize) -> Result<(), RcError> {
    let fail = |what| (None, what);
    let p = Prelude::decode(&rc.fun_data).map_err(|_| fail("prelude does not decode"))?;
    if p.n_state > MAX_FRAME_SLOTS || p.n_exc_stack > MAX_FRAME_SLOTS {
        return Err(fail("frame too large"));
    }
    let n_state = p.n_state as usize;
    if p.n_def_pos_args > p.n_pos_args {
        return Err(fail("more defaults than positional arguments"));
    }
    let arg_slots = p.n_pos_args as usize
        + p.n_kwonly_args as usize
        + usize::from(p.scope_flags & SCOPE_VARARGS != 0)
        + usize::from(p.scope_flags & SCOPE_VARKEYWORDS != 0);
    if arg_slots > n_state {
        return Err(fail("argument slots exceed n_state"));
    }
    if p.simple_name as usize >= n_qstr || p.arg_names.iter().any(|&q| q as usize >= n_qstr) {
        return Err(fail("name qstr index out of range"));
    }
    if p.cells.iter().any(|&c| usize::from(c) >= n_state) {
        return Err(fail("cell slot out of range"));
    }
    check_line_table(p.line_table(&rc.fun_data)).map_err(|_| fail("line table truncated"))?;

    let code = p.code(&rc.fun_data);
    if code.is_empty() {
        return Err(fail("no opcodes"));
    }
    // Pass 1: decode, check operands, mark instruction starts.
    let mut starts = vec![false; code.len()];
    let mut ip = 0;
    let mut last = Opcode::ReturnValue;
    while ip < code.len() {
        let at = |what| (Some(ip), what);
        let i = decode_instruction(code, ip).map_err(|_| at("opcode does not decode"))?;
        starts[ip] = true;
        match i.operand {
            Operand::Qstr(q) if q as usize >= n_qstr => return Err(at("qstr index out of range")),
            Operand::Obj(o) if o as usize >= n_const => {
                return Err(at("constant index out of range"))
            }
            Operand::Child(c) if c as usize >= rc.children.len() => {
                return Err(at("child index out of range"))
            }
            Operand::Local(l) if l as usize >= n_state => {
                return Err(at("local slot out of range"))
            }
            _ => {}
        }
        if i.op == Opcode::UnwindJump && u32::from(i.extra & 0x7f) > p.n_exc_stack {
            return Err(at("unwind count exceeds n_exc_stack"));
        }
        match (i.op, i.operand) {
            (Opcode::BuildSlice, Operand::Uint(n)) if n != 2 && n != 3 => {
                return Err(at("BUILD_SLICE takes 2 or 3 items"))
            }
            (Opcode::StoreComp, Operand::Uint(x)) if x & 3 == 3 => {
                return Err(at("bad STORE_COMP kind"))
            }
            _ => {}
        }
        if let (Opcode::MakeClosure | Opcode::MakeClosureDefargs, Operand::Child(c)) =
            (i.op, i.operand)
        {
            let child_pos = rc
                .children
                .get(c as usize)
                .and_then(|ch| crate::prelude::decode_signature(&ch.fun_data, 0).ok())
                .map_or(0, |(sig, _)| sig.n_pos_args);
            if u32::from(i.extra) > child_pos {
                return Err(at("closure captures more values than the child takes"));
            }
        }
        last = i.op;
        ip += i.len;
    }
    if !last.is_terminator() {
        return Err((None, "code falls off the end"));
    }
    // Pass 2: jump targets land on instruction starts.
    let mut ip = 0;
    while ip < code.len() {
        let i = decode_instruction(code, ip).map_err(|_| (Some(ip), "opcode does not decode"))?;
        if let Some(t) = i.jump_target() {
            if !starts.get(t).copied().unwrap_or(false) {
                return Err((Some(ip), "jump target is not an instruction"));
            }
        }
        ip += i.len;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
