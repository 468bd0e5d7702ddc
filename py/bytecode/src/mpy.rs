//! The `.mpy` v6 container (spec §2): [`Module::from_mpy`] and [`Module::to_mpy`]. Always
//! compiled.
//!
//! The reader is strict and total: any input gives a [`Module`] or an [`MpyError`], never a
//! panic; nothing is allocated in proportion to a count before the bytes that count promises
//! have been seen, and nesting (raw codes, constant tuples) is bounded by [`MAX_NESTING`].
//! Reader and writer walk nested structures with explicit stacks, not native recursion, so a
//! small microcontroller stack is enough.

use alloc::string::String;
use alloc::vec::Vec;

use crate::float_repr;
use crate::module::{Const, Module, RawCode};
use crate::opcode::{Opcode, Operand};
use crate::qstr::{static_qstr, static_qstr_index};
use crate::varint::{decode_vuint, encode_vuint};

/// First byte of every `.mpy` file.
pub const MPY_MAGIC: u8 = b'M';
/// The `.mpy` major version this crate reads and writes.
pub const MPY_VERSION: u8 = 6;
/// Small-int bits written in the header (byte 3) by [`Module::to_mpy`].
pub const MPY_SMALL_INT_BITS: u8 = 31;
/// Deepest nesting of raw codes (functions in functions) or constant tuples accepted by the
/// reader. Keeps recursion bounded on corrupt input; real programs stay far below it.
pub const MAX_NESTING: usize = 64;

/// Why an `.mpy` file was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MpyError {
    /// A well-formed file this VM cannot run: wrong magic or version, native code for some
    /// architecture, architecture flags. The runtime raises
    /// `ValueError("incompatible .mpy file")`.
    Incompatible,
    /// The bytes are not a valid `.mpy`: truncated, inconsistent lengths, bad UTF-8, trailing
    /// bytes, absurd counts or nesting. `offset` is where reading stopped.
    Corrupt {
        /// Byte offset in the file where the problem was found.
        offset: usize,
        /// What was wrong.
        what: &'static str,
    },
}

impl core::fmt::Display for MpyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            MpyError::Incompatible => f.write_str("incompatible .mpy file"),
            MpyError::Corrupt { offset, what } => {
                write!(f, "corrupt .mpy file at byte {offset}: {what}")
            }
        }
    }
}

