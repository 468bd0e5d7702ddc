//! Decimal digits of a double: the shortest that read back, and exact ones rounded to a count.
//!
//! Digits are ASCII (`b'0'..=b'9'`) with the decimal exponent of the first one: `(b"15", 0)`
//! is 1.5, `(b"1", -3)` is 0.001. Signs are the caller's: these read `|v|`.

use crate::big::{Big, Nat};
use alloc::vec::Vec;

/// How an exact tie (the dropped digits are exactly 5000…) rounds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ties {
    /// To an even last digit, as CPython rounds (`'%.1f' % 0.25` is `0.2`).
    Even,
    /// Away from zero, as MicroPython's `repr` rounds.
    Away,
}

/// `|v| = m · 2^e`, `m < 2^53`.
fn parts(v: f64) -> (u64, i32) {
    let bits = v.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    }
}

/// The exact decimal digits of a finite, nonzero `|v|` (up to 767 of them).
pub fn exact(v: f64) -> (Vec<u8>, i32) {
    let (m, e) = parts(v);
    let mut n = Big::from_u64(m);
    if e >= 0 {
        n.shl(e as u32);
    } else {
        // m / 2^k = m · 5^k / 10^k
        n.mul_pow5(e.unsigned_abs());
    }
    // Nine digits at a time from the bottom.
    let mut chunks = Vec::new();
    while !n.is_zero() {
        chunks.push(n.div_small(1_000_000_000));
    }
    let mut out = Vec::with_capacity(chunks.len() * 9);
    for c in chunks.iter().rev() {
        let mut buf = [b'0'; 9];
        let mut c = *c;
        for d in buf.iter_mut().rev() {
            *d = b'0' + (c % 10) as u8;
            c /= 10;
        }
        let skip = if out.is_empty() {
            buf.iter().position(|&d| d != b'0').unwrap_or(8)
        } else {
            0
        };
        out.extend_from_slice(&buf[skip..]);
    }
    let exp = out.len() as i32 - 1 + e.min(0);
    (out, exp)
}

/// Adds one to the last digit, carrying; all nines become `1` and a zero more (`999` → `1000`).
fn increment(digits: &mut Vec<u8>) -> bool {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return false;
        }
    }
    digits.insert(0, b'1');
    true
}

/// Rounds exact digits (first-digit exponent `exp`) to `keep` digits. `keep == 0` rounds to
/// the place just above the first digit: `(b"1", exp + 1)` or `(b"0", exp + 1)`.
fn round(mut digits: Vec<u8>, mut exp: i32, keep: usize, ties: Ties) -> (Vec<u8>, i32) {
    if digits.len() <= keep {
        digits.resize(keep, b'0');
        return (digits, exp);
    }
    let next = digits[keep];
    let up = match ties {
        Ties::Away => next >= b'5',
        Ties::Even => {
            next > b'5'
                || (next == b'5'
                    && (digits[keep + 1..].iter().any(|&d| d != b'0')
                        || keep.checked_sub(1).is_some_and(|i| digits[i] & 1 == 1)))
        }
    };
    digits.truncate(keep);
    if keep == 0 {
        digits.push(if up { b'1' } else { b'0' });
        return (digits, exp + 1);
    }
    if up && increment(&mut digits) {
        digits.pop();
        exp += 1;
    }
    (digits, exp)
}

/// `|v|` to `n ≥ 1` significant digits (exactly `n` of them, zeros kept) and the exponent of
/// the first. Zero and non-finite values give `n` zeros and exponent 0.
pub fn round_sig(v: f64, n: usize, ties: Ties) -> (Vec<u8>, i32) {
    let n = n.max(1);
    if v == 0.0 || !v.is_finite() {
        return (alloc::vec![b'0'; n], 0);
    }
    let (digits, exp) = exact(v);
    round(digits, exp, n, ties)
}

/// `|v|` rounded to `frac` digits after the point (ties to even): the digits down to that place
/// (a carry into a new first digit adds one) and the exponent of the first. A value that
/// rounds to zero, zero itself and non-finite values give `(b"0", 0)`.
pub fn round_fixed(v: f64, frac: usize) -> (Vec<u8>, i32) {
    if v == 0.0 || !v.is_finite() {
        return (alloc::vec![b'0'], 0);
    }
    let (digits, exp) = exact(v);
    let keep = i64::from(exp) + 1 + frac as i64;
    if keep < 0 {
        return (alloc::vec![b'0'], 0);
    }
    let (mut d, e) = round(digits, exp, keep as usize, Ties::Even);
    if d == [b'0'] {
        return (d, 0);
    }
    if keep > 0 && e > exp {
        d.push(b'0');
    }
    (d, e)
}

