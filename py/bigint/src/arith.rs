//! Signed arithmetic: `+ - *`, floor division and modulo, powers, modular powers and the
//! greatest common divisor. Always compiled.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::{nat, BigInt, IntRef, Limb};

/// `a + b`, allocated once at its final size.
pub fn add(a: IntRef, b: IntRef) -> BigInt {
    let (a, b) = if a.mag.len() >= b.mag.len() {
        (a, b)
    } else {
        (b, a)
    };
    if a.neg == b.neg {
        let mut out = Vec::with_capacity(a.mag.len() + 1);
        nat::add_to(&mut out, a.mag, b.mag);
        return BigInt {
            neg: a.neg,
            mag: out,
        };
    }
    // Opposite signs: the smaller magnitude from the larger, which gives the sign.
    let (a, b) = match nat::cmp(a.mag, b.mag) {
        Ordering::Less => (b, a),
        Ordering::Equal => return BigInt::zero(),
        Ordering::Greater => (a, b),
    };
    let mut out = Vec::with_capacity(a.mag.len());
    nat::sub_to(&mut out, a.mag, b.mag);
    BigInt::from_parts(a.neg, out)
}

/// `a - b`.
pub fn sub(a: IntRef, b: IntRef) -> BigInt {
    add(a, b.negated())
}

/// `a * b`: one pass for a one-limb factor, else schoolbook, Karatsuba for long factors.
pub fn mul(a: IntRef, b: IntRef) -> BigInt {
    let neg = a.neg != b.neg;
    let (a, b) = if a.mag.len() >= b.mag.len() {
        (a, b)
    } else {
        (b, a)
    };
    match *b.mag {
        [] => BigInt::zero(),
        [k] => {
            let mut out = Vec::with_capacity(a.mag.len() + 1);
            nat::mul_limb_to(&mut out, a.mag, k);
            BigInt { neg, mag: out }
        }
        _ => {
            let mut out = vec![0; a.mag.len() + b.mag.len()];
            nat::mul_acc(&mut out, a.mag, b.mag);
            BigInt::from_parts(neg, out)
        }
    }
}

/// `(a // b, a % b)` with Python's signs (the quotient floored, the remainder taking the
/// divisor's sign); `None` when `b` is zero.
pub fn div_mod_floor(a: IntRef, b: IntRef) -> Option<(BigInt, BigInt)> {
    if b.mag.is_empty() {
        return None;
    }
    let (mut q, mut r) = nat::div_rem(a.mag, b.mag);
    let neg = a.neg != b.neg;
    if neg && !r.is_empty() {
        // The truncated quotient is one above the floor; the remainder is |b| − r.
        nat::mul_add_in(&mut q, 1, 1);
        r.resize(b.mag.len(), 0);
        for x in r.iter_mut() {
            *x = !*x;
        }
        nat::add_in(&mut r, b.mag, true);
    }
    Some((BigInt::from_parts(neg, q), BigInt::from_parts(b.neg, r)))
}

/// `a ** e`.
pub fn pow(a: IntRef, e: u32) -> BigInt {
    let mut r = BigInt::from(1u8);
    for i in (0..u32::BITS - e.leading_zeros()).rev() {
        r = mul(r.view(), r.view());
        if e >> i & 1 == 1 {
            r = mul(r.view(), a);
        }
    }
    r
}

/// `x mod m` for a magnitude `m`, in `0..m`.
fn rem(x: &[Limb], m: &[Limb]) -> Vec<Limb> {
    nat::div_rem(x, m).1
}

/// `pow(a, e, m)`: the result in `0..|m|`, then moved to `m`'s sign. `None` when `m` is zero
/// or `e` negative.
pub fn modpow(a: IntRef, e: IntRef, m: IntRef) -> Option<BigInt> {
    if m.mag.is_empty() || e.neg {
        return None;
    }
    // The base reduced into 0..|m| (floor modulo by |m|).
    let base = div_mod_floor(
        a,
        IntRef {
            neg: false,
            mag: m.mag,
        },
    )?
    .1;
    let mut r = rem(&[1], m.mag);
    let step = |r: &[Limb], y: &[Limb]| {
        let mut p = vec![0; r.len() + y.len()];
        nat::mul_acc(&mut p, r, y);
        rem(nat::trimmed(&p), m.mag)
    };
    let lb = crate::LIMB_BITS as usize;
    let bits = e
        .mag
        .last()
        .map_or(0, |&t| e.mag.len() * lb - t.leading_zeros() as usize);
    for i in (0..bits).rev() {
        r = step(&r, &r);
        if e.mag[i / lb] >> (i % lb) & 1 == 1 {
            r = step(&r, &base.mag);
        }
    }
    let r = BigInt::from_parts(false, r);
    Some(if m.neg && !r.is_zero() {
        add(r.view(), m)
    } else {
        r
    })
}

/// The greatest common divisor of `|a|` and `|b|` (Euclid's algorithm).
pub fn gcd(a: IntRef, b: IntRef) -> BigInt {
    let (mut x, mut y) = (a.mag.to_vec(), b.mag.to_vec());
    while !y.is_empty() {
        let r = rem(&x, &y);
        x = core::mem::replace(&mut y, r);
    }
    BigInt::from_parts(false, x)
}
