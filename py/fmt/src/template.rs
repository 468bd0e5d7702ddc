//! `str.format` templates: literal text and replacement fields
//! `{arg_name(.attr|[key])*!conv:spec}`, where the spec may hold nested fields.

use alloc::string::String;
use alloc::vec::Vec;

use super::FmtError;

/// A piece of a `str.format` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePiece {
    /// Text copied as is (`{{`/`}}` already unescaped).
    Literal(String),
    Field(Field),
}

/// Which argument a field names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldArg {
    /// `{}`: the next positional argument (see [`number_fields`]).
    Auto,
    /// `{0}`
    Index(usize),
    /// `{name}`: a keyword argument (any text that is not all digits, e.g. `{ 0 }`, `{-1}`).
    Name(String),
}

/// A step after the argument name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`
    Attr(String),
    /// `[3]`: all digits, looked up with an int.
    Index(usize),
    /// `[key]`: anything else, looked up with a str.
    Key(String),
}

/// A replacement field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub arg: FieldArg,
    pub accessors: Vec<Accessor>,
    /// `!r`, `!s` or `!a`.
    pub conversion: Option<char>,
    /// The format spec as a sub-template: empty for none, one literal for a plain spec;
    /// nested fields (`{:{width}}`) are formatted first and their text joined with the
    /// literals to make the spec. Nested specs cannot nest further.
    pub spec: Vec<TemplatePiece>,
}

impl Field {
    /// The spec when it has no nested fields.
    pub fn literal_spec(&self) -> Option<&str> {
        match self.spec.as_slice() {
            [] => Some(""),
            [TemplatePiece::Literal(s)] => Some(s),
            _ => None,
        }
    }
}

fn unmatched() -> FmtError {
    FmtError::value("unmatched '{' in format")
}

/// Parses a `str.format` template (also `format_map`).
pub fn parse_format_template(t: &str) -> Result<Vec<TemplatePiece>, FmtError> {
    parse(t, 0)
}

fn parse(t: &str, depth: u32) -> Result<Vec<TemplatePiece>, FmtError> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        match b[i] {
            c @ (b'{' | b'}') if b.get(i + 1) == Some(&c) => {
                lit.push_str(&t[lit_start..=i]);
                i += 2;
                lit_start = i;
            }
            b'}' => return Err(FmtError::value("single '}' encountered in format string")),
            b'{' => {
                lit.push_str(&t[lit_start..i]);
                if depth >= 2 {
                    return Err(FmtError::value("Max string recursion exceeded"));
                }
                let (field, end) = parse_field(t, i + 1, depth)?;
                if !lit.is_empty() {
                    out.push(TemplatePiece::Literal(core::mem::take(&mut lit)));
                }
                out.push(TemplatePiece::Field(field));
                i = end;
                lit_start = i;
            }
            _ => i += 1,
        }
    }
    lit.push_str(&t[lit_start..]);
    if !lit.is_empty() {
        out.push(TemplatePiece::Literal(lit));
    }
    Ok(out)
}