// Constant-object tags (§2.4).
const TAG_FUN_TABLE: u8 = 0;
const TAG_NONE: u8 = 1;
const TAG_FALSE: u8 = 2;
const TAG_TRUE: u8 = 3;
const TAG_ELLIPSIS: u8 = 4;
const TAG_STR: u8 = 5;
const TAG_BYTES: u8 = 6;
const TAG_INT: u8 = 7;
const TAG_FLOAT: u8 = 8;
const TAG_COMPLEX: u8 = 9;
const TAG_TUPLE: u8 = 10;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn corrupt(&self, what: &'static str) -> MpyError {
        MpyError::Corrupt {
            offset: self.pos,
            what,
        }
    }

    fn byte(&mut self) -> Result<u8, MpyError> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or_else(|| self.corrupt("truncated"))?;
        self.pos += 1;
        Ok(b)
    }

    fn vuint(&mut self) -> Result<u32, MpyError> {
        let (v, p) = decode_vuint(self.data, self.pos).map_err(|_| self.corrupt("bad var-int"))?;
        self.pos = p;
        Ok(v)
    }

    fn take(&mut self, n: u32) -> Result<&'a [u8], MpyError> {
        let end = self
            .pos
            .checked_add(n as usize)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| self.corrupt("length past end of file"))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn utf8(&mut self, n: u32) -> Result<&'a str, MpyError> {
        let start = self.pos;
        let bytes = self.take(n)?;
        core::str::from_utf8(bytes).map_err(|_| MpyError::Corrupt {
            offset: start,
            what: "invalid UTF-8",
        })
    }

    fn nul(&mut self) -> Result<(), MpyError> {
        if self.byte()? != 0 {
            self.pos -= 1;
            return Err(self.corrupt("missing NUL terminator"));
        }
        Ok(())
    }

    fn qstr(&mut self) -> Result<String, MpyError> {
        let l = self.vuint()?;
        if l & 1 == 1 {
            let s = static_qstr(l >> 1).ok_or_else(|| self.corrupt("bad static qstr index"))?;
            Ok(String::from(s))
        } else {
            let s = String::from(self.utf8(l >> 1)?);
            self.nul()?;
            Ok(s)
        }
    }

    /// Reads one constant; tuples are assembled with an explicit stack, so corrupt nesting
    /// costs heap, not native stack.
    fn constant(&mut self) -> Result<Const, MpyError> {
        // Open tuples: (items so far, items still to read).
        let mut open: Vec<(Vec<Const>, u32)> = Vec::new();
        loop {
            let mut done = match self.scalar_or_tuple()? {
                Item::Scalar(c) => c,
                Item::Tuple(0) => Const::Tuple(Vec::new()),
                Item::Tuple(n) => {
                    if open.len() >= MAX_NESTING {
                        return Err(self.corrupt("constant tuples nested too deep"));
                    }
                    // Each element takes at least one byte.
                    let cap = (n as usize).min(self.data.len() - self.pos);
                    open.push((Vec::with_capacity(cap), n));
                    continue;
                }
            };
            // Hand the finished constant to its tuple, closing every tuple it completes.
            loop {
                let Some((items, left)) = open.last_mut() else {
                    return Ok(done);
                };
                items.push(done);
                *left -= 1;
                if *left > 0 {
                    break;
                }
                let Some((items, _)) = open.pop() else {
                    return Err(self.corrupt("internal: tuple stack empty"));
                };
                done = Const::Tuple(items);
            }
        }
    }

    fn scalar_or_tuple(&mut self) -> Result<Item, MpyError> {
        let tag_pos = self.pos;
        let tag = self.byte()?;
        Ok(Item::Scalar(match tag {
            TAG_NONE => Const::None,
            TAG_FALSE => Const::False,
            TAG_TRUE => Const::True,
            TAG_ELLIPSIS => Const::Ellipsis,
            TAG_STR => {
                let n = self.vuint()?;
                let s = String::from(self.utf8(n)?);
                self.nul()?;
                Const::Str(s)
            }
            TAG_BYTES => {
                let n = self.vuint()?;
                let b = self.take(n)?.to_vec();
                self.nul()?;
                Const::Bytes(b)
            }
            TAG_INT => {
                let n = self.vuint()?;
                let start = self.pos;
                let s = self.utf8(n)?;
                let digits = s.strip_prefix('-').unwrap_or(s);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(MpyError::Corrupt {
                        offset: start,
                        what: "bad int constant",
                    });
                }
                Const::Int(String::from(s))
            }
            TAG_FLOAT | TAG_COMPLEX => {
                let n = self.vuint()?;
                let start = self.pos;
                let s = self.utf8(n)?;
                let text = if tag == TAG_COMPLEX {
                    s.strip_suffix('j')
                } else {
                    Some(s)
                };
                let v = text.and_then(float_repr::parse).ok_or(MpyError::Corrupt {
                    offset: start,
                    what: "bad float constant",
                })?;
                if tag == TAG_COMPLEX {
                    Const::Complex(v)
                } else {
                    Const::Float(v)
                }
            }
            TAG_TUPLE => return Ok(Item::Tuple(self.vuint()?)),
            TAG_FUN_TABLE => {
                return Err(MpyError::Corrupt {
                    offset: tag_pos,
                    what: "native function table in a bytecode file",
                })
            }
            _ => {
                return Err(MpyError::Corrupt {
                    offset: tag_pos,
                    what: "unknown constant tag",
                })
            }
        }))
    }

    /// Reads one raw-code header and its fun_data: the raw code (children not yet read) and
    /// its number of children.
    fn raw_code_head(&mut self) -> Result<(RawCode, u32), MpyError> {
        let kind_len = self.vuint()?;
        if kind_len & 3 != 0 {
            return Err(self.corrupt("native code in a bytecode-only file"));
        }
        let fun_data = self.take(kind_len >> 3)?.to_vec();
        let n = if kind_len & 4 != 0 { self.vuint()? } else { 0 };
        let rc = RawCode {
            fun_data,
            children: Vec::new(),
        };
        Ok((rc, n))
    }

    /// Reads the raw-code tree with an explicit stack (pre-order, §2.5).
    fn raw_code(&mut self) -> Result<RawCode, MpyError> {
        let mut open: Vec<(RawCode, u32)> = Vec::new();
        loop {
            let (rc, n) = self.raw_code_head()?;
            let mut done = rc;
            if n > 0 {
                if open.len() >= MAX_NESTING {
                    return Err(self.corrupt("raw codes nested too deep"));
                }
                let mut rc = done;
                // Each child takes at least two bytes; never reserve more than the file holds.
                rc.children
                    .reserve((n as usize).min((self.data.len() - self.pos) / 2));
                open.push((rc, n));
                continue;
            }
            loop {
                let Some((parent, left)) = open.last_mut() else {
                    return Ok(done);
                };
                parent.children.push(done);
                *left -= 1;
                if *left > 0 {
                    break;
                }
                let Some((parent, _)) = open.pop() else {
                    return Err(self.corrupt("internal: raw-code stack empty"));
                };
                done = parent;
            }
        }
    }
}

