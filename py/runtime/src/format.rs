//! `str.format`, f-strings (which compile to it), `format()` and `%` formatting: walking the
//! templates and fetching the arguments. Always compiled.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::obj::number::Num;
use crate::obj::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `%d`/`%x`/`%o` of an int: sign, `#` prefix, digits zero-padded to the precision, then the
/// width (zeros after the sign with the `0` flag, spaces otherwise, on the left with `-`).
fn percent_int(
    n: &num_bigint::BigInt,
    conv: char,
    flags: &str,
    width: usize,
    prec: usize,
) -> String {
    let neg = n.sign() == num_bigint::Sign::Minus;
    let m = if neg { -n.clone() } else { n.clone() };
    let mut digits = match conv {
        'x' => m.to_str_radix(16),
        'X' => m.to_str_radix(16).to_uppercase(),
        'o' => m.to_str_radix(8),
        _ => m.to_str_radix(10),
    };
    while digits.len() < prec {
        digits.insert(0, '0');
    }
    let mut head = String::new();
    if neg {
        head.push('-');
    } else if flags.contains('+') {
        head.push('+');
    } else if flags.contains(' ') {
        head.push(' ');
    }
    if flags.contains('#') {
        head.push_str(match conv {
            'x' => "0x",
            'X' => "0X",
            'o' => "0o",
            _ => "",
        });
    }
    let len = head.len() + digits.len();
    if len >= width {
        return head + &digits;
    }
    let pad = width - len;
    if flags.contains('-') {
        alloc::format!("{head}{digits}{}", " ".repeat(pad))
    } else if flags.contains('0') {
        alloc::format!("{head}{}{digits}", "0".repeat(pad))
    } else {
        alloc::format!("{}{head}{digits}", " ".repeat(pad))
    }
}

/// A parsed format spec: `[[fill]align][sign][#][0][width][,][.precision][type]`.
#[derive(Default, Clone)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(s: &str) -> Option<Spec> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    if cs.len() >= 2 && matches!(cs[1], '<' | '>' | '^' | '=') {
        sp.fill = Some(cs[0]);
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && matches!(cs[0], '<' | '>' | '^' | '=') {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let st = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = cs[st..i]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
            .filter(|&w: &usize| w < 1 << 20)?;
    }
    if i < cs.len() && (cs[i] == ',' || cs[i] == '_') {
        sp.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let st = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return None;
        }
        sp.precision = Some(
            cs[st..i]
                .iter()
                .collect::<String>()
                .parse()
                .ok()
                .filter(|&p: &usize| p < 1 << 16)?,
        );
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
        i += 1;
    }
    if i != cs.len() {
        return None;
    }
    Some(sp)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pad(body: String, sign: &str, sp: &Spec, default_right: bool) -> String {
    let len = body.chars().count() + sign.chars().count();
    if len >= sp.width {
        return alloc::format!("{sign}{body}");
    }
    let n = sp.width - len;
    let (fill, align) = if sp.zero && sp.align.is_none() && sp.fill.is_none() {
        ('0', '=')
    } else {
        (
            sp.fill.unwrap_or(' '),
            sp.align.unwrap_or(if default_right { '>' } else { '<' }),
        )
    };
    let f = |k: usize| core::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => alloc::format!("{sign}{body}{}", f(n)),
        '>' => alloc::format!("{}{sign}{body}", f(n)),
        '^' => alloc::format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        _ => alloc::format!("{sign}{}{body}", f(n)),
    }
}