/// Parses the field starting at byte `start` (just after its `{`): the field and the byte
/// index after its closing `}`.
fn parse_field(t: &str, start: usize, depth: u32) -> Result<(Field, usize), FmtError> {
    let b = t.as_bytes();
    let mut i = start;
    let mut bracket = false;
    // The name runs to '!', ':' or '}', where brackets hide those characters.
    loop {
        match b.get(i) {
            None => return Err(unmatched()),
            Some(b']') if bracket => bracket = false,
            Some(_) if bracket => {}
            Some(b'[') => bracket = true,
            Some(b'!' | b':' | b'}') => break,
            Some(b'{') => return Err(FmtError::value("unexpected '{' in field name")),
            Some(_) => {}
        }
        i += 1;
    }
    let (arg, accessors) = parse_name(&t[start..i])?;
    let mut conversion = None;
    if b[i] == b'!' {
        let c = t[i + 1..].chars().next().ok_or_else(unmatched)?;
        if !matches!(c, 'r' | 's' | 'a') {
            return Err(FmtError::value(alloc::format!(
                "unknown conversion specifier {c}"
            )));
        }
        conversion = Some(c);
        i += 2;
        match b.get(i) {
            None => return Err(unmatched()),
            Some(b':' | b'}') => {}
            Some(_) => return Err(FmtError::value("expected ':' after format specifier")),
        }
    }
    let mut spec = Vec::new();
    if b[i] == b':' {
        i += 1;
        let spec_start = i;
        let mut level = 1;
        loop {
            match b.get(i) {
                None => return Err(unmatched()),
                Some(b'{') => level += 1,
                Some(b'}') => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                Some(_) => {}
            }
            i += 1;
        }
        spec = parse(&t[spec_start..i], depth + 1)?;
    }
    // b[i] is the closing '}'.
    let field = Field {
        arg,
        accessors,
        conversion,
        spec,
    };
    Ok((field, i + 1))
}

fn index_of(s: &str) -> Result<Option<usize>, FmtError> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse()
        .map(Some)
        .map_err(|_| FmtError::value("Too many decimal digits in format string"))
}

fn parse_name(name: &str) -> Result<(FieldArg, Vec<Accessor>), FmtError> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    let arg = if head.is_empty() {
        FieldArg::Auto
    } else {
        match index_of(head)? {
            Some(n) => FieldArg::Index(n),
            None => FieldArg::Name(String::from(head)),
        }
    };
    let mut accessors = Vec::new();
    let mut rest = &name[first_end..];
    let empty = || FmtError::value("Empty attribute in format string");
    while let Some(c) = rest.as_bytes().first() {
        if *c == b'.' {
            let body = &rest[1..];
            let end = body.find(['.', '[']).unwrap_or(body.len());
            if end == 0 {
                return Err(empty());
            }
            accessors.push(Accessor::Attr(String::from(&body[..end])));
            rest = &body[end..];
        } else {
            // '['
            let body = &rest[1..];
            let end = body
                .find(']')
                .ok_or_else(|| FmtError::value("Missing ']' in format string"))?;
            let key = &body[..end];
            if key.is_empty() {
                return Err(empty());
            }
            accessors.push(match index_of(key)? {
                Some(n) => Accessor::Index(n),
                None => Accessor::Key(String::from(key)),
            });
            rest = &body[end + 1..];
            if !matches!(rest.as_bytes().first(), None | Some(b'.' | b'[')) {
                return Err(FmtError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
    }
    Ok((arg, accessors))
}

/// Numbers automatic fields (`{}`) in order of appearance, nested spec fields included
/// (`'{:{}}'` is `'{0:{1}}'`), and refuses templates that mix automatic and manual
/// numbering (`{0}{}`), with MicroPython's messages. Returns how many automatic fields there
/// were. Named fields mix freely with either.
pub fn number_fields(pieces: &mut [TemplatePiece]) -> Result<usize, FmtError> {
    let mut next = 0;
    let mut manual = false;
    walk(pieces, &mut next, &mut manual)?;
    Ok(next)
}

fn walk(pieces: &mut [TemplatePiece], next: &mut usize, manual: &mut bool) -> Result<(), FmtError> {
    for p in pieces {
        let TemplatePiece::Field(f) = p else { continue };
        match f.arg {
            FieldArg::Auto => {
                if *manual {
                    return Err(FmtError::value(
                        "can't switch from manual field specification to automatic field numbering",
                    ));
                }
                f.arg = FieldArg::Index(*next);
                *next += 1;
            }
            FieldArg::Index(_) => {
                if *next > 0 {
                    return Err(FmtError::value(
                        "can't switch from automatic field numbering to manual field specification",
                    ));
                }
                *manual = true;
            }
            FieldArg::Name(_) => {}
        }
        walk(&mut f.spec, next, manual)?;
    }
    Ok(())
}
