//! Float text as MicroPython prints it (`repr(float)`, and float constants in `.mpy` files),
//! and in CPython's shortest form (`repr_shortest`); the digits come from `ferrite-float`.
//! Always compiled.
//!
//! MicroPython's `repr` of a float is not CPython's shortest round-trip string: it takes the
//! value to 16 significant digits and uses that if it reads back as the same double, and 17
//! digits otherwise (so `556.45432` prints as `556.4543200000001`). Digits here are exact
//! (`ferrite_float::round_sig` from the binary value) and rounded half away from zero, as
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
use ferrite_float::{round_sig, shortest, Ties};

/// Parses float text (`"1.5"`, `"1e-07"`, `"inf"`, `"-nan"`, …) to the nearest double.
///
/// Accepts what `.mpy` files and Python float literals contain; returns `None` for anything
/// else. Rounding is exact (round-to-nearest-even).
pub fn parse(text: &str) -> Option<f64> {
    ferrite_float::parse(text.trim_ascii().as_bytes())
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
}

/// MicroPython's significant digits for `repr`: 16 if they read back exactly, else 17,
/// trailing zeros removed.
fn repr_digits(v: f64) -> (Vec<u8>, i32) {
    let (mut d, e) = round_sig(v, 16, Ties::Away);
    if parse_digits(&d, e, v.is_sign_negative()) != Some(v) {
        let (mut d17, e17) = round_sig(v, 17, Ties::Away);
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
    ferrite_float::parse(s.as_bytes())
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
    repr_with(v, true, shortest)
}

/// [`repr_imag`] with the fewest digits that read back exactly.
pub fn repr_imag_shortest(v: f64) -> String {
    repr_with(v, false, shortest)
}

#[cfg(test)]
mod tests;
