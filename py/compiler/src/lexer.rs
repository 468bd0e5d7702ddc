//! The lexer: Python source text to a flat list of tokens, with `Indent`/`Dedent`/`Newline`
//! tokens computed from the indentation of logical lines.
//!
//! String literals are kept raw (prefix flags plus the text between the quotes); the parser
//! decodes escapes and splits f-strings, since both need to report errors as syntax errors.

use alloc::string::String;
use alloc::vec::Vec;

use crate::{CompileError, ErrorKind};

/// One token kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// An identifier.
    Name(String),
    /// A keyword: its index in [`KEYWORDS`] (see [`kw`]).
    Kw(u8),
    /// An integer literal: its digits (no `_`, no base prefix) and radix.
    Int(String, u32),
    Float(f64),
    Imag(f64),
    /// A string literal, undecoded.
    Str(StrLit),
    /// An operator or delimiter, e.g. `+=` or `(`: its index in [`OPS`] (see [`op`]).
    Op(u8),
    Newline,
    Indent,
    Dedent,
    Eof,
}

/// A string literal as written: prefix flags and the raw text between the quotes.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct StrLit {
    pub bytes: bool,
    pub raw: bool,
    pub fstr: bool,
    pub body: String,
}

/// A token with the 1-based line it starts on.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
}

/// The operators and delimiters, longest first (the lexer takes the first that matches).
pub const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=",
    "^=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "(", ")", "[", "]", "{", "}", ",", ":",
    ";", ".", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "=",
];

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The code of operator `s` in [`Tok::Op`]; `s` must be in [`OPS`]. Evaluated at compile
/// time through the parser's `o!` macro, so that the parser tests one byte, not a string.
pub const fn op(s: &str) -> u8 {
    index_of(OPS, s)
}

/// The code of keyword `s` in [`Tok::Kw`] (the parser's `kw!`).
pub const fn kw(s: &str) -> u8 {
    index_of(KEYWORDS, s)
}

const fn index_of(table: &[&str], s: &str) -> u8 {
    let s = s.as_bytes();
    let mut i = 0;
    while i < table.len() {
        let o = table[i].as_bytes();
        if o.len() == s.len() {
            let mut k = 0;
            while k < o.len() && o[k] == s[k] {
                k += 1;
            }
            if k == o.len() {
                return i as u8;
            }
        }
        i += 1;
    }
    panic!("not in the table")
}

pub(crate) fn syntax(msg: &str, line: u32) -> CompileError {
    CompileError {
        kind: ErrorKind::SyntaxError,
        msg: String::from(msg),
        line,
    }
}