enum Item {
    Scalar(Const),
    Tuple(u32),
}

impl Module {
    /// Reads an `.mpy` v6 file (bytecode only).
    ///
    /// The result is well-formed at the container level; run [`crate::verify()`] on it before
    /// executing its bytecode.
    pub fn from_mpy(data: &[u8]) -> Result<Module, MpyError> {
        if data.len() < 4 {
            // Too short to hold a header: a wrong magic is still "incompatible".
            if data.first().is_some_and(|&m| m != MPY_MAGIC)
                || data.get(1).is_some_and(|&v| v != MPY_VERSION)
            {
                return Err(MpyError::Incompatible);
            }
            return Err(MpyError::Corrupt {
                offset: data.len(),
                what: "truncated header",
            });
        }
        if data[0] != MPY_MAGIC || data[1] != MPY_VERSION {
            return Err(MpyError::Incompatible);
        }
        let features = data[2];
        let arch = (features >> 2) & 0x0f;
        if arch != 0 || features & 0x40 != 0 || features & 0x80 != 0 {
            return Err(MpyError::Incompatible);
        }
        // Byte 3 (small-int bits) only says which integers were encoded inline; this crate
        // decodes inline integers as i64, so any width up to 63 bits is accepted.
        if data[3] > 63 {
            return Err(MpyError::Incompatible);
        }
        let mut r = Reader { data, pos: 4 };
        let n_qstr = r.vuint()?;
        let n_obj = r.vuint()?;
        // Every entry takes at least one byte.
        let room = data.len() - r.pos;
        if n_qstr as usize > room || n_obj as usize > room {
            return Err(r.corrupt("table count larger than the file"));
        }
        let mut qstrs = Vec::with_capacity(n_qstr as usize);
        for _ in 0..n_qstr {
            qstrs.push(r.qstr()?);
        }
        let mut consts = Vec::with_capacity(n_obj as usize);
        for _ in 0..n_obj {
            consts.push(r.constant()?);
        }
        let root = r.raw_code()?;
        if r.pos != data.len() {
            return Err(r.corrupt("trailing bytes after the root raw code"));
        }
        Ok(Module {
            qstrs,
            consts,
            root,
        })
    }

