//! Bit-level operations: shifts, and/or/xor on the two's complement of negative numbers,
//! and conversions to and from little-endian bytes. Always compiled.

use alloc::vec;
use alloc::vec::Vec;

use crate::{nat, BigInt, IntRef, Limb, Wide, LIMB_BITS};

/// `a << n`.
pub fn shl(a: IntRef, n: usize) -> BigInt {
    if a.mag.is_empty() {
        return BigInt::zero();
    }
    let (limbs, s) = (n / LIMB_BITS as usize, n as u32 % LIMB_BITS);
    let mut out = vec![0; limbs + a.mag.len() + 1];
    for (i, &x) in a.mag.iter().enumerate() {
        let w = Wide::from(x) << s;
        out[limbs + i] |= w as Limb;
        out[limbs + i + 1] = (w >> LIMB_BITS) as Limb;
    }
    BigInt::from_parts(a.neg, out)
}

/// `a >> n`, rounding towards minus infinity as Python does for negative numbers.
pub fn shr(a: IntRef, n: usize) -> BigInt {
    let (limbs, s) = (n / LIMB_BITS as usize, n as u32 % LIMB_BITS);
    if limbs >= a.mag.len() {
        return BigInt::from(-i64::from(a.neg));
    }
    let src = &a.mag[limbs..];
    // One limb to spare for the rounding of a negative number.
    let mut out = Vec::with_capacity(src.len() + 1);
    out.extend((0..src.len()).map(|i| {
        let two =
            (Wide::from(src.get(i + 1).copied().unwrap_or(0)) << LIMB_BITS) | Wide::from(src[i]);
        (two >> s) as Limb
    }));
    let dropped = a.mag[..limbs].iter().any(|&x| x != 0) || src[0] & ((1 << s) - 1) != 0;
    if a.neg && dropped {
        nat::mul_add_in(&mut out, 1, 1);
    }
    BigInt::from_parts(a.neg, out)
}

/// Limb `i` of the infinite two's complement of `x`; `borrow` carries the `- 1` of
/// `!(|x| - 1)` up through the limbs (start it at `x.neg`).
fn twos_limb(x: IntRef, i: usize, borrow: &mut bool) -> Limb {
    let m = x.mag.get(i).copied().unwrap_or(0);
    if !x.neg {
        return m;
    }
    let (d, b) = m.overflowing_sub(Limb::from(*borrow));
    *borrow = b;
    !d
}

/// A bitwise operation on two's complements; the sign is the operation on the signs. One
/// copy for the three operations (inlined, LLVM would specialise it for each).
#[inline(never)]
fn bitwise(a: IntRef, b: IntRef, op: fn(Limb, Limb) -> Limb) -> BigInt {
    let n = a.mag.len().max(b.mag.len()) + 1;
    let (mut ba, mut bb) = (a.neg, b.neg);
    let mut out: Vec<Limb> = (0..n)
        .map(|i| op(twos_limb(a, i, &mut ba), twos_limb(b, i, &mut bb)))
        .collect();
    let sign = |x: IntRef| if x.neg { Limb::MAX } else { 0 };
    let neg = op(sign(a), sign(b)) != 0;
    if neg {
        // The magnitude of a negative two's complement: invert and add one.
        for x in out.iter_mut() {
            *x = !*x;
        }
        nat::add_in(&mut out, &[1], false);
    }
    BigInt::from_parts(neg, out)
}

pub fn and(a: IntRef, b: IntRef) -> BigInt {
    bitwise(a, b, |x, y| x & y)
}

pub fn or(a: IntRef, b: IntRef) -> BigInt {
    bitwise(a, b, |x, y| x | y)
}

pub fn xor(a: IntRef, b: IntRef) -> BigInt {
    bitwise(a, b, |x, y| x ^ y)
}

impl BigInt {
    /// The magnitude's bytes, least significant first, without high zero bytes (none for
    /// zero).
    pub fn to_bytes_le(&self) -> Vec<u8> {
        let mut out: Vec<u8> = self.mag.iter().flat_map(|x| x.to_le_bytes()).collect();
        out.truncate(out.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1));
        out
    }

    /// The shortest two's complement, least significant byte first (none for zero).
    pub fn to_signed_bytes_le(&self) -> Vec<u8> {
        let mut out = self.to_bytes_le();
        if self.neg {
            // Negate: invert, add one.
            let mut carry = true;
            for b in out.iter_mut() {
                let (x, c) = (!*b).overflowing_add(u8::from(carry));
                *b = x;
                carry = c;
            }
        }
        // The top bit must be the sign.
        let top_set = out.last().is_some_and(|&b| b & 0x80 != 0);
        if top_set != self.neg {
            out.push(if self.neg { 0xff } else { 0 });
        }
        out
    }

    /// The unsigned integer of these bytes, least significant first.
    pub fn from_bytes_le(bytes: &[u8]) -> BigInt {
        let per = (LIMB_BITS / 8) as usize;
        let mag = bytes
            .chunks(per)
            .map(|c| {
                c.iter()
                    .rev()
                    .fold(0, |acc: Limb, &b| (acc << 7 << 1) | Limb::from(b))
            })
            .collect();
        BigInt::from_parts(false, mag)
    }

    /// The integer of this two's complement, least significant byte first.
    pub fn from_signed_bytes_le(bytes: &[u8]) -> BigInt {
        let u = BigInt::from_bytes_le(bytes);
        if bytes.last().is_some_and(|&b| b & 0x80 != 0) {
            // u − 2^(8·len)
            u - (BigInt::from(1u8) << (8 * bytes.len()))
        } else {
            u
        }
    }
}