fn indent_err(msg: &str, line: u32) -> CompileError {
    CompileError {
        kind: ErrorKind::IndentationError,
        msg: String::from(msg),
        line,
    }
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_id_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Splits `src` into tokens. The list always ends with `Newline` (if any token preceded),
/// the pending `Dedent`s, and `Eof`.
pub fn tokenize(src: &str) -> Result<Vec<Token>, CompileError> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    // Universal newlines: `\r\n` and lone `\r` end a line like `\n`.
    let chars: Vec<char> = if src.contains('\r') {
        src.replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .collect()
    } else {
        src.chars().collect()
    };
    let n = chars.len();
    let mut i = 0usize;
    let mut line: u32 = 1;
    let mut out: Vec<Token> = Vec::new();
    let mut indents: Vec<usize> = alloc::vec![0];
    let mut depth: usize = 0; // bracket nesting
    let mut at_line_start = true;

    while i < n || at_line_start {
        if at_line_start {
            at_line_start = false;
            // Measure indentation of this physical line.
            let mut col = 0usize;
            let mut j = i;
            while j < n {
                match chars[j] {
                    ' ' => col += 1,
                    '\t' => col = (col / 8 + 1) * 8,
                    '\x0c' => col = 0,
                    _ => break,
                }
                j += 1;
            }
            // Blank or comment-only lines do not count.
            if j >= n {
                break;
            }
            if chars[j] == '#' || chars[j] == '\n' || chars[j] == '\r' {
                i = j;
                // skip comment
                while i < n && chars[i] != '\n' {
                    i += 1;
                }
                if i < n {
                    i += 1;
                    line += 1;
                    at_line_start = true;
                    continue;
                }
                break;
            }
            if chars[j] == '\\' && j + 1 < n && (chars[j + 1] == '\n' || chars[j + 1] == '\r') {
                // A continuation at the start of a line: indentation taken from this line.
            }
            i = j;
            let cur = *indents.last().unwrap_or(&0);
            if col > cur {
                if out.is_empty() {
                    return Err(indent_err("unexpected indent", line));
                }
                indents.push(col);
                out.push(Token {
                    tok: Tok::Indent,
                    line,
                });
            } else if col < cur {
                while col < *indents.last().unwrap_or(&0) {
                    indents.pop();
                    out.push(Token {
                        tok: Tok::Dedent,
                        line,
                    });
                }
                if col != *indents.last().unwrap_or(&0) {
                    return Err(indent_err(
                        "unindent doesn't match any outer indent level",
                        line,
                    ));
                }
            }
            continue;
        }
        let c = chars[i];
        match c {
            ' ' | '\t' | '\x0c' | '\r' => {
                i += 1;
            }
            '#' => {
                while i < n && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\n' => {
                i += 1;
                if depth == 0 {
                    if !matches!(
                        out.last().map(|t| &t.tok),
                        None | Some(Tok::Newline) | Some(Tok::Indent) | Some(Tok::Dedent)
                    ) {
                        out.push(Token {
                            tok: Tok::Newline,
                            line,
                        });
                    }
                    line += 1;
                    at_line_start = true;
                } else {
                    line += 1;
                }
            }
            '\\' => {
                let mut j = i + 1;
                if j < n && chars[j] == '\r' {
                    j += 1;
                }
                if j < n && chars[j] == '\n' {
                    i = j + 1;
                    line += 1;
                } else if j >= n {
                    return Err(syntax("unexpected EOF while parsing", line));
                } else {
                    return Err(syntax("invalid syntax", line));
                }
            }
            _ if c.is_ascii_digit() || (c == '.' && i + 1 < n && chars[i + 1].is_ascii_digit()) => {
                let (tok, ni) = lex_number(&chars, i, line)?;
                out.push(Token { tok, line });
                i = ni;
            }
            '"' | '\'' => {
                let start_line = line;
                let (body, ni, nl) = lex_string_body(&chars, i, line)?;
                out.push(Token {
                    tok: Tok::Str(StrLit {
                        bytes: false,
                        raw: false,
                        fstr: false,
                        body,
                    }),
                    line: start_line,
                });
                line += nl;
                i = ni;
            }
            _ if is_id_start(c) => {
                let mut j = i;
                while j < n && is_id_char(chars[j]) {
                    j += 1;
                }
                let word: String = chars[i..j].iter().collect();
                // String prefix?
                if j < n && (chars[j] == '"' || chars[j] == '\'') && word.len() <= 2 {
                    let lw = word.to_ascii_lowercase();
                    let ok = matches!(
                        lw.as_str(),
                        "r" | "b" | "rb" | "br" | "f" | "rf" | "fr" | "u"
                    );
                    if ok {
                        let raw = lw.contains('r');
                        let start_line = line;
                        let (body, ni, nl) = lex_string_body(&chars, j, line)?;
                        out.push(Token {
                            tok: Tok::Str(StrLit {
                                bytes: lw.contains('b'),
                                raw,
                                fstr: lw.contains('f'),
                                body,
                            }),
                            line: start_line,
                        });
                        line += nl;
                        i = ni;
                        continue;
                    }
                }
                let tok = match KEYWORDS.iter().position(|k| *k == word) {
                    Some(k) => Tok::Kw(k as u8),
                    None => Tok::Name(word),
                };
                out.push(Token { tok, line });
                i = j;
            }
            _ => {
                let mut found = None;
                for (k, op) in OPS.iter().enumerate() {
                    let len = op.len(); // operators are ASCII
                    if i + len <= n && op.chars().zip(&chars[i..i + len]).all(|(a, &b)| a == b) {
                        found = Some(k);
                        break;
                    }
                }
                let Some(k) = found else {
                    return Err(syntax("invalid syntax", line));
                };
                match OPS[k] {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "]" | "}" => depth = depth.saturating_sub(1),
                    _ => {}
                }
                out.push(Token {
                    tok: Tok::Op(k as u8),
                    line,
                });
                i += OPS[k].len();
            }
        }
    }
    if !matches!(
        out.last().map(|t| &t.tok),
        None | Some(Tok::Newline) | Some(Tok::Indent) | Some(Tok::Dedent)
    ) {
        out.push(Token {
            tok: Tok::Newline,
            line,
        });
    }
    while indents.len() > 1 {
        indents.pop();
        out.push(Token {
            tok: Tok::Dedent,
            line,
        });
    }
    out.push(Token {
        tok: Tok::Eof,
        line,
    });
    Ok(out)
}