    /// Writes the module as an `.mpy` v6 file, byte for byte as upstream `mpy-cross` writes
    /// the same module (§2.6).
    ///
    /// The header declares 31-bit small ints, or more if some `LOAD_CONST_SMALL_INT` operand
    /// needs more (possible only for a module read from a file compiled with wider small ints),
    /// so the header never claims less than the code holds.
    pub fn to_mpy(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&[MPY_MAGIC, MPY_VERSION, 0, self.small_int_bits()]);
        encode_vuint(&mut out, self.qstrs.len() as u32);
        encode_vuint(&mut out, self.consts.len() as u32);
        for q in &self.qstrs {
            write_qstr(&mut out, q);
        }
        for c in &self.consts {
            write_const(&mut out, c);
        }
        write_raw_code(&mut out, &self.root);
        out
    }
}

impl Module {
    /// Signed bits needed by the widest inline small int (at least [`MPY_SMALL_INT_BITS`]).
    fn small_int_bits(&self) -> u8 {
        let mut bits = MPY_SMALL_INT_BITS;
        let mut todo: Vec<&RawCode> = alloc::vec![&self.root];
        while let Some(rc) = todo.pop() {
            todo.extend(rc.children.iter());
            let Ok(p) = crate::prelude::Prelude::decode(&rc.fun_data) else {
                continue;
            };
            for (_, instr) in crate::opcode::instructions(p.code(&rc.fun_data)) {
                let Ok(instr) = instr else { break };
                if let (Opcode::LoadConstSmallInt, Operand::SmallInt(v)) = (instr.op, instr.operand)
                {
                    // v fits n signed bits iff v >> (n - 1) is 0 or -1.
                    let need = 65 - (if v < 0 { !v } else { v }).leading_zeros() as u8;
                    bits = bits.max(need.min(64));
                }
            }
        }
        bits
    }
}

fn write_qstr(out: &mut Vec<u8>, s: &str) {
    if let Some(i) = static_qstr_index(s) {
        encode_vuint(out, (i << 1) | 1);
    } else {
        encode_vuint(out, (s.len() as u32) << 1);
        out.extend_from_slice(s.as_bytes());
        out.push(0);
    }
}

fn write_text(out: &mut Vec<u8>, tag: u8, text: &[u8]) {
    out.push(tag);
    encode_vuint(out, text.len() as u32);
    out.extend_from_slice(text);
}

fn write_const(out: &mut Vec<u8>, c: &Const) {
    // Explicit stack of constants still to write, so deep tuples need no native stack.
    let mut todo: Vec<&Const> = alloc::vec![c];
    while let Some(c) = todo.pop() {
        match c {
            Const::None => out.push(TAG_NONE),
            Const::False => out.push(TAG_FALSE),
            Const::True => out.push(TAG_TRUE),
            Const::Ellipsis => out.push(TAG_ELLIPSIS),
            Const::Str(s) => {
                write_text(out, TAG_STR, s.as_bytes());
                out.push(0);
            }
            Const::Bytes(b) => {
                write_text(out, TAG_BYTES, b);
                out.push(0);
            }
            Const::Int(s) => write_text(out, TAG_INT, s.as_bytes()),
            Const::Float(v) => write_text(out, TAG_FLOAT, float_repr::repr(*v).as_bytes()),
            Const::Complex(v) => {
                let mut s = float_repr::repr_imag(*v);
                s.push('j');
                write_text(out, TAG_COMPLEX, s.as_bytes());
            }
            Const::Tuple(items) => {
                out.push(TAG_TUPLE);
                encode_vuint(out, items.len() as u32);
                todo.extend(items.iter().rev());
            }
        }
    }
}

fn write_raw_code(out: &mut Vec<u8>, rc: &RawCode) {
    // Pre-order with an explicit stack.
    let mut todo: Vec<&RawCode> = alloc::vec![rc];
    while let Some(rc) = todo.pop() {
        let has_children = !rc.children.is_empty();
        encode_vuint(
            out,
            ((rc.fun_data.len() as u32) << 3) | (u32::from(has_children) << 2),
        );
        out.extend_from_slice(&rc.fun_data);
        if has_children {
            encode_vuint(out, rc.children.len() as u32);
            todo.extend(rc.children.iter().rev());
        }
    }
}

#[cfg(test)]
mod tests;
