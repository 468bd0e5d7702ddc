//! `%`-formatting: parsing the template into pieces, and laying out one converted argument.
//! The runtime walks the pieces, fetches the arguments (by position or `%(key)`), resolves
//! `*` widths and precisions, and calls `str()`/`repr()`/`ascii()` itself for `%s %r %a`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::number::{float_body, pad_str, IntArg};
use super::spec::Align;
use super::{FmtError, MAX_WIDTH};

/// A piece of a `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    Conv(PercentConv),
}

/// The `- + space # 0` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: pad on the right (overrides `0`).
    pub left: bool,
    /// `+`: a sign for positive numbers (overrides space).
    pub plus: bool,
    /// ` `: a space for positive numbers.
    pub space: bool,
    /// `#`: base prefix for `o x X`, kept point and zeros for floats.
    pub alt: bool,
    /// `0`: zero padding for numbers.
    pub zero: bool,
}

/// A width or precision: a number, or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Num(usize),
    Star,
}

/// One `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentConv {
    /// `%(key)s`
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// One of `d i u o x X e E f F g G c s r a`, or `%` when `%` came with flags, width or
    /// precision (`%5%`): the runtime fetches an argument for it as CPython does, then reports
    /// [`PercentConv::unsupported`].
    pub conv: char,
    /// Character index of `conv` in the template (for error messages).
    pub index: usize,
}

fn unsupported(c: char, index: usize) -> FmtError {
    let shown = if (' '..='~').contains(&c) { c } else { '?' };
    FmtError::value(format!(
        "unsupported format character '{shown}' (0x{:x}) at index {index}",
        u32::from(c)
    ))
}

impl PercentConv {
    /// Whether the runtime must fetch an argument for the width (`*`).
    pub fn star_width(&self) -> bool {
        self.width == Some(Count::Star)
    }

    /// Whether the runtime must fetch an argument for the precision (`.*`).
    pub fn star_precision(&self) -> bool {
        self.precision == Some(Count::Star)
    }

    /// Sets a `*` width from its argument: a negative width left-aligns. The runtime passes
    /// huge ints saturated to `i64`.
    pub fn set_width(&mut self, w: i64) -> Result<(), FmtError> {
        if w < 0 {
            self.flags.left = true;
        }
        let w = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
        if w > MAX_WIDTH {
            return Err(FmtError::value("width too big"));
        }
        self.width = Some(Count::Num(w));
        Ok(())
    }

    /// Sets a `.*` precision from its argument (negative counts as 0).
    pub fn set_precision(&mut self, p: i64) -> Result<(), FmtError> {
        let p = usize::try_from(p.max(0)).unwrap_or(usize::MAX);
        if p > MAX_WIDTH {
            return Err(FmtError::value("precision too big"));
        }
        self.precision = Some(Count::Num(p));
        Ok(())
    }

    /// The error for a conversion character that needs no such argument (`%5%`).
    pub fn unsupported(&self) -> FmtError {
        unsupported(self.conv, self.index)
    }

    fn width_num(&self) -> usize {
        match self.width {
            Some(Count::Num(n)) => n,
            _ => 0,
        }
    }

    fn prec_num(&self) -> Option<usize> {
        match self.precision {
            Some(Count::Num(n)) => Some(n),
            _ => None,
        }
    }

    fn sign(&self, neg: bool) -> &'static str {
        if neg {
            "-"
        } else if self.flags.plus {
            "+"
        } else if self.flags.space {
            " "
        } else {
            ""
        }
    }

    /// `sign prefix body` padded to the width: on the right with `-`, with zeros after the
    /// prefix with `0`, else with spaces on the left.
    fn pad_number(&self, sign: &str, prefix: &str, body: &str) -> String {
        let len = sign.len() + prefix.len() + body.len();
        let pad = self.width_num().saturating_sub(len);
        let mut out = String::with_capacity(len + pad);
        if self.flags.left {
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(body);
            out.extend(core::iter::repeat_n(' ', pad));
        } else if self.flags.zero {
            out.push_str(sign);
            out.push_str(prefix);
            out.extend(core::iter::repeat_n('0', pad));
            out.push_str(body);
        } else {
            out.extend(core::iter::repeat_n(' ', pad));
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(body);
        }
        out
    }
}

/// Reads digits at `i` (a number or nothing), refusing values above [`MAX_WIDTH`].
fn count(cs: &[char], i: &mut usize, what: &str) -> Result<Option<usize>, FmtError> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = cs.get(*i).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d as usize);
        *i += 1;
    }
    if *i == start {
        return Ok(None);
    }
    if n > MAX_WIDTH {
        return Err(FmtError::value(format!("{what} too big")));
    }
    Ok(Some(n))
}

/// Parses a `%` template into literal text and conversions.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, FmtError> {
    parse_chars(&fmt.chars().collect::<Vec<char>>(), false)
}

