//! The prelude of a bytecode function (spec §3): signature, size, names, line table, cells.
//! Always compiled.
//!
//! Decoding is checked and never panics; every count is checked against the bytes that would
//! hold it before anything proportional to it is allocated.

use alloc::vec::Vec;
use core::ops::Range;

use crate::opcode::DecodeError;
use crate::varint::{decode_vuint, encode_vuint};

/// Scope flag: contains `yield`/`await`, is an `async def` or a generator expression.
pub const SCOPE_GENERATOR: u8 = 0x01;
/// Scope flag: has a `**kwargs` parameter.
pub const SCOPE_VARKEYWORDS: u8 = 0x02;
/// Scope flag: has a named `*args` parameter (a bare `*` does not set it).
pub const SCOPE_VARARGS: u8 = 0x04;
/// Scope flag: at least one keyword-only parameter has a default.
pub const SCOPE_DEFKWARGS: u8 = 0x08;
/// The scope flags a signature stores (the low four bits).
pub const SCOPE_FLAGS_STORED: u8 = 0x0f;

/// The decoded prelude of one bytecode function.
///
/// All ranges and offsets index the function's `fun_data`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prelude {
    /// Object slots in the frame: locals plus the deepest value stack.
    pub n_state: u32,
    /// Deepest nesting of exception blocks.
    pub n_exc_stack: u32,
    /// `SCOPE_*` flags (low four bits only).
    pub scope_flags: u8,
    /// Positional parameters, including closed-over free variables.
    pub n_pos_args: u32,
    /// Keyword-only parameters.
    pub n_kwonly_args: u32,
    /// Positional parameters with defaults.
    pub n_def_pos_args: u32,
    /// Bytes of source info (simple name, argument names, line table).
    pub n_info: u32,
    /// Number of cell bytes.
    pub n_cell: u32,
    /// Qstr-table index of the function's name.
    pub simple_name: u32,
    /// Qstr-table index of the name of each argument slot (`*` for unnamed ones).
    pub arg_names: Vec<u32>,
    /// Where the line-number table lies in `fun_data`.
    pub line_info: Range<usize>,
    /// Local slot numbers of the cell variables.
    pub cells: Vec<u8>,
    /// Offset in `fun_data` of the first opcode.
    pub code_start: usize,
}

/// The six fields of a signature (§3.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    /// Frame slots (≥ 1).
    pub n_state: u32,
    /// Exception-block depth.
    pub n_exc_stack: u32,
    /// `SCOPE_*` flags; only the low four bits are stored.
    pub scope_flags: u8,
    /// Positional parameters.
    pub n_pos_args: u32,
    /// Keyword-only parameters.
    pub n_kwonly_args: u32,
    /// Positional parameters with defaults.
    pub n_def_pos_args: u32,
}

/// ORs `bits << shift` into a field that must fit 32 bits.
fn put(acc: &mut u32, bits: u8, shift: usize) -> Result<(), DecodeError> {
    if bits == 0 {
        return Ok(());
    }
    let v = u64::from(bits) << shift.min(40);
    if shift >= 32 || v > u64::from(u32::MAX) {
        return Err(DecodeError::Overflow);
    }
    *acc |= v as u32;
    Ok(())
}

/// Decodes a signature (§3.2) at `pos`. Returns the signature and the position after it.
///
/// Any number of extension bytes is accepted as long as every field fits 32 bits (scope
/// flags: 4 bits) and `n_state` is representable.
pub fn decode_signature(bytes: &[u8], mut pos: usize) -> Result<(Signature, usize), DecodeError> {
    let mut z = *bytes.get(pos).ok_or(DecodeError::Truncated)?;
    pos += 1;
    let mut s = u32::from((z >> 3) & 0xf);
    let mut e = u32::from((z >> 2) & 1);
    let mut a = u32::from(z & 3);
    let (mut f, mut k, mut d) = (0u32, 0u32, 0u32);
    let mut n = 0usize;
    while z & 0x80 != 0 {
        z = *bytes.get(pos).ok_or(DecodeError::Truncated)?;
        pos += 1;
        put(&mut s, (z >> 4) & 3, 4 + 2 * n)?;
        put(&mut e, (z >> 1) & 1, 1 + n)?;
        put(&mut f, (z >> 6) & 1, n)?;
        put(&mut a, (z >> 2) & 1, 2 + n)?;
        put(&mut k, (z >> 3) & 1, n)?;
        put(&mut d, z & 1, n)?;
        // Beyond 40 extension bytes every field would overflow on its next set bit; the
        // shifts stay small because `put` clamps them.
        n = (n + 1).min(64);
    }
    if f > u32::from(SCOPE_FLAGS_STORED) {
        // Flags beyond the four defined bits cannot be represented faithfully.
        return Err(DecodeError::Overflow);
    }
    let sig = Signature {
        n_state: s.checked_add(1).ok_or(DecodeError::Overflow)?,
        n_exc_stack: e,
        scope_flags: f as u8,
        n_pos_args: a,
        n_kwonly_args: k,
        n_def_pos_args: d,
    };
    Ok((sig, pos))
}

