//! Float text as MicroPython prints it (`repr(float)`, and float constants in `.mpy` files),
//! plus exact decimal digit generation for `%e`/`%f`/`%g`-style formatting. Always compiled.
//!
//! MicroPython's `repr` of a float is not CPython's shortest round-trip string: it takes the
//! value to 16 significant digits and uses that if it reads back as the same double, and 17
//! digits otherwise (so `556.45432` prints as `556.4543200000001`). Digits here are exact
//! (computed with a small bignum from the binary value) and rounded half away from zero, as
//! upstream rounds exact ties. The text shape: exponent form when the decimal exponent is
//! below −4 or at least 16 (`1e-05`, `1e+16`), at least two exponent digits, `.0` appended to
//! integral fixed-point values, and `inf`, `-inf`, `nan`, `-0.0`.
//!
//! This matches MicroPython's runtime `repr(float)` exactly on the 3,020 recorded values in
//! `tests/float_repr_micropython.txt` (and on 9,020 measured in all). Upstream `mpy-cross` 1.29
//! writes float constants with a slightly less exact digit generator: for about 0.2% of the
//! doubles that need 17 digits it picks a neighbouring 17-digit string (both read back as the
//! same double), and very rarely a 16-digit one. Such a constant read from an upstream `.mpy`
//! is written back with our digits. No float in the committed fixtures or in 392 files of
//! CPython's standard library compiled by `mpy-cross` is affected.

use alloc::string::String;
use alloc::vec::Vec;

/// Parses float text (`"1.5"`, `"1e-07"`, `"inf"`, `"-nan"`, …) to the nearest double.
///
/// Accepts what `.mpy` files and Python float literals contain; returns `None` for anything
/// else. Rounding is exact (round-to-nearest-even).
pub fn parse(text: &str) -> Option<f64> {
    let t = text.trim_ascii();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = body.as_bytes();
    let is = |w: &[u8]| lower.eq_ignore_ascii_case(w);
    if is(b"inf") || is(b"infinity") || is(b"nan") {
        let v = if is(b"nan") { f64::NAN } else { f64::INFINITY };
        return Some(if t.starts_with('-') { -v } else { v });
    }
    // Only digits, one '.', and an exponent: reject the other spellings core accepts.
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b".eE+-".contains(&b))
    {
        return None;
    }
    t.parse::<f64>().ok()
}

/// The decimal digits of a finite, nonzero `|v|`, exactly, as ASCII digits without leading
/// zeros, and the decimal exponent of the first digit.
fn exact_digits(v: f64) -> (Vec<u8>, i32) {
    let bits = v.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e2) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    // v = mant * 2^e2. Build the integer N with v = N * 10^e10.
    let mut n: Vec<u32> = alloc::vec![mant as u32, (mant >> 32) as u32];
    let e10 = e2.min(0);
    if e2 >= 0 {
        shl(&mut n, e2 as u32);
    } else {
        // mant / 2^k = mant * 5^k / 10^k
        let mut k = (-e2) as u32;
        while k >= 13 {
            mul_small(&mut n, 1_220_703_125); // 5^13
            k -= 13;
        }
        mul_small(&mut n, 5u32.pow(k));
    }
    let digits = to_decimal(n);
    let first_exp = digits.len() as i32 - 1 + e10;
    (digits, first_exp)
}

fn trim(n: &mut Vec<u32>) {
    while n.last() == Some(&0) {
        n.pop();
    }
}

fn mul_small(n: &mut Vec<u32>, m: u32) {
    let mut carry = 0u64;
    for limb in n.iter_mut() {
        let p = u64::from(*limb) * u64::from(m) + carry;
        *limb = p as u32;
        carry = p >> 32;
    }
    if carry != 0 {
        n.push(carry as u32);
    }
}

fn shl(n: &mut Vec<u32>, bits: u32) {
    let words = (bits / 32) as usize;
    let b = bits % 32;
    if b != 0 {
        let mut carry = 0u32;
        for limb in n.iter_mut() {
            let nv = (*limb << b) | carry;
            carry = *limb >> (32 - b);
            *limb = nv;
        }
        if carry != 0 {
            n.push(carry);
        }
    }
    if words != 0 {
        n.splice(0..0, core::iter::repeat_n(0u32, words));
    }
}

