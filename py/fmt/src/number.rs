//! `format()` of ints, floats and strings: digits, signs, base prefixes, grouping, padding.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ferrite_bigint::BigInt;

use super::spec::{Align, FormatSpec, Sign};
use super::{FmtError, MAX_WIDTH};

fn unknown_code(ty: char, of: &str) -> FmtError {
    FmtError::value(format!(
        "unknown format code '{ty}' for object of type '{of}'"
    ))
}

fn cannot_group(g: char, ty: char) -> FmtError {
    FmtError::value(format!("Cannot specify '{g}' with '{ty}'."))
}

/// A number split for layout: `sign prefix int rest`, where only `int` (ASCII digits) is
/// grouped and zero padding may go into it.
struct Parts<'a> {
    sign: &'a str,
    prefix: &'a str,
    int: &'a str,
    rest: &'a str,
    /// Separator and group size, when grouping applies.
    group: Option<(char, usize)>,
}

fn sign_str(neg: bool, sign: Option<Sign>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some(Sign::Plus)) => "+",
        (false, Some(Sign::Space)) => " ",
        _ => "",
    }
}

/// `digits` (ASCII) with `sep` every `every` digits from the right, left-padded with zeros to
/// `len` digits first.
fn group_digits(out: &mut String, digits: &str, len: usize, sep: Option<(char, usize)>) {
    let pad = len.saturating_sub(digits.len());
    let total = pad + digits.len();
    let zeros = core::iter::repeat_n('0', pad);
    for (i, c) in zeros.chain(digits.chars()).enumerate() {
        if let Some((s, every)) = sep {
            if i > 0 && (total - i).is_multiple_of(every) {
                out.push(s);
            }
        }
        out.push(c);
    }
}

fn grouped_len(n: usize, group: Option<(char, usize)>) -> usize {
    match group {
        Some((_, every)) if n > 0 => n + (n - 1) / every,
        _ => n,
    }
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(core::iter::repeat_n(fill, n));
}

/// Pads a laid-out number to the spec's width (numbers align right by default; `0` means
/// `=` alignment with `0` fill, and zero fill after the sign is grouped).
fn layout(p: &Parts<'_>, sp: &FormatSpec) -> String {
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let align = sp.align.unwrap_or(if sp.zero {
        Align::AfterSign
    } else {
        Align::Right
    });
    let fixed = p.sign.chars().count() + p.prefix.len() + p.rest.chars().count();
    let mut int_len = p.int.len();
    if fill == '0' && align == Align::AfterSign && !p.int.is_empty() {
        // Zero padding is part of the number: grow the digits (and their grouping).
        let avail = sp.width.saturating_sub(fixed);
        while grouped_len(int_len, p.group) < avail {
            int_len += 1;
        }
    }
    let body_len = fixed + grouped_len(int_len, p.group);
    let pad = sp.width.saturating_sub(body_len);
    let mut out = String::with_capacity(body_len + pad);
    let (left, right) = match align {
        Align::Left => (0, pad),
        Align::Right => (pad, 0),
        Align::Center => (pad / 2, pad - pad / 2),
        Align::AfterSign => (0, 0),
    };
    push_fill(&mut out, fill, left);
    out.push_str(p.sign);
    out.push_str(p.prefix);
    if align == Align::AfterSign {
        push_fill(&mut out, fill, pad);
    }
    group_digits(&mut out, p.int, int_len, p.group);
    out.push_str(p.rest);
    push_fill(&mut out, fill, right);
    out
}

/// An int to format: a small one (`i64`) needs no `BigInt`. Both `&BigInt` and `i64`
/// convert into it, so `format_int(&big, sp)` and `format_int(5, sp)` both work.
#[derive(Debug, Clone, Copy)]
pub enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl From<i64> for IntArg<'_> {
    fn from(v: i64) -> Self {
        IntArg::Small(v)
    }
}

impl<'a> From<&'a BigInt> for IntArg<'a> {
    fn from(v: &'a BigInt) -> Self {
        IntArg::Big(v)
    }
}

