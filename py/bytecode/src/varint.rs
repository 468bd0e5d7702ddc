//! Primitive encodings of the bytecode and the `.mpy` container: vuint, signed var-int, jump
//! offsets (spec §1). Always compiled.
//!
//! Decoders take a byte slice and a position, return the value and the position after it, and
//! never panic: running off the end is [`DecodeError::Truncated`], a value too wide for the
//! result type is [`DecodeError::Overflow`].

use alloc::vec::Vec;

use crate::opcode::DecodeError;

/// Decodes a `vuint` (big-endian base-128, §1.1) as a `u32`. Returns `(value, next_pos)`.
///
/// Non-minimal encodings (leading `0x80` bytes) are accepted.
#[inline]
pub fn decode_vuint(bytes: &[u8], mut pos: usize) -> Result<(u32, usize), DecodeError> {
    let mut value: u32 = 0;
    loop {
        let b = *bytes.get(pos).ok_or(DecodeError::Truncated)?;
        pos += 1;
        if value > (u32::MAX >> 7) {
            return Err(DecodeError::Overflow);
        }
        value = (value << 7) | u32::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Ok((value, pos));
        }
    }
}

/// Appends the minimal `vuint` encoding of `value` (§1.1).
pub fn encode_vuint(out: &mut Vec<u8>, value: u32) {
    let mut buf = [0u8; 5];
    let mut i = buf.len() - 1;
    let mut v = value;
    buf[i] = (v & 0x7f) as u8;
    v >>= 7;
    while v != 0 {
        i -= 1;
        buf[i] = 0x80 | (v & 0x7f) as u8;
        v >>= 7;
    }
    out.extend_from_slice(&buf[i..]);
}

/// Number of bytes [`encode_vuint`] writes for `value`.
pub fn vuint_len(value: u32) -> usize {
    let mut n = 1;
    let mut v = value >> 7;
    while v != 0 {
        n += 1;
        v >>= 7;
    }
    n
}

/// Decodes the signed var-int of `LOAD_CONST_SMALL_INT` (§1.2). Returns `(value, next_pos)`.
///
/// Values that do not fit an `i64` are [`DecodeError::Overflow`].
#[inline]
pub fn decode_svarint(bytes: &[u8], mut pos: usize) -> Result<(i64, usize), DecodeError> {
    let first = *bytes.get(pos).ok_or(DecodeError::Truncated)?;
    let mut value: i64 = if first & 0x40 != 0 { -1 } else { 0 };
    loop {
        let b = *bytes.get(pos).ok_or(DecodeError::Truncated)?;
        pos += 1;
        // Shifting left by 7 must not lose significant bits: the top 8 bits must all equal
        // the sign.
        let top = value >> 56;
        if top != 0 && top != -1 {
            return Err(DecodeError::Overflow);
        }
        value = (value << 7) | i64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Ok((value, pos));
        }
    }
}

/// Appends the minimal signed var-int encoding of `value` (§1.2).
pub fn encode_svarint(out: &mut Vec<u8>, value: i64) {
    // 64 bits need at most 10 groups of 7.
    let mut buf = [0u8; 10];
    let mut i = buf.len() - 1;
    let mut n = value;
    buf[i] = (n & 0x7f) as u8;
    n >>= 7;
    while n != 0 && n != -1 {
        i -= 1;
        buf[i] = (n & 0x7f) as u8;
        n >>= 7;
    }
    if n == -1 && buf[i] & 0x40 == 0 {
        i -= 1;
        buf[i] = 0x7f;
    } else if n == 0 && buf[i] & 0x40 != 0 {
        i -= 1;
        buf[i] = 0x00;
    }
    let last = buf.len() - 1;
    for b in &mut buf[i..last] {
        *b |= 0x80;
    }
    out.extend_from_slice(&buf[i..]);
}

/// Decodes a jump offset field (§1.3) at `pos`. `signed` selects the biased form used by
/// `0x40`–`0x44`. Returns `(value, next_pos)`; the jump target is `next_pos + value` (for
/// `UNWIND_JUMP`, the position of its extra byte plus the value).
#[inline]
pub fn decode_jump_offset(
    bytes: &[u8],
    pos: usize,
    signed: bool,
) -> Result<(i32, usize), DecodeError> {
    let b0 = *bytes.get(pos).ok_or(DecodeError::Truncated)?;
    if b0 & 0x80 == 0 {
        let raw = i32::from(b0);
        Ok((if signed { raw - 0x40 } else { raw }, pos + 1))
    } else {
        let b1 = *bytes.get(pos + 1).ok_or(DecodeError::Truncated)?;
        let raw = i32::from(b0 & 0x7f) | (i32::from(b1) << 7);
        Ok((if signed { raw - 0x4000 } else { raw }, pos + 2))
    }
}

/// Whether `value` fits the 1-byte jump offset form (§1.3).
pub fn jump_fits_short(value: i32, signed: bool) -> bool {
    if signed {
        (-0x40..0x40).contains(&value)
    } else {
        (0..0x80).contains(&value)
    }
}

/// Whether `value` fits the 2-byte jump offset form (§1.3).
pub fn jump_fits_long(value: i32, signed: bool) -> bool {
    if signed {
        (-0x4000..0x4000).contains(&value)
    } else {
        (0..0x8000).contains(&value)
    }
}

/// Appends a jump offset field: 1 byte if `long` is false, else 2 bytes.
///
/// Returns `false` (and writes nothing) if `value` does not fit the chosen form; the compiler
/// turns that into `RuntimeError: bytecode overflow`.
#[must_use]
pub fn encode_jump_offset(out: &mut Vec<u8>, value: i32, signed: bool, long: bool) -> bool {
    if long {
        if !jump_fits_long(value, signed) {
            return false;
        }
        let raw = if signed { value + 0x4000 } else { value } as u32;
        out.push(0x80 | (raw & 0x7f) as u8);
        out.push((raw >> 7) as u8);
    } else {
        if !jump_fits_short(value, signed) {
            return false;
        }
        let raw = if signed { value + 0x40 } else { value } as u32;
        out.push(raw as u8);
    }
    true
}

#[cfg(test)]
mod tests;