/// Parses a `bytes` `%` template. Each byte is taken as the character of the same number
/// (Latin-1), so literal pieces hold characters up to U+00FF that map back to bytes with
/// `c as u8`; the runtime passes `bytes` arguments to [`percent_str`] the same way, and
/// widths count bytes. `%b` is accepted here (as `%s`).
pub fn parse_percent_bytes(fmt: &[u8]) -> Result<Vec<PercentPiece>, FmtError> {
    parse_chars(
        &fmt.iter().map(|&b| char::from(b)).collect::<Vec<char>>(),
        true,
    )
}

fn parse_chars(cs: &[char], bytes: bool) -> Result<Vec<PercentPiece>, FmtError> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let incomplete = || FmtError::value("incomplete format");
    while i < cs.len() {
        let c = cs[i];
        i += 1;
        if c != '%' {
            lit.push(c);
            continue;
        }
        if cs.get(i) == Some(&'%') {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut key = None;
        if cs.get(i) == Some(&'(') {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            loop {
                match cs.get(i) {
                    None => return Err(FmtError::value("incomplete format key")),
                    Some('(') => depth += 1,
                    Some(')') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            key = Some(cs[start..i].iter().collect());
            i += 1;
        }
        let mut flags = PercentFlags::default();
        while let Some(&f) = cs.get(i) {
            match f {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let width = if cs.get(i) == Some(&'*') {
            i += 1;
            Some(Count::Star)
        } else {
            count(cs, &mut i, "width")?.map(Count::Num)
        };
        let mut precision = None;
        if cs.get(i) == Some(&'.') {
            i += 1;
            precision = if cs.get(i) == Some(&'*') {
                i += 1;
                Some(Count::Star)
            } else {
                Some(Count::Num(count(cs, &mut i, "precision")?.unwrap_or(0)))
            };
        }
        while matches!(cs.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let conv = *cs.get(i).ok_or_else(incomplete)?;
        let known = "diouxXeEfFgGcrsa%".contains(conv) || (bytes && conv == 'b');
        if !known {
            return Err(unsupported(conv, i));
        }
        if !lit.is_empty() {
            out.push(PercentPiece::Literal(core::mem::take(&mut lit)));
        }
        out.push(PercentPiece::Conv(PercentConv {
            key,
            flags,
            width,
            precision,
            conv,
            index: i,
        }));
        i += 1;
    }
    if !lit.is_empty() {
        out.push(PercentPiece::Literal(lit));
    }
    Ok(out)
}

/// Formats an int for `%d %i %u %o %x %X %c`, and for `%e %f %g` (converted to float).
/// Takes a `&BigInt` or an `i64` (see [`IntArg`]).
pub fn percent_int<'a>(v: impl Into<IntArg<'a>>, c: &PercentConv) -> Result<String, FmtError> {
    let v: IntArg<'a> = v.into();
    let radix = match c.conv {
        'd' | 'i' | 'u' => 10,
        'o' => 8,
        'x' | 'X' => 16,
        'c' => return Ok(percent_char(v.to_char()?, c)),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            return percent_float(v.to_float()?, c);
        }
        _ => return Err(c.unsupported()),
    };
    let mut digits = v.magnitude_str(radix);
    if c.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = c.prec_num() {
        if p > digits.len() {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let prefix = match (c.flags.alt, c.conv) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    Ok(c.pad_number(c.sign(v.is_neg()), prefix, &digits))
}

/// Formats a float for `%e %E %f %F %g %G`. (`%d %i %u` of a float truncate it to an int
/// first, which the runtime does; `%o %x %X %c` of a float are `TypeError`s.)
pub fn percent_float(v: f64, c: &PercentConv) -> Result<String, FmtError> {
    if !"eEfFgG".contains(c.conv) {
        return Err(c.unsupported());
    }
    let body = float_body(
        v.abs(),
        Some(c.conv),
        Some(c.prec_num().unwrap_or(6)),
        c.flags.alt,
    );
    Ok(c.pad_number(c.sign(v.is_sign_negative() && !v.is_nan()), "", &body))
}

/// Lays out `str()`/`repr()`/`ascii()` text for `%s %r %a` (and bytes for `%b`): cut to the precision, padded to
/// the width (on the right with `-`). (`%c` of a one-character str: [`percent_char`].)
pub fn percent_str(s: &str, c: &PercentConv) -> Result<String, FmtError> {
    if !"srab".contains(c.conv) {
        return Err(c.unsupported());
    }
    Ok(pad(s, c.prec_num(), c))
}

/// `%c` of a character (the precision is ignored).
pub fn percent_char(ch: char, c: &PercentConv) -> String {
    let mut buf = [0u8; 4];
    pad(ch.encode_utf8(&mut buf), None, c)
}

fn pad(s: &str, prec: Option<usize>, c: &PercentConv) -> String {
    let align = if c.flags.left {
        Align::Left
    } else {
        Align::Right
    };
    pad_str(s, prec, c.width_num(), ' ', align)
}