impl IntArg<'_> {
    pub(crate) fn is_neg(self) -> bool {
        match self {
            IntArg::Small(v) => v < 0,
            IntArg::Big(v) => v.is_negative(),
        }
    }

    /// The digits of `|v|` in `radix` (2..=16), lowercase.
    pub(crate) fn magnitude_str(self, radix: u32) -> String {
        match self {
            IntArg::Big(v) => v.view().magnitude_str(radix),
            IntArg::Small(v) => {
                let mut u = v.unsigned_abs();
                let mut buf = [0u8; 64];
                let mut i = buf.len();
                loop {
                    i -= 1;
                    buf[i] = b"0123456789abcdef"[(u % u64::from(radix)) as usize];
                    u /= u64::from(radix);
                    if u == 0 {
                        break;
                    }
                }
                buf[i..].iter().map(|&b| char::from(b)).collect()
            }
        }
    }

    /// The nearest float, or `OverflowError` when out of range.
    pub(crate) fn to_float(self) -> Result<f64, FmtError> {
        match self {
            IntArg::Small(v) => Ok(v as f64),
            IntArg::Big(v) => Some(v.to_f64())
                .filter(|f| f.is_finite())
                .ok_or_else(|| FmtError::overflow("int too large to convert to float")),
        }
    }

    /// The character `%c` / `{:c}` makes of the int.
    pub(crate) fn to_char(self) -> Result<char, FmtError> {
        let n = match self {
            IntArg::Small(v) => u32::try_from(v).ok(),
            IntArg::Big(v) => v.to_u32(),
        };
        let n = n
            .filter(|&n| n < 0x11_0000)
            .ok_or_else(|| FmtError::overflow("%c arg not in range(0x110000)"))?;
        char::from_u32(n).ok_or_else(|| FmtError::value("surrogate characters are not supported"))
    }
}