/// Lexes a string starting at the opening quote. Returns the body, the index after the
/// closing quote, and the number of newlines inside.
fn lex_string_body(
    chars: &[char],
    start: usize,
    line: u32,
) -> Result<(String, usize, u32), CompileError> {
    let n = chars.len();
    let q = chars[start];
    let triple = start + 2 < n && chars[start + 1] == q && chars[start + 2] == q;
    let mut i = if triple { start + 3 } else { start + 1 };
    let mut body = String::new();
    let mut nl = 0u32;
    loop {
        if i >= n {
            // MicroPython's wording (CPython: "unterminated string literal").
            return Err(syntax("invalid syntax", line));
        }
        let c = chars[i];
        if c == '\\' {
            body.push(c);
            if i + 1 < n {
                if chars[i + 1] == '\n' {
                    nl += 1;
                }
                body.push(chars[i + 1]);
                i += 2;
            } else {
                i += 1;
            }
            continue;
        }
        if c == q {
            if !triple {
                return Ok((body, i + 1, nl));
            }
            if i + 2 < n && chars[i + 1] == q && chars[i + 2] == q {
                return Ok((body, i + 3, nl));
            }
        }
        if c == '\n' {
            if !triple {
                return Err(syntax("invalid syntax", line));
            }
            nl += 1;
        }
        if c != '\r' {
            body.push(c);
        }
        i += 1;
    }
}

fn lex_number(chars: &[char], start: usize, line: u32) -> Result<(Tok, usize), CompileError> {
    let n = chars.len();
    let bad = || syntax("invalid syntax", line);
    let mut i = start;
    // Base-prefixed integers.
    if chars[i] == '0' && i + 1 < n {
        let radix = match chars[i + 1] {
            'x' | 'X' => 16,
            'o' | 'O' => 8,
            'b' | 'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            i += 2;
            let mut digits = String::new();
            while i < n && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                if chars[i] == '_' {
                    if !(i + 1 < n && chars[i + 1].is_digit(radix)) {
                        return Err(bad());
                    }
                } else if chars[i].is_digit(radix) {
                    digits.push(chars[i]);
                } else {
                    return Err(bad());
                }
                i += 1;
            }
            if digits.is_empty() {
                return Err(bad());
            }
            return Ok((Tok::Int(digits, radix), i));
        }
    }
    let mut text = String::new();
    let mut is_float = false;
    let digits = |i: &mut usize, text: &mut String| -> Result<(), CompileError> {
        while *i < n && (chars[*i].is_ascii_digit() || chars[*i] == '_') {
            if chars[*i] == '_' {
                if !(*i + 1 < n && chars[*i + 1].is_ascii_digit()) || text.is_empty() {
                    return Err(syntax("invalid syntax", line));
                }
            } else {
                text.push(chars[*i]);
            }
            *i += 1;
        }
        Ok(())
    };
    digits(&mut i, &mut text)?;
    if i < n && chars[i] == '.' {
        is_float = true;
        text.push('.');
        i += 1;
        if i < n && chars[i].is_ascii_digit() {
            let mut frac = String::new();
            digits(&mut i, &mut frac)?;
            text.push_str(&frac);
        }
    }
    if i < n && (chars[i] == 'e' || chars[i] == 'E') {
        let mut j = i + 1;
        let mut exp = String::from("e");
        if j < n && (chars[j] == '+' || chars[j] == '-') {
            exp.push(chars[j]);
            j += 1;
        }
        if j < n && chars[j].is_ascii_digit() {
            i = j;
            let mut ed = String::new();
            digits(&mut i, &mut ed)?;
            exp.push_str(&ed);
            text.push_str(&exp);
            is_float = true;
        } else {
            return Err(bad());
        }
    }
    if i < n && (chars[i] == 'j' || chars[i] == 'J') {
        let v = ferrite_float::parse(text.as_bytes()).ok_or_else(bad)?;
        return Ok((Tok::Imag(v), i + 1));
    }
    if i < n && is_id_char(chars[i]) {
        return Err(bad());
    }
    if is_float {
        let v = ferrite_float::parse(text.as_bytes()).ok_or_else(bad)?;
        return Ok((Tok::Float(v), i));
    }
    // Leading zeros are only allowed for zero itself.
    if text.len() > 1 && text.starts_with('0') && text.chars().any(|c| c != '0') {
        return Err(bad());
    }
    Ok((Tok::Int(text, 10), i))
}
