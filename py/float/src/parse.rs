//! Decimal text to the nearest double.
//!
//! Most literals take the fast path: at most 19 significant digits forming an integer `w`
//! below 2^53 and a power of ten up to 10^22, both exact doubles, so one multiplication or
//! division rounds correctly. Anything else starts from an estimate in floating point (a few
//! units in the last place off at worst) and corrects it against the exact value: the
//! decimal is compared, in big integers, with the halfway points between the estimate and its
//! neighbours, and the estimate moves one double at a time until the value lies between them.

use crate::big::Big;
use core::cmp::Ordering;

/// Powers of ten that are exact doubles.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Significant digits kept for the exact comparison. A halfway point between two doubles has
/// at most 767 significant digits, so the digits past the 800th only matter as "some nonzero
/// digit follows", which one more digit `1` records.
const MAX_DIGITS: usize = 800;

/// What a decimal says, once read: its significant digits (all of them as `nd`, the first
/// up to 19 as the integer `w`) and the power of ten that scales the integer they form.
struct Decimal<'a> {
    /// The mantissa text (digits and at most one point), to read again for the exact path.
    mant: &'a [u8],
    w: u64,
    nd: i64,
    exp: i64,
}

/// Parses `[+-](digits[.digits] | .digits)[(e|E)[+-]digits]`, or `inf`, `infinity`, `nan` in
/// any case, to the nearest double (ties to even). No spaces or underscores; `None` for
/// anything else.
pub fn parse(text: &[u8]) -> Option<f64> {
    let (neg, body) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    let v = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        value(&read(body)?)
    };
    Some(if neg { -v } else { v })
}