/// Appends the encoding of a signature (§3.2). `n_state` 0 is written as 1.
pub fn encode_signature(out: &mut Vec<u8>, sig: &Signature) {
    let mut s = sig.n_state.max(1) - 1;
    let mut e = sig.n_exc_stack;
    let mut f = u32::from(sig.scope_flags & SCOPE_FLAGS_STORED);
    let mut a = sig.n_pos_args;
    let mut k = sig.n_kwonly_args;
    let mut d = sig.n_def_pos_args;
    let mut z = ((s & 0xf) << 3 | (e & 1) << 2 | (a & 3)) as u8;
    s >>= 4;
    e >>= 1;
    a >>= 2;
    while s | e | f | a | k | d != 0 {
        out.push(0x80 | z);
        z = ((f & 1) << 6 | (s & 3) << 4 | (k & 1) << 3 | (a & 1) << 2 | (e & 1) << 1 | (d & 1))
            as u8;
        s >>= 2;
        e >>= 1;
        f >>= 1;
        a >>= 1;
        k >>= 1;
        d >>= 1;
    }
    out.push(z);
}

/// Decodes the size field (§3.3) at `pos`: `(n_info, n_cell, next_pos)`. Both must fit
/// 32 bits.
pub fn decode_size(bytes: &[u8], mut pos: usize) -> Result<(u32, u32, usize), DecodeError> {
    let (mut i, mut c) = (0u32, 0u32);
    let mut n = 0usize;
    loop {
        let z = *bytes.get(pos).ok_or(DecodeError::Truncated)?;
        pos += 1;
        put(&mut c, z & 1, n)?;
        put(&mut i, (z >> 1) & 0x3f, 6 * n)?;
        if z & 0x80 == 0 {
            break;
        }
        n = (n + 1).min(64);
    }
    Ok((i, c, pos))
}

/// Appends the encoding of the size field (§3.3).
pub fn encode_size(out: &mut Vec<u8>, n_info: u32, n_cell: u32) {
    let (mut i, mut c) = (n_info, n_cell);
    loop {
        let mut z = ((i & 0x3f) << 1 | (c & 1)) as u8;
        c >>= 1;
        i >>= 6;
        if c | i != 0 {
            z |= 0x80;
        }
        out.push(z);
        if c | i == 0 {
            return;
        }
    }
}

impl Prelude {
    /// Decodes the prelude at the start of `fun_data`, checking that every part lies inside it.
    pub fn decode(fun_data: &[u8]) -> Result<Prelude, DecodeError> {
        let (sig, pos) = decode_signature(fun_data, 0)?;
        let (n_info, n_cell, info_start) = decode_size(fun_data, pos)?;
        let info_end = info_start
            .checked_add(n_info as usize)
            .filter(|&e| e <= fun_data.len())
            .ok_or(DecodeError::Truncated)?;
        let code_start = info_end
            .checked_add(n_cell as usize)
            .filter(|&e| e <= fun_data.len())
            .ok_or(DecodeError::Truncated)?;
        let info = &fun_data[..info_end];
        let (simple_name, mut p) = decode_vuint(info, info_start)?;
        let n_args = u64::from(sig.n_pos_args) + u64::from(sig.n_kwonly_args);
        // Each name takes at least one byte: check before allocating.
        if n_args > (info_end - p) as u64 {
            return Err(DecodeError::Truncated);
        }
        let mut arg_names = Vec::with_capacity(n_args as usize);
        for _ in 0..n_args {
            let (q, np) = decode_vuint(info, p)?;
            arg_names.push(q);
            p = np;
        }
        let prelude = Prelude {
            n_state: sig.n_state,
            n_exc_stack: sig.n_exc_stack,
            scope_flags: sig.scope_flags,
            n_pos_args: sig.n_pos_args,
            n_kwonly_args: sig.n_kwonly_args,
            n_def_pos_args: sig.n_def_pos_args,
            n_info,
            n_cell,
            simple_name,
            arg_names,
            line_info: p..info_end,
            cells: fun_data[info_end..code_start].to_vec(),
            code_start,
        };
        Ok(prelude)
    }

    /// The signature fields.
    pub fn signature(&self) -> Signature {
        Signature {
            n_state: self.n_state,
            n_exc_stack: self.n_exc_stack,
            scope_flags: self.scope_flags,
            n_pos_args: self.n_pos_args,
            n_kwonly_args: self.n_kwonly_args,
            n_def_pos_args: self.n_def_pos_args,
        }
    }

    /// The line-number table bytes of `fun_data` (the function this prelude came from).
    pub fn line_table<'a>(&self, fun_data: &'a [u8]) -> &'a [u8] {
        fun_data.get(self.line_info.clone()).unwrap_or(&[])
    }

    /// The opcodes of `fun_data` (the function this prelude came from).
    pub fn code<'a>(&self, fun_data: &'a [u8]) -> &'a [u8] {
        fun_data.get(self.code_start..).unwrap_or(&[])
    }

    /// Whether the GENERATOR flag is set.
    pub fn is_generator(&self) -> bool {
        self.scope_flags & SCOPE_GENERATOR != 0
    }
}