/// The fewest digits that read back as `v` (finite, nonzero), the nearest such to `|v|`, and
/// the exponent of the first.
///
/// Digit generation over exact fractions: `r / s` is what is left of the value, `m_minus` and
/// `m_plus` (over the same `s`) the distances to the halfway points below and above, where a
/// reader rounds to the neighbouring doubles. Digits come until what is left lies within one
/// of them; the boundaries themselves count when the mantissa is even, since a reader rounds
/// a tie to the even mantissa.
pub fn shortest(v: f64) -> (Vec<u8>, i32) {
    let (m, e) = parts(v);
    shortest_in::<u128>(m, e)
        .or_else(|| shortest_in::<Big>(m, e))
        .unwrap_or_default()
}

/// [`shortest`] of `m · 2^e` on numbers of type `T`; `None` if they overflow it.
fn shortest_in<T: Nat>(m: u64, e: i32) -> Option<(Vec<u8>, i32)> {
    let even = m & 1 == 0;
    // At the bottom of a binade the gap below is half the gap above.
    let narrow = m == 1 << 52 && e > -1074;
    // Everything doubled (twice over if narrow) so the half gaps are integers.
    let (mut r, mut s) = (T::of(m), T::of(1));
    let (mut m_minus, mut m_plus) = (T::of(1), T::of(1 + u64::from(narrow)));
    let shift = 1 + u32::from(narrow);
    r.shift(shift)?;
    s.shift(shift)?;
    if e >= 0 {
        r.shift(e as u32)?;
        m_minus.shift(e as u32)?;
        m_plus.shift(e as u32)?;
    } else {
        s.shift(e.unsigned_abs())?;
    }
    // k: a power of ten at or below the value, from floor(log2 v) · log10 2 rounded down.
    let log2 = e + 63 - m.leading_zeros() as i32;
    let mut k = (log2 * 78_913) >> 18;
    if k >= 0 {
        s.times_pow10(k as u32)?;
    } else {
        r.times_pow10(k.unsigned_abs())?;
        m_minus.times_pow10(k.unsigned_abs())?;
        m_plus.times_pow10(k.unsigned_abs())?;
    }
    // Now the first digit's place: the smallest k with the upper bound below 10^k.
    while high(&r, &m_plus, &s, even) {
        s.times_pow10(1)?;
        k += 1;
    }
    s.fits()?;
    Some(generate(r, &s, m_minus, m_plus, even, k))
}

/// Whether `(r + m_plus) / s` reaches 1 (passes it, for an odd mantissa).
fn high<T: Nat>(r: &T, m_plus: &T, s: &T, even: bool) -> bool {
    let mut t = r.clone();
    t.plus(m_plus);
    if even {
        t >= *s
    } else {
        t > *s
    }
}

/// The digits of `r / s` until the rest is within `m_minus` or `m_plus` (see [`shortest`]);
/// `k` is the exponent just above the first digit.
fn generate<T: Nat>(
    mut r: T,
    s: &T,
    mut m_minus: T,
    mut m_plus: T,
    even: bool,
    mut k: i32,
) -> (Vec<u8>, i32) {
    let mut digits = Vec::with_capacity(17);
    loop {
        r.times10();
        m_minus.times10();
        m_plus.times10();
        let mut d = b'0';
        while r >= *s {
            r.minus(s);
            d += 1;
        }
        let low = if even { r <= m_minus } else { r < m_minus };
        let up = high(&r, &m_plus, s, even);
        digits.push(d);
        if low || up {
            let mut twice = r.clone();
            twice.plus(&r);
            // Both neighbours read back: the nearer, and on a tie the even digit (as
            // CPython's repr chooses; core's formatting rounds such ties up).
            let nearer_up = match twice.cmp(s) {
                core::cmp::Ordering::Greater => true,
                core::cmp::Ordering::Equal => d & 1 == 1,
                core::cmp::Ordering::Less => false,
            };
            if up && (!low || nearer_up) && increment(&mut digits) {
                digits.pop();
                k += 1;
            }
            return (digits, k - 1);
        }
    }
}