fn read(s: &[u8]) -> Option<Decimal<'_>> {
    let mut i = 0;
    let (mut w, mut nd, mut frac, mut seen) = (0u64, 0i64, 0i64, false);
    let mut point = false;
    while let Some(&c) = s.get(i) {
        if c == b'.' && !point {
            point = true;
        } else if c.is_ascii_digit() {
            seen = true;
            frac += i64::from(point);
            if nd > 0 || c != b'0' {
                if nd < 19 {
                    w = w * 10 + u64::from(c - b'0');
                }
                nd += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    let mant = &s[..i];
    let mut exp = 0i64;
    if let Some(rest) = s[i..]
        .strip_prefix(b"e")
        .or_else(|| s[i..].strip_prefix(b"E"))
    {
        let (eneg, digits) = match rest.split_first() {
            Some((b'-', d)) => (true, d),
            Some((b'+', d)) => (false, d),
            _ => (false, rest),
        };
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        for &c in digits {
            // Past a million the value is 0 or infinite whatever the digits.
            exp = (exp * 10 + i64::from(c - b'0')).min(1 << 40);
        }
        if eneg {
            exp = -exp;
        }
    } else if i != s.len() {
        return None;
    }
    Some(Decimal {
        mant,
        w,
        nd,
        exp: exp - frac,
    })
}

/// The nearest double to the (nonnegative) decimal.
fn value(d: &Decimal<'_>) -> f64 {
    if d.nd == 0 {
        return 0.0;
    }
    // The value lies in [10^(nd+exp-1), 10^(nd+exp)).
    let top = d.nd + d.exp;
    if top > 310 {
        return f64::INFINITY;
    }
    if top < -324 {
        return 0.0;
    }
    if d.nd <= 19 && d.w <= 1 << 53 && d.exp.abs() <= 22 {
        let p = POW10[d.exp.unsigned_abs() as usize];
        return if d.exp < 0 {
            d.w as f64 / p
        } else {
            d.w as f64 * p
        };
    }
    exact(d, estimate(d.w, d.exp + (d.nd - d.nd.min(19))))
}

/// `w · 10^e` in floating point, within a few units in the last place (or infinite).
fn estimate(w: u64, mut e: i64) -> f64 {
    let mut v = w as f64;
    while e > 22 {
        v *= 1e22;
        e -= 22;
    }
    while e < -22 {
        v /= 1e22;
        e += 22;
    }
    let p = POW10[e.unsigned_abs() as usize];
    if e < 0 {
        v / p
    } else {
        v * p
    }
}

/// The double's integer mantissa and power of two.
fn decompose(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let biased = (bits >> 52) as i32;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    }
}

/// Moves the estimate `v` to the double nearest to the decimal.
fn exact(d: &Decimal<'_>, v: f64) -> f64 {
    if d.nd <= 19 {
        // All the digits are in `w`: compare in 128 bits while the numbers fit.
        let pow5 = u32::try_from(d.exp.unsigned_abs())
            .ok()
            .and_then(|k| 5u128.checked_pow(k));
        let small = |c: u64, f: i32| {
            let (mut l, mut r) = (u128::from(d.w), u128::from(c));
            let side = if d.exp >= 0 { &mut l } else { &mut r };
            *side = side.checked_mul(pow5?)?;
            let t = d.exp - i64::from(f);
            let side = if t >= 0 { &mut l } else { &mut r };
            let t = u32::try_from(t.unsigned_abs()).ok()?;
            *side = (side.leading_zeros() > t).then(|| *side << t)?;
            Some(l.cmp(&r))
        };
        if let Some(v) = correct(v, &small) {
            return v;
        }
    }
    // The decimal as `digits · 10^exp`, its first MAX_DIGITS digits, and a 1 for the rest.
    let mut digits = Big::from_u64(0);
    let (mut kept, mut rest_nonzero) = (0usize, false);
    for &c in d.mant {
        if c == b'.' || (kept == 0 && c == b'0') {
            continue;
        }
        if kept < MAX_DIGITS {
            digits.mul_add_small(10, u32::from(c - b'0'));
            kept += 1;
        } else {
            rest_nonzero |= c != b'0';
        }
    }
    let mut exp = d.exp + (d.nd - kept as i64);
    if rest_nonzero {
        digits.mul_add_small(10, 1);
        exp -= 1;
    }
    // Compare digits · 5^exp · 2^exp with c · 2^f: the fives go to one side once.
    let exp = exp as i32;
    let mut lhs = digits;
    let mut pow5 = Big::from_u64(1);
    if exp >= 0 {
        lhs.mul_pow5(exp as u32);
    } else {
        pow5.mul_pow5(exp.unsigned_abs());
    }
    let big = |c: u64, f: i32| {
        let mut l = lhs.clone();
        let mut r = pow5.clone();
        r.mul_u64(c);
        let t = exp - f;
        if t >= 0 {
            l.shl(t as u32);
        } else {
            r.shl(t.unsigned_abs());
        }
        Some(l.cmp(&r))
    };
    correct(v, &big).unwrap_or(v)
}

/// Steps from the estimate `v` to the double nearest to the decimal, given `cmp(c, f)`: how
/// the decimal compares with `c · 2^f` (`None` when it cannot tell, which ends the walk).
fn correct(v: f64, cmp: &dyn Fn(u64, i32) -> Option<Ordering>) -> Option<f64> {
    let mut v = if v.is_finite() { v } else { f64::MAX };
    loop {
        let (m, e) = decompose(v);
        // Above the halfway point to the next double, or on it from an odd mantissa: up.
        match cmp(2 * m + 1, e - 1)? {
            Ordering::Less => {}
            Ordering::Equal if m & 1 == 0 => return Some(v),
            order => {
                if v == f64::MAX {
                    return Some(f64::INFINITY);
                }
                v = f64::from_bits(v.to_bits() + 1);
                if order == Ordering::Equal {
                    return Some(v);
                }
                continue;
            }
        }
        if m == 0 {
            return Some(v);
        }
        // The gap below is half as wide at the bottom of a binade.
        let (c, f) = if m == 1 << 52 && e > -1074 {
            (4 * m - 1, e - 2)
        } else {
            (2 * m - 1, e - 1)
        };
        match cmp(c, f)? {
            Ordering::Less => v = f64::from_bits(v.to_bits() - 1),
            Ordering::Equal if m & 1 == 1 => return Some(f64::from_bits(v.to_bits() - 1)),
            _ => return Some(v),
        }
    }
}