fn fmt_float(f: f64, ty: char, prec: Option<usize>, alt: bool) -> String {
    if f.is_nan() {
        return String::from(if ty.is_ascii_uppercase() {
            "NAN"
        } else {
            "nan"
        });
    }
    if f.is_infinite() {
        return String::from(if ty.is_ascii_uppercase() {
            "INF"
        } else {
            "inf"
        });
    }
    let a = f.abs();
    match ty {
        'f' | 'F' | '%' => {
            // Rust's formatting is exact and rounds half to even, as Python's does.
            let p = prec.unwrap_or(6);
            let v = if ty == '%' { a * 100.0 } else { a };
            let mut r = alloc::format!("{v:.p$}");
            if p == 0 && alt {
                r.push('.');
            }
            if ty == '%' {
                r.push('%');
            }
            r
        }
        'e' | 'E' => {
            let p = prec.unwrap_or(6);
            let t = alloc::format!("{a:.p$e}");
            let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
            let e: i32 = e.parse().unwrap_or(0);
            let mut m = String::from(m);
            if p == 0 && alt {
                m.push('.');
            }
            let es = if e < 0 {
                alloc::format!("-{:02}", -e)
            } else {
                alloc::format!("+{e:02}")
            };
            alloc::format!("{m}{}{es}", if ty == 'E' { 'E' } else { 'e' })
        }
        _ => {
            // 'g' and friends.
            let p = prec.unwrap_or(6).max(1);
            if a == 0.0 {
                return String::from("0");
            }
            // The exponent after rounding to p significant digits.
            let t = alloc::format!("{:.*e}", p - 1, a);
            let e: i32 = t.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0));
            if e < -4 || e >= p as i32 {
                let s = fmt_float(a, if ty == 'G' { 'E' } else { 'e' }, Some(p - 1), alt);
                if alt {
                    return s;
                }
                let (m, ex) = s.split_at(s.find(['e', 'E']).unwrap_or(s.len()));
                let m = if m.contains('.') {
                    m.trim_end_matches('0').trim_end_matches('.')
                } else {
                    m
                };
                alloc::format!("{m}{ex}")
            } else {
                let s = fmt_float(a, 'f', Some((p as i32 - 1 - e).max(0) as usize), alt);
                if alt || !s.contains('.') {
                    s
                } else {
                    s.trim_end_matches('0').trim_end_matches('.').to_string()
                }
            }
        }
    }
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if !spec.is_empty() || matches!(self.heap.get(v), Some(Obj::Instance(_))) {
            let q = self.qstrs.intern("__format__");
            if let Some(m) = self.lookup_special(v, q) {
                let s = self.new_str(spec)?;
                let r = self.call(m, &[v, s], &[])?;
                return self.arg_str(r);
            }
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        let Some(sp) = parse_spec(spec) else {
            return Err(self.new_exc_msg(self.t.value_error, "invalid format specifier"));
        };
        let num = if self.str_of(v).is_some() {
            None
        } else {
            self.num(v)
        };
        match num {
            Some(n @ (Num::I(_) | Num::B(_)))
                if !matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) =>
            {
                let b = match n {
                    Num::I(i) => num_bigint::BigInt::from(i),
                    Num::B(b) => b,
                    _ => num_bigint::BigInt::from(0),
                };
                let neg = b.sign() == num_bigint::Sign::Minus;
                let m = if neg { -b } else { b };
                let (digits, prefix) = match sp.ty {
                    Some('b') => (m.to_str_radix(2), "0b"),
                    Some('o') => (m.to_str_radix(8), "0o"),
                    Some('x') => (m.to_str_radix(16), "0x"),
                    Some('X') => (m.to_str_radix(16).to_uppercase(), "0X"),
                    Some('c') => {
                        let c = num_traits::ToPrimitive::to_u32(&m)
                            .and_then(char::from_u32)
                            .unwrap_or('?');
                        (c.to_string(), "")
                    }
                    Some('d') | Some('n') | None => (m.to_str_radix(10), ""),
                    Some(_) => {
                        return Err(self.new_exc_msg(self.t.value_error, "invalid format specifier"))
                    }
                };
                let digits = match sp.grouping {
                    Some(g) => group(
                        &digits,
                        g,
                        if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
                            4
                        } else {
                            3
                        },
                    ),
                    None => digits,
                };
                let mut sign = String::from(match (neg, sp.sign) {
                    (true, _) => "-",
                    (false, Some('+')) => "+",
                    (false, Some(' ')) => " ",
                    _ => "",
                });
                if sp.alt {
                    sign.push_str(prefix);
                }
                Ok(pad(digits, &sign, &sp, true))
            }
            Some(n) => {
                let f = n.to_f64();
                let ty = sp.ty.unwrap_or('g');
                let body = if sp.ty.is_none() && sp.precision.is_none() {
                    crate::print::float_str(f.abs())
                } else if sp.ty.is_none() {
                    let s = fmt_float(f, 'g', sp.precision, sp.alt);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        alloc::format!("{s}.0")
                    }
                } else {
                    fmt_float(f, ty, sp.precision, sp.alt)
                };
                let body = match sp.grouping {
                    Some(g) => {
                        let (ip, rest) = body.split_at(body.find(['.', 'e']).unwrap_or(body.len()));
                        alloc::format!("{}{rest}", group(ip, g, 3))
                    }
                    None => body,
                };
                let neg = f.is_sign_negative() && !f.is_nan();
                let sign = match (neg, sp.sign) {
                    (true, _) => "-",
                    (false, Some('+')) => "+",
                    (false, Some(' ')) => " ",
                    _ => "",
                };
                Ok(pad(body, sign, &sp, true))
            }
            None => {
                if !matches!(sp.ty, None | Some('s')) {
                    let tn = self.type_name(v);
                    return Err(self.new_exc_msg(
                        self.t.value_error,
                        &alloc::format!(
                            "unknown format code '{}' for object of type '{tn}'",
                            sp.ty.unwrap_or('?')
                        ),
                    ));
                }
                let mut s = self.to_str(v)?;
                if let Some(p) = sp.precision {
                    s = s.chars().take(p).collect();
                }
                if sp.align == Some('=') {
                    return Err(self.new_exc_msg(
                        self.t.value_error,
                        "'=' alignment not allowed in string format specifier",
                    ));
                }
                Ok(pad(s, "", &sp, false))
            }
        }
    }

    /// `template.format(*args, **kw)`.
    pub fn str_format(
        &mut self,
        template: &str,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let s = self.format_template(template, args, kw, &mut 0, 0)?;
        self.new_str_owned(s)
    }

    fn format_template(
        &mut self,
        t: &str,
        args: &[Value],
        kw: &[(Value, Value)],
        auto: &mut usize,
        depth: usize,
    ) -> PyResult<String> {
        if depth > 2 {
            return Err(self.new_exc_msg(self.t.value_error, "Max string recursion exceeded"));
        }
        let mut out = String::new();
        let cs: Vec<char> = t.chars().collect();
        let mut i = 0;
        while i < cs.len() {
            let c = cs[i];
            if c == '}' {
                if cs.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.new_exc_msg(
                    self.t.value_error,
                    "single '}' encountered in format string",
                ));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if cs.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // A field: find its end, allowing nested braces in the spec.
            let mut j = i + 1;
            let mut level = 1;
            while j < cs.len() {
                if cs[j] == '{' {
                    level += 1;
                } else if cs[j] == '}' {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= cs.len() {
                return Err(
                    self.new_exc_msg(self.t.value_error, "expected '}' before end of string")
                );
            }
            let field: String = cs[i + 1..j].iter().collect();
            i = j + 1;
            let (head, spec) = match field.find(':') {
                Some(k) => (field[..k].to_string(), field[k + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match head.find('!') {
                Some(k) => (head[..k].to_string(), head[k + 1..].chars().next()),
                None => (head.clone(), None),
            };
            // The argument: name or index, then .attr / [key] accessors.
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let first = &name[..first_end];
            // `auto` counts automatic fields; its top bit records a manual index was used.
            const MANUAL: usize = 1 << (usize::BITS - 1);
            let mut v = if first.is_empty() {
                if *auto & MANUAL != 0 {
                    return Err(self.new_exc_msg(
                        self.t.value_error,
                        "can't switch from manual field specification to automatic field numbering",
                    ));
                }
                let k = *auto;
                *auto += 1;
                match args.get(k) {
                    Some(&v) => v,
                    None => {
                        return Err(self.new_exc_msg(self.t.index_error, "tuple index out of range"))
                    }
                }
            } else if let Ok(k) = first.parse::<usize>() {
                if *auto & !MANUAL != 0 {
                    return Err(self.new_exc_msg(
                        self.t.value_error,
                        "can't switch from automatic field numbering to manual field specification",
                    ));
                }
                *auto |= MANUAL;
                match args.get(k) {
                    Some(&v) => v,
                    None => {
                        return Err(self.new_exc_msg(self.t.index_error, "tuple index out of range"))
                    }
                }
            } else {
                match kw.iter().find(|(k, _)| self.str_of(*k) == Some(first)) {
                    Some(&(_, v)) => v,
                    None => {
                        let k = self.new_str(first)?;
                        return Err(self.key_error(k));
                    }
                }
            };
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    let q = self.qstrs.intern(&r[..end]);
                    v = self.load_attr(v, q)?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key = &r[..end];
                    let kv = match key.parse::<i64>() {
                        Ok(n) => self.new_int(n)?,
                        Err(_) => self.new_str(key)?,
                    };
                    v = self.subscr(v, kv)?;
                    rest = r.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') | Some('a') => {
                    let s = self.repr(v)?;
                    self.new_str_owned(s)?
                }
                Some('s') => {
                    let s = self.to_str(v)?;
                    self.new_str_owned(s)?
                }
                Some(_) => {
                    return Err(self.new_exc_msg(self.t.value_error, "invalid conversion specifier"))
                }
                None => v,
            };
            let spec = if spec.contains('{') {
                self.format_template(&spec, args, kw, auto, depth + 1)?
            } else {
                spec
            };
            let mark = self.roots.len();
            self.roots.push(v);
            let s = self.format_value(v, &spec);
            self.roots.truncate(mark);
            out.push_str(&s?);
        }
        Ok(out)
    }

    /// `fmt % args` for str.
    pub fn str_percent(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let f = self.arg_str(fmt)?;
        let s = self.percent(&f, args, false)?;
        self.new_str_owned(s)
    }

    /// `fmt % args` for bytes: the template and `%s` of bytes are taken byte for byte.
    pub fn bytes_percent(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let f: String = self
            .bytes_of(fmt)
            .unwrap_or(&[])
            .iter()
            .map(|&c| c as char)
            .collect();
        let s = self.percent(&f, args, true)?;
        let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        self.new_bytes(b)
    }

    fn percent(&mut self, f: &str, args: Value, bytes: bool) -> PyResult<String> {
        let is_map = matches!(self.heap.get(args), Some(Obj::Dict(_)));
        let items: Vec<Value> = match self.heap.get(args) {
            Some(Obj::Tuple(t)) => t.to_vec(),
            _ => alloc::vec![args],
        };
        let mut next = 0usize;
        let mut out = String::new();
        let cs: Vec<char> = f.chars().collect();
        let mut i = 0;
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            let v = items.get(next).copied();
            next += 1;
            v.ok_or_else(|| vm.type_error("format string needs more arguments"))
        };
        while i < cs.len() {
            if cs[i] != '%' {
                out.push(cs[i]);
                i += 1;
                continue;
            }
            i += 1;
            let mut key_val = None;
            if cs.get(i) == Some(&'(') {
                let end = cs[i..].iter().position(|&c| c == ')').map(|p| p + i);
                let Some(end) = end else {
                    return Err(self.new_exc_msg(self.t.value_error, "incomplete format key"));
                };
                let key: String = cs[i + 1..end].iter().collect();
                let k = self.new_str(&key)?;
                key_val = Some(self.subscr(args, k)?);
                i = end + 1;
            }
            let mut flags = String::new();
            while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '#' | '0') {
                flags.push(cs[i]);
                i += 1;
            }
            let mut width = String::new();
            if cs.get(i) == Some(&'*') {
                let w = take(self)?;
                width = self.to_index(w)?.to_string();
                i += 1;
            }
            while i < cs.len() && cs[i].is_ascii_digit() {
                width.push(cs[i]);
                i += 1;
            }
            let mut prec = None;
            if cs.get(i) == Some(&'.') {
                i += 1;
                let mut p = String::new();
                if cs.get(i) == Some(&'*') {
                    let w = take(self)?;
                    p = self.to_index(w)?.to_string();
                    i += 1;
                }
                while i < cs.len() && cs[i].is_ascii_digit() {
                    p.push(cs[i]);
                    i += 1;
                }
                prec = Some(p);
            }
            let Some(&conv) = cs.get(i) else {
                return Err(self.new_exc_msg(self.t.value_error, "incomplete format"));
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let v = match key_val {
                Some(v) => v,
                None => take(self)?,
            };
            // [align][sign][#][0]width[.prec]
            let mut spec = String::new();
            let left = flags.contains('-');
            let zero = !left && flags.contains('0') && !matches!(conv, 's' | 'r' | 'a' | 'c');
            spec.push(if left {
                '<'
            } else if zero {
                '='
            } else {
                '>'
            });
            if zero {
                spec.insert(0, '0');
            }
            if flags.contains('+') {
                spec.push('+');
            } else if flags.contains(' ') {
                spec.push(' ');
            }
            if flags.contains('#') {
                spec.push('#');
            }
            spec.push_str(&width);
            if let Some(p) = &prec {
                spec.push('.');
                spec.push_str(if p.is_empty() { "0" } else { p });
            }
            let piece = match conv {
                's' if bytes && self.bytes_of(v).is_some() => {
                    let s: String = self
                        .bytes_of(v)
                        .unwrap_or(&[])
                        .iter()
                        .map(|&c| c as char)
                        .collect();
                    let sv = self.new_str_owned(s)?;
                    self.format_value(sv, &spec)?
                }
                's' => {
                    let s = self.to_str(v)?;
                    let sv = self.new_str_owned(s)?;
                    self.format_value(sv, &spec)?
                }
                'r' | 'a' => {
                    let s = self.repr(v)?;
                    let sv = self.new_str_owned(s)?;
                    self.format_value(sv, &spec)?
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let iv = match self.num(v) {
                        Some(Num::F(f)) if matches!(conv, 'd' | 'i' | 'u') => {
                            crate::builtins::float_to_int(self, f)?
                        }
                        Some(Num::I(_) | Num::B(_)) => v,
                        _ => {
                            let tn = self.type_name(v);
                            return Err(self.type_error(&alloc::format!(
                                "%{conv} format: a number is required, not {tn}"
                            )));
                        }
                    };
                    let n = self.as_bigint(iv).unwrap_or_default();
                    let w: usize = width.parse().unwrap_or(0);
                    let p: usize = prec.as_deref().map_or(0, |p| p.parse().unwrap_or(0));
                    percent_int(&n, conv, &flags, w.min(1 << 16), p.min(1 << 16))
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let fv = self.to_f64(v)?;
                    let fv = self.new_float(fv)?;
                    let spec = if prec.is_none() {
                        alloc::format!("{spec}.6")
                    } else {
                        spec
                    };
                    self.format_value(fv, &alloc::format!("{spec}{conv}"))?
                }
                'c' => {
                    let c = if let Some(s) = self.str_of(v) {
                        s.to_string()
                    } else {
                        let n = self.to_index(v)?;
                        char::from_u32(n as u32)
                            .map(String::from)
                            .unwrap_or_default()
                    };
                    let sv = self.new_str_owned(c)?;
                    self.format_value(sv, &spec)?
                }
                _ => {
                    return Err(self.new_exc_msg(
                        self.t.value_error,
                        &alloc::format!("unsupported format character '{conv}'"),
                    ));
                }
            };
            out.push_str(&piece);
        }
        // Unused arguments are an error, unless the argument is a single mapping-like object
        // (anything subscriptable but a tuple or str), which `%(key)s` may or may not use.
        let mapping_like = matches!(
            self.heap.get(args),
            Some(
                Obj::Dict(_) | Obj::List(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Instance(_)
            )
        );
        if !is_map && !mapping_like && next < items.len() {
            return Err(self.type_error("format string needs fewer arguments"));
        }
        Ok(out)
    }
}