/// Assembles a complete prelude (signature, size, names, line table, cells) in front of
/// nothing: the caller appends the opcodes. `line_table` is the output of [`LineTable`].
pub fn encode_prelude(
    out: &mut Vec<u8>,
    sig: &Signature,
    simple_name: u32,
    arg_names: &[u32],
    line_table: &[u8],
    cells: &[u8],
) {
    let mut info = Vec::new();
    encode_vuint(&mut info, simple_name);
    for &q in arg_names {
        encode_vuint(&mut info, q);
    }
    info.extend_from_slice(line_table);
    encode_signature(out, sig);
    encode_size(out, info.len() as u32, cells.len() as u32);
    out.extend_from_slice(&info);
    out.extend_from_slice(cells);
}

/// Appends line-table entries (§3.5) advancing by `bytes` of bytecode and `lines` of source,
/// split exactly as upstream splits them.
pub fn encode_line_delta(out: &mut Vec<u8>, mut bytes: usize, mut lines: usize) {
    while bytes > 0 || lines > 0 {
        let (b, l);
        if lines <= 6 || bytes > 15 {
            b = bytes.min(31);
            l = if b < bytes { 0 } else { lines.min(3) };
            out.push(((l << 5) | b) as u8);
        } else {
            b = bytes.min(15);
            l = lines.min(2047);
            out.push(0x80 | b as u8 | ((l >> 4) & 0x70) as u8);
            out.push((l & 0xff) as u8);
        }
        bytes -= b;
        lines -= l;
    }
}

/// Builds a line-number table as the compiler goes: call [`LineTable::mark`] with the current
/// bytecode offset and source line before each statement or expression node.
#[derive(Clone, Debug)]
pub struct LineTable {
    bytes: Vec<u8>,
    last_offset: usize,
    last_line: usize,
}

impl Default for LineTable {
    fn default() -> Self {
        LineTable::new()
    }
}

impl LineTable {
    /// An empty table at (offset 0, line 1).
    pub fn new() -> LineTable {
        LineTable {
            bytes: Vec::new(),
            last_offset: 0,
            last_line: 1,
        }
    }

    /// Records that code from `offset` on belongs to `line`; only increasing lines are
    /// recorded (§6.7). Offsets must not decrease.
    pub fn mark(&mut self, offset: usize, line: usize) {
        if line > self.last_line {
            let db = offset.saturating_sub(self.last_offset);
            encode_line_delta(&mut self.bytes, db, line - self.last_line);
            self.last_offset = self.last_offset.max(offset);
            self.last_line = line;
        }
    }

    /// The encoded table.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The encoded table, consuming the builder.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Encodes a whole line table from `(bytecode offset, line)` pairs in emission order.
pub fn encode_line_table(pairs: &[(usize, usize)]) -> Vec<u8> {
    let mut t = LineTable::new();
    for &(offset, line) in pairs {
        t.mark(offset, line);
    }
    t.into_bytes()
}

/// Iterates over the entries of a line table as `(bytecode delta, line delta)`; yields an
/// error (and stops) if the table ends inside a long entry.
pub fn line_entries(table: &[u8]) -> LineEntries<'_> {
    LineEntries { table, pos: 0 }
}

/// Iterator returned by [`line_entries`].
#[derive(Clone, Debug)]
pub struct LineEntries<'a> {
    table: &'a [u8],
    pos: usize,
}

impl Iterator for LineEntries<'_> {
    type Item = Result<(usize, usize), DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        let b0 = *self.table.get(self.pos)?;
        if b0 & 0x80 == 0 {
            self.pos += 1;
            Some(Ok((usize::from(b0 & 0x1f), usize::from((b0 >> 5) & 3))))
        } else if let Some(&b1) = self.table.get(self.pos + 1) {
            self.pos += 2;
            Some(Ok((
                usize::from(b0 & 0x0f),
                (usize::from(b0 & 0x70) << 4) | usize::from(b1),
            )))
        } else {
            self.pos = self.table.len();
            Some(Err(DecodeError::Truncated))
        }
    }
}

/// The source line of the opcode at bytecode offset `offset` (§3.5). A truncated final entry
/// is ignored.
pub fn line_for_offset(table: &[u8], mut offset: usize) -> usize {
    let mut line = 1usize;
    for entry in line_entries(table) {
        let Ok((db, dl)) = entry else { break };
        if offset >= db {
            offset -= db;
            line = line.saturating_add(dl);
        } else {
            break;
        }
    }
    line
}

/// Checks that a line table decodes completely.
pub fn check_line_table(table: &[u8]) -> Result<(), DecodeError> {
    for entry in line_entries(table) {
        entry?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