/// Decimal digits of `n` (most significant first, no leading zeros; `"0"` for zero).
fn to_decimal(mut n: Vec<u32>) -> Vec<u8> {
    const CHUNK: u64 = 1_000_000_000;
    trim(&mut n);
    let mut chunks: Vec<u32> = Vec::new();
    while !n.is_empty() {
        let mut rem = 0u64;
        for limb in n.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*limb);
            *limb = (cur / CHUNK) as u32;
            rem = cur % CHUNK;
        }
        chunks.push(rem as u32);
        trim(&mut n);
    }
    let mut out = Vec::new();
    for (i, c) in chunks.iter().rev().enumerate() {
        let mut buf = [b'0'; 9];
        let mut c = *c;
        for d in buf.iter_mut().rev() {
            *d = b'0' + (c % 10) as u8;
            c /= 10;
        }
        if i == 0 {
            let skip = buf.iter().position(|&d| d != b'0').unwrap_or(8);
            out.extend_from_slice(&buf[skip..]);
        } else {
            out.extend_from_slice(&buf);
        }
    }
    if out.is_empty() {
        out.push(b'0');
    }
    out
}

/// Rounds exact digits `digits` (first-digit exponent `exp`) to `keep` digits, half away from
/// zero. `keep == 0` gives one digit: a `1` one place further left when the first digit is at
/// least 5, else a `0`.
fn round_exact(mut digits: Vec<u8>, mut exp: i32, keep: usize) -> (Vec<u8>, i32) {
    if keep == 0 {
        return if digits[0] >= b'5' {
            (alloc::vec![b'1'], exp + 1)
        } else {
            (alloc::vec![b'0'], exp + 1)
        };
    }
    if digits.len() > keep {
        let round_up = digits[keep] >= b'5';
        digits.truncate(keep);
        if round_up {
            let mut i = keep;
            loop {
                if i == 0 {
                    // All nines: 99.9 → 100.
                    digits.insert(0, b'1');
                    digits.truncate(keep);
                    exp += 1;
                    break;
                }
                i -= 1;
                if digits[i] == b'9' {
                    digits[i] = b'0';
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
    } else {
        digits.resize(keep, b'0');
    }
    (digits, exp)
}

/// `|v|` rounded to `sig` significant decimal digits (half away from zero): the digits (exactly
/// `sig` of them, `sig ≥ 1`) and the decimal exponent of the first one. Zero and non-finite
/// values give all-zero digits and exponent 0.
pub fn round_digits(v: f64, sig: usize) -> (Vec<u8>, i32) {
    let sig = sig.max(1);
    if v == 0.0 || !v.is_finite() {
        return (alloc::vec![b'0'; sig], 0);
    }
    let (digits, exp) = exact_digits(v);
    round_exact(digits, exp, sig)
}

/// `|v|` rounded to `frac` digits after the decimal point (half away from zero), for
/// `%f`-style formatting: the significant digits and the decimal exponent of the first one.
/// A value that rounds to zero gives `(["0"], 0)`. Non-finite values count as zero.
pub fn round_fixed(v: f64, frac: usize) -> (Vec<u8>, i32) {
    if v == 0.0 || !v.is_finite() {
        return (alloc::vec![b'0'], 0);
    }
    let (digits, exp) = exact_digits(v);
    let keep = i64::from(exp) + 1 + frac as i64;
    if keep < 0 {
        return (alloc::vec![b'0'], 0);
    }
    let (mut d, e) = round_exact(digits, exp, keep as usize);
    if d == [b'0'] {
        return (d, 0);
    }
    if keep > 0 && e > exp {
        // A carry into a new leading digit (99.96 → 100.0) adds a digit in fixed mode.
        d.push(b'0');
    }
    (d, e)
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
}

/// MicroPython's significant digits for `repr`: 16 if they read back exactly, else 17,
/// trailing zeros removed.
fn repr_digits(v: f64) -> (Vec<u8>, i32) {
    let (exact, exp) = exact_digits(v);
    let (mut d, e) = round_exact(exact.clone(), exp, 16);
    if parse_digits(&d, e, v.is_sign_negative()) != Some(v) {
        let (mut d17, e17) = round_exact(exact, exp, 17);
        strip_trailing_zeros(&mut d17);
        return (d17, e17);
    }
    strip_trailing_zeros(&mut d);
    (d, e)
}

fn parse_digits(d: &[u8], e: i32, neg: bool) -> Option<f64> {
    let mut s = String::with_capacity(d.len() + 8);
    if neg {
        s.push('-');
    }
    s.push(d[0] as char);
    s.push('.');
    for &c in &d[1..] {
        s.push(c as char);
    }
    s.push('e');
    push_int(&mut s, i64::from(e));
    s.parse::<f64>().ok()
}

fn push_int(s: &mut String, v: i64) {
    s.push_str(decimal(v, &mut [0; 20]));
}

/// The decimal text of `v` (with its sign), written at the end of `buf`.
pub fn decimal(v: i64, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    let mut u = v.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    if v < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    // Only ASCII digits and '-' were written.
    core::str::from_utf8(&buf[i..]).unwrap_or("")
}

/// Writes digits `d` with first-digit exponent `e` in MicroPython's repr shape.
fn shape(s: &mut String, d: &[u8], e: i32, force_point: bool) {
    if !(-4..16).contains(&e) {
        s.push(d[0] as char);
        if d.len() > 1 {
            s.push('.');
            s.extend(d[1..].iter().map(|&c| c as char));
        }
        s.push('e');
        s.push(if e < 0 { '-' } else { '+' });
        if e.unsigned_abs() < 10 {
            s.push('0');
        }
        push_int(s, i64::from(e.unsigned_abs()));
    } else if e < 0 {
        s.push_str("0.");
        for _ in 0..(-e - 1) {
            s.push('0');
        }
        s.extend(d.iter().map(|&c| c as char));
    } else {
        let int_len = e as usize + 1;
        for i in 0..int_len {
            s.push(*d.get(i).unwrap_or(&b'0') as char);
        }
        if d.len() > int_len {
            s.push('.');
            s.extend(d[int_len..].iter().map(|&c| c as char));
        } else if force_point {
            s.push_str(".0");
        }
    }
}

/// The shortest digits that read back as `v` (finite, nonzero), and the exponent of the
/// first one.
fn shortest_digits(v: f64) -> (Vec<u8>, i32) {
    let t = alloc::format!("{:e}", v.abs());
    let (mant, exp) = t.split_once('e').unwrap_or((&t, "0"));
    let d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (d, exp.parse().unwrap_or(0))
}

fn repr_impl(v: f64, force_point: bool) -> String {
    repr_with(v, force_point, repr_digits)
}

fn repr_with(v: f64, force_point: bool, digits: fn(f64) -> (Vec<u8>, i32)) -> String {
    let mut s = String::new();
    if v.is_nan() {
        s.push_str("nan");
        return s;
    }
    if v.is_sign_negative() {
        s.push('-');
    }
    if v.is_infinite() {
        s.push_str("inf");
    } else if v == 0.0 {
        s.push('0');
        if force_point {
            s.push_str(".0");
        }
    } else {
        let (d, e) = digits(v);
        shape(&mut s, &d, e, force_point);
    }
    s
}

/// `repr(v)` as MicroPython prints it: `0.1`, `1e+100`, `1e-07`, `123456789.0`, `-0.0`, `inf`,
/// `nan`.
pub fn repr(v: f64) -> String {
    repr_impl(v, true)
}

/// The imaginary part of a complex as MicroPython prints it before the `j`: like [`repr`] but
/// without a forced `.0` (`2`, `1.5`, `1e+100`, `inf`).
pub fn repr_imag(v: f64) -> String {
    repr_impl(v, false)
}

/// `repr(v)` with the fewest digits that read back exactly (as CPython prints floats):
/// `0.693147181` where [`repr`] gives `0.6931471809999999`. Same layout as [`repr`].
pub fn repr_shortest(v: f64) -> String {
    repr_with(v, true, shortest_digits)
}

/// [`repr_imag`] with the fewest digits that read back exactly.
pub fn repr_imag_shortest(v: f64) -> String {
    repr_with(v, false, shortest_digits)
}

#[cfg(test)]
mod tests;
