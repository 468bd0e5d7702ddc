//! The format-spec mini language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::{FmtError, MAX_WIDTH};

/// Where padding goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^` (an odd pad puts the extra character on the right)
    Center,
    /// `=`: between the sign (and base prefix) and the digits; numbers only.
    AfterSign,
}

/// The sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `+`: a sign for positive numbers too.
    Plus,
    /// `-`: the default.
    Minus,
    /// ` `: a space for positive numbers.
    Space,
}

/// A parsed format spec. `None`/`false`/`0` mean the option was not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: negative zero prints as zero (floats only).
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// `0` before the width.
    pub zero: bool,
    /// Minimum width in characters (0: none).
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads decimal digits from `s` at byte `i`; `None` if there are none. Saturates above
/// [`MAX_WIDTH`] (the caller refuses those).
fn digits(s: &[u8], i: &mut usize) -> Option<usize> {
    let start = *i;
    let mut n: usize = 0;
    while *i < s.len() && s[*i].is_ascii_digit() {
        n = n
            .saturating_mul(10)
            .saturating_add(usize::from(s[*i] - b'0'))
            .min(MAX_WIDTH + 1);
        *i += 1;
    }
    (*i > start).then_some(n)
}

fn invalid() -> FmtError {
    FmtError::value("invalid format specifier")
}

/// Parses a format spec (the part after `:` in a replacement field).
pub fn parse_spec(spec: &str) -> Result<FormatSpec, FmtError> {
    let mut sp = FormatSpec::default();
    let mut chars = spec.chars();
    let first = chars.next();
    let second = chars.next();
    // The fill may be any character; everything after it is ASCII or an error.
    let mut i = match (first, second.and_then(align_of)) {
        (Some(f), Some(a)) => {
            sp.fill = Some(f);
            sp.align = Some(a);
            f.len_utf8() + 1
        }
        _ => match first.and_then(align_of) {
            Some(a) => {
                sp.align = Some(a);
                1
            }
            None => 0,
        },
    };
    let s = spec.as_bytes();
    match s.get(i) {
        Some(b'+') => sp.sign = Some(Sign::Plus),
        Some(b'-') => sp.sign = Some(Sign::Minus),
        Some(b' ') => sp.sign = Some(Sign::Space),
        _ => {}
    }
    if sp.sign.is_some() {
        i += 1;
    }
    if s.get(i) == Some(&b'z') {
        sp.no_neg_zero = true;
        i += 1;
    }
    if s.get(i) == Some(&b'#') {
        sp.alternate = true;
        i += 1;
    }
    if s.get(i) == Some(&b'0') {
        sp.zero = true;
        i += 1;
    }
    if let Some(w) = digits(s, &mut i) {
        if w > MAX_WIDTH {
            return Err(FmtError::value("width too big"));
        }
        sp.width = w;
    }
    if let Some(&g @ (b',' | b'_')) = s.get(i) {
        sp.grouping = Some(char::from(g));
        i += 1;
        if matches!(s.get(i), Some(b',' | b'_')) {
            return Err(invalid());
        }
    }
    if s.get(i) == Some(&b'.') {
        i += 1;
        match digits(s, &mut i) {
            Some(p) if p > MAX_WIDTH => return Err(FmtError::value("precision too big")),
            Some(p) => sp.precision = Some(p),
            None => return Err(FmtError::value("format specifier missing precision")),
        }
    }
    let rest = spec.get(i..).ok_or_else(invalid)?;
    let mut rc = rest.chars();
    sp.ty = rc.next();
    if rc.next().is_some() {
        return Err(invalid());
    }
    Ok(sp)
}