/// `format(v, spec)` for an int (and a bool given a non-empty spec).
pub fn format_int<'a>(v: impl Into<IntArg<'a>>, sp: &FormatSpec) -> Result<String, FmtError> {
    let v: IntArg<'a> = v.into();
    let ty = sp.ty.unwrap_or('d');
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(v.to_float()?, sp);
        }
        _ => return Err(unknown_code(ty, "int")),
    };
    if sp.precision.is_some() {
        return Err(FmtError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if sp.no_neg_zero {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if let Some(g) = sp.grouping {
        if ty == 'n' || ty == 'c' || (g == ',' && radix != 10) {
            return Err(cannot_group(g, ty));
        }
    }
    if ty == 'c' {
        if sp.sign.is_some() {
            return Err(FmtError::value(
                "sign not allowed with integer format specifier 'c'",
            ));
        }
        if sp.alternate {
            return Err(FmtError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = v.to_char()?;
        let mut buf = [0u8; 4];
        let parts = Parts {
            sign: "",
            prefix: "",
            int: "",
            rest: ch.encode_utf8(&mut buf),
            group: None,
        };
        return Ok(layout(&parts, sp));
    }
    let mut digits = v.magnitude_str(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = match (sp.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let every = if radix == 10 { 3 } else { 4 };
    let parts = Parts {
        sign: sign_str(v.is_neg(), sp.sign),
        prefix,
        int: &digits,
        rest: "",
        group: sp.grouping.map(|g| (g, every)),
    };
    Ok(layout(&parts, sp))
}

/// `format(v, spec)` for a float.
pub fn format_float(v: f64, sp: &FormatSpec) -> Result<String, FmtError> {
    let ty = sp.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, "float")),
    }
    if let (Some(g), Some('n')) = (sp.grouping, ty) {
        return Err(cannot_group(g, 'n'));
    }
    let text = float_body(v.abs(), ty, sp.precision, sp.alternate);
    let mut neg = v.is_sign_negative() && !v.is_nan();
    if neg && sp.no_neg_zero && is_zero_text(&text) {
        neg = false;
    }
    let finite = v.is_finite();
    let split = if finite {
        text.bytes()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(text.len())
    } else {
        0
    };
    let parts = Parts {
        sign: sign_str(neg, sp.sign),
        prefix: "",
        int: &text[..split],
        rest: &text[split..],
        group: sp.grouping.filter(|_| finite).map(|g| (g, 3)),
    };
    Ok(layout(&parts, sp))
}

/// Whether formatted float text (no sign) shows a zero: only zeros before any exponent.
fn is_zero_text(t: &str) -> bool {
    t.bytes()
        .take_while(|&b| b != b'e' && b != b'E' && b != b'%')
        .all(|b| b == b'0' || b == b'.')
}

/// The text of a non-negative float for a presentation type, without sign or padding.
pub(crate) fn float_body(a: f64, ty: Option<char>, prec: Option<usize>, alt: bool) -> String {
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut s = if !a.is_finite() {
        let mut s = String::from(if a.is_nan() { "nan" } else { "inf" });
        if ty == Some('%') {
            s.push('%');
        }
        s
    } else {
        match ty {
            Some('e' | 'E') => sci(a, prec.unwrap_or(6), alt),
            Some('f' | 'F') => fixed(a, prec.unwrap_or(6), alt),
            Some('%') => {
                // Scaled in floating point as CPython does: the largest floats overflow.
                let x = a * 100.0;
                let mut s = if x.is_finite() {
                    fixed(x, prec.unwrap_or(6), alt)
                } else {
                    String::from("inf")
                };
                s.push('%');
                s
            }
            Some(_) => general(a, prec.unwrap_or(6).max(1), alt, false),
            None => match prec {
                Some(p) => general(a, p.max(1), alt, true),
                None => {
                    let mut s = ferrite_bytecode::float_repr::repr_shortest(a);
                    if alt && !s.contains('.') {
                        let at = s.find('e').unwrap_or(s.len());
                        s.insert(at, '.');
                    }
                    s
                }
            },
        }
    };
    if upper {
        s.make_ascii_uppercase();
    }
    s
}

/// `a` (finite, non-negative) as `d.ddde±XX` with `p` digits after the point.
fn sci(a: f64, p: usize, alt: bool) -> String {
    let (digits, exp) = sci_digits(a, p);
    let mut s = String::with_capacity(p + 8);
    s.push(char::from(digits[0]));
    if p > 0 || alt {
        s.push('.');
    }
    s.extend(digits[1..].iter().map(|&d| char::from(d)));
    push_exp(&mut s, exp);
    s
}

fn push_exp(s: &mut String, exp: i32) {
    s.push('e');
    s.push(if exp < 0 { '-' } else { '+' });
    if exp.unsigned_abs() < 10 {
        s.push('0');
    }
    s.push_str(&exp.unsigned_abs().to_string());
}

/// `a` rounded to `p + 1` significant digits (exact, ties to even): the ASCII digits and the
/// decimal exponent of the first one (0 for zero).
fn sci_digits(a: f64, p: usize) -> (Vec<u8>, i32) {
    ferrite_float::round_sig(a, p.saturating_add(1), ferrite_float::Ties::Even)
}

/// `a` (finite, non-negative) with `p` digits after the point (exact, ties to even).
fn fixed(a: f64, p: usize, alt: bool) -> String {
    let (digits, exp) = ferrite_float::round_fixed(a, p);
    // The digit for the place 10^q.
    let at = |q: i64| {
        usize::try_from(i64::from(exp) - q)
            .ok()
            .and_then(|i| digits.get(i))
            .map_or('0', |&d| char::from(d))
    };
    let mut s = String::with_capacity(p + digits.len() + 2);
    s.extend((0..=i64::from(exp.max(0))).rev().map(at));
    if p > 0 || alt {
        s.push('.');
    }
    s.extend((1..=p as i64).map(|q| at(-q)));
    s
}

/// `g` with `p ≥ 1` significant digits; `dot0` is the `''` type with a precision, whose fixed
/// form keeps a digit after the point (so it switches to exponent form one place earlier).
fn general(a: f64, p: usize, alt: bool, dot0: bool) -> String {
    let exp = if a == 0.0 { 0 } else { sci_digits(a, p - 1).1 };
    let limit = if dot0 { p as i64 - 1 } else { p as i64 };
    let mut s = if (-4..limit).contains(&i64::from(exp)) {
        let frac = (p as i64 - 1 - i64::from(exp)) as usize;
        let mut s = fixed(a, frac, false);
        if alt && !s.contains('.') {
            s.push('.');
        }
        s
    } else {
        sci(a, p - 1, alt)
    };
    if !alt {
        strip_zeros(&mut s);
        if dot0 && !s.contains(['.', 'e']) {
            s.push_str(".0");
        }
    }
    s
}

/// Removes trailing zeros after the point (and a bare point) from the mantissa.
fn strip_zeros(s: &mut String) {
    let e = s.find('e').unwrap_or(s.len());
    let (mant, exp) = s.split_at(e);
    if !mant.contains('.') {
        return;
    }
    let kept = mant.trim_end_matches('0').trim_end_matches('.');
    *s = format!("{kept}{exp}");
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, sp: &FormatSpec) -> Result<String, FmtError> {
    match sp.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    if sp.sign.is_some() {
        return Err(FmtError::value(
            "sign not allowed in string format specifier",
        ));
    }
    if sp.alternate {
        return Err(FmtError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if sp.no_neg_zero {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in format specifier",
        ));
    }
    if sp.align == Some(Align::AfterSign) {
        return Err(FmtError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(g) = sp.grouping {
        return Err(cannot_group(g, 's'));
    }
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    Ok(pad_str(
        s,
        sp.precision,
        sp.width,
        fill,
        sp.align.unwrap_or(Align::Left),
    ))
}

/// `s` cut to `prec` characters and padded to `width` characters.
pub(crate) fn pad_str(
    s: &str,
    prec: Option<usize>,
    width: usize,
    fill: char,
    align: Align,
) -> String {
    let body = match prec.and_then(|p| s.char_indices().nth(p)) {
        Some((at, _)) => &s[..at],
        None => s,
    };
    let n = body.chars().count();
    let pad = width.min(MAX_WIDTH).saturating_sub(n);
    let (left, right) = match align {
        Align::Left => (0, pad),
        Align::Right | Align::AfterSign => (pad, 0),
        Align::Center => (pad / 2, pad - pad / 2),
    };
    let mut out = String::with_capacity(body.len() + pad * fill.len_utf8());
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, right);
    out
}
