//! A text disassembler for modules: one header per raw code, one line per instruction
//! (offset, source line, name, decoded operand with qstrs and constants resolved). Used by
//! snapshot tests and `--disasm`. Always compiled.
//!
//! It never panics: anything that does not decode is printed as an error line and the
//! listing goes on with the next raw code.
//!
//! ```text
//! raw code 0 '<module>' n_state=3 n_exc_stack=0 flags=0x00 pos=0 kwonly=0 def_pos=0 children=1
//!       0 L1    LOAD_CONST_SMALL_INT_MULTI 2
//!       4       MAKE_FUNCTION_DEFARGS child 0 'f'
//!       6       STORE_NAME 'f'
//! ```

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::float_repr;
use crate::module::{Const, Module, RawCode};
use crate::opcode::{decode_instruction, Instr, Opcode, Operand};
use crate::prelude::{line_for_offset, Prelude};

/// Disassembles the whole module: the tables, then every raw code in pre-order.
pub fn disassemble(m: &Module) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "qstrs ({}):", m.qstrs.len());
    for (i, q) in m.qstrs.iter().enumerate() {
        let _ = writeln!(out, "  {i:4} {}", quote_str(q));
    }
    let _ = writeln!(out, "consts ({}):", m.consts.len());
    for (i, c) in m.consts.iter().enumerate() {
        let _ = writeln!(out, "  {i:4} {}", const_repr(c));
    }
    let mut stack: Vec<(&RawCode, String)> = alloc::vec![(&m.root, String::from("0"))];
    while let Some((rc, path)) = stack.pop() {
        disassemble_raw_code(&mut out, m, rc, &path);
        for (i, child) in rc.children.iter().enumerate().rev() {
            let mut p = path.clone();
            let _ = write!(p, ".{i}");
            stack.push((child, p));
        }
    }
    out
}

/// Appends the listing of one raw code, labelled `label` (e.g. `0.1` for the second child of
/// the module body).
pub fn disassemble_raw_code(out: &mut String, m: &Module, rc: &RawCode, label: &str) {
    let p = match Prelude::decode(&rc.fun_data) {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(out, "raw code {label}: bad prelude ({e:?})");
            return;
        }
    };
    let _ = writeln!(
        out,
        "raw code {label} {} n_state={} n_exc_stack={} flags=0x{:02x} pos={} kwonly={} def_pos={} children={}",
        qstr(m, p.simple_name),
        p.n_state,
        p.n_exc_stack,
        p.scope_flags,
        p.n_pos_args,
        p.n_kwonly_args,
        p.n_def_pos_args,
        rc.children.len()
    );
    if !p.arg_names.is_empty() {
        out.push_str("  args:");
        for &a in &p.arg_names {
            out.push(' ');
            out.push_str(&qstr(m, a));
        }
        out.push('\n');
    }
    if !p.cells.is_empty() {
        let _ = writeln!(out, "  cells: {:?}", p.cells);
    }
    let lines = p.line_table(&rc.fun_data);
    let code = p.code(&rc.fun_data);
    let mut ip = 0;
    let mut last_line = 0;
    while ip < code.len() {
        let line = line_for_offset(lines, ip);
        let _ = write!(out, "  {ip:6} ");
        if line != last_line {
            let _ = write!(out, "{:<6}", alloc::format!("L{line}"));
            last_line = line;
        } else {
            out.push_str("      ");
        }
        match decode_instruction(code, ip) {
            Ok(i) => {
                format_instr(out, m, rc, &i);
                out.push('\n');
                ip += i.len;
            }
            Err(e) => {
                let _ = writeln!(out, "<error: {e:?}>");
                return;
            }
        }
    }
}

/// Appends the text of one instruction (name and operand) without a newline. `rc` is the raw
/// code it belongs to (for child names); out-of-range indices print as `<bad N>`.
pub fn format_instr(out: &mut String, m: &Module, rc: &RawCode, i: &Instr) {
    out.push_str(i.op.name());
    match i.operand {
        Operand::None => {}
        Operand::Qstr(q) => {
            out.push(' ');
            out.push_str(&qstr(m, q));
        }
        Operand::Uint(n) => match i.op {
            Opcode::CallFunction
            | Opcode::CallFunctionVarKw
            | Opcode::CallMethod
            | Opcode::CallMethodVarKw => {
                let _ = write!(out, " n_pos={} n_kw={}", n & 0xff, (n >> 8) & 0xff);
            }
            Opcode::UnpackEx => {
                let _ = write!(out, " left={} right={}", n & 0xff, (n >> 8) & 0xff);
            }
            _ => {
                let _ = write!(out, " {n}");
            }
        },
        Operand::Local(n) => {
            let _ = write!(out, " {n}");
        }
        Operand::SmallInt(v) => {
            let _ = write!(out, " {v}");
        }
        Operand::Obj(o) => {
            let _ = write!(out, " {o} ");
            match m.consts.get(o as usize) {
                Some(c) => out.push_str(&const_repr(c)),
                None => out.push_str("<bad>"),
            }
        }
        Operand::Child(c) => {
            let _ = write!(out, " child {c} ");
            let name = rc
                .children
                .get(c as usize)
                .and_then(|ch| Prelude::decode(&ch.fun_data).ok())
                .map(|p| qstr(m, p.simple_name));
            out.push_str(name.as_deref().unwrap_or("<bad>"));
            if i.op == Opcode::MakeClosure || i.op == Opcode::MakeClosureDefargs {
                let _ = write!(out, " n_closed={}", i.extra);
            }
        }
        Operand::Jump(t) => {
            let _ = write!(out, " -> {t}");
            if i.op == Opcode::UnwindJump {
                let _ = write!(out, " unwind={}", i.extra & 0x7f);
                if i.extra & 0x80 != 0 {
                    out.push_str(" pop_iter");
                }
            }
        }
        Operand::Unary(op) => {
            let _ = write!(out, " {}", op.name());
        }
        Operand::Binary(op) => {
            let _ = write!(out, " {}", op.name());
        }
    }
}

fn qstr(m: &Module, q: u32) -> String {
    match m.qstrs.get(q as usize) {
        Some(s) => quote_str(s),
        None => alloc::format!("<bad qstr {q}>"),
    }
}

/// A Python-style quoted string literal.
fn quote_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push('\'');
    out
}

/// The Python `repr` of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => String::from("None"),
        Const::False => String::from("False"),
        Const::True => String::from("True"),
        Const::Ellipsis => String::from("Ellipsis"),
        Const::Str(s) => quote_str(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Int(s) => s.clone(),
        Const::Float(v) => float_repr::repr(*v),
        Const::Complex(v) => {
            let mut s = float_repr::repr_imag(*v);
            s.push('j');
            s
        }
        Const::Tuple(items) => {
            let mut s = String::from("(");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&const_repr(item));
            }
            if items.len() == 1 {
                s.push(',');
            }
            s.push(')');
            s
        }
    }
}

#[cfg(test)]
mod tests;
