//! `str.format`, f-strings (which compile to it), `format()` and `%` formatting: walking the
//! templates and fetching the arguments. Always compiled.

use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::number::Num;
use crate::obj::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `format(v, spec)`: a user `__format__`, else the spec mini-language (`crate::fmt`) by
    /// type — ints and bools, floats, then text (`str()` of anything else).
    pub fn format_value(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if !spec.is_empty() || matches!(self.heap.get(v), Some(Obj::Instance(_))) {
            let q = crate::qstr::q::FORMAT;
            if let Some(m) = self.lookup_special(v, q) {
                let s = self.new_str(spec)?;
                let r = self.call(m, &[v, s], &[])?;
                return self.arg_str(r);
            }
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        let sp = crate::fmt::parse_spec(spec).map_err(|e| self.fmt_error(e))?;
        let num = if self.str_of(v).is_some() {
            None
        } else {
            self.num(v)
        };
        let r = match num {
            Some(Num::I(i)) => crate::fmt::format_int(i, &sp),
            Some(Num::B(b)) => crate::fmt::format_int(&b, &sp),
            Some(Num::F(f)) => crate::fmt::format_float(f, &sp),
            Some(Num::C(..)) | None => {
                if num.is_some() || (self.str_of(v).is_none() && sp.ty.is_some_and(|c| c != 's')) {
                    let tn = self.type_name(v);
                    let c = sp.ty.unwrap_or('s');
                    return Err(self.new_exc_msg(
                        self.t.value_error,
                        &alloc::format!("unknown format code '{c}' for object of type '{tn}'"),
                    ));
                }
                let s = self.to_str(v)?;
                crate::fmt::format_str(&s, &sp)
            }
        };
        r.map_err(|e| self.fmt_error(e))
    }

    /// The Python exception for a formatting error.
    pub fn fmt_error(&mut self, e: crate::fmt::FmtError) -> crate::vm::PyErr {
        use crate::fmt::ErrorKind as K;
        let cls = match e.kind {
            K::ValueError => self.t.value_error,
            K::TypeError => self.t.type_error,
            K::KeyError => self.t.key_error,
            K::IndexError => self.t.index_error,
            K::OverflowError => self.t.overflow_error,
        };
        self.new_exc_msg(cls, &e.msg)
    }

    /// `template.format(*args, **kw)`.
    pub fn str_format(
        &mut self,
        template: &str,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let mut pieces =
            crate::fmt::parse_format_template(template).map_err(|e| self.fmt_error(e))?;
        crate::fmt::number_fields(&mut pieces).map_err(|e| self.fmt_error(e))?;
        let s = self.format_pieces(&pieces, args, kw)?;
        self.new_str_owned(s)
    }

    fn format_pieces(
        &mut self,
        pieces: &[crate::fmt::TemplatePiece],
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<String> {
        use crate::fmt::{Accessor, FieldArg, TemplatePiece};
        let mut out = String::new();
        for piece in pieces {
            let field = match piece {
                TemplatePiece::Literal(t) => {
                    out.push_str(t);
                    continue;
                }
                TemplatePiece::Field(f) => f,
            };
            let mut v = match &field.arg {
                FieldArg::Index(k) => match args.get(*k) {
                    Some(&v) => v,
                    None => {
                        return Err(self
                            .new_exc_msg(self.t.index_error, crate::fmt::msg::INDEX_OUT_OF_RANGE))
                    }
                },
                FieldArg::Name(n) => {
                    match kw.iter().find(|(k, _)| self.str_of(*k) == Some(n.as_str())) {
                        Some(&(_, v)) => v,
                        None => {
                            let k = self.new_str(n)?;
                            return Err(self.key_error(k));
                        }
                    }
                }
                _ => {
                    return Err(
                        self.new_exc_msg(self.t.index_error, crate::fmt::msg::INDEX_OUT_OF_RANGE)
                    )
                }
            };
            for acc in &field.accessors {
                v = match acc {
                    Accessor::Attr(name) => {
                        let q = self.qstrs.intern(name);
                        self.load_attr(v, q)?
                    }
                    Accessor::Index(i) => self.subscr(v, Value::small(*i as isize))?,
                    Accessor::Key(k) => {
                        let kv = self.new_str(k)?;
                        self.subscr(v, kv)?
                    }
                };
            }
            let v = match field.conversion {
                Some('r') => {
                    let s = self.repr(v)?;
                    self.new_str_owned(s)?
                }
                Some('a') => {
                    let f = self.native_value("ascii");
                    self.call(f, &[v], &[])?
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
            let spec = match field.literal_spec() {
                Some(sp) => String::from(sp),
                None => self.format_pieces(&field.spec, args, kw)?,
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
        use crate::fmt::{msg, PercentPiece};
        let pieces = crate::fmt::parse_percent(f).map_err(|e| self.fmt_error(e))?;
        let is_map = matches!(self.heap.get(args), Some(Obj::Dict(_)));
        let items: Vec<Value> = match self.heap.get(args) {
            Some(Obj::Tuple(t)) => t.to_vec(),
            _ => alloc::vec![args],
        };
        let mut next = 0usize;
        let mut out = String::new();
        let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
            let v = items.get(*next).copied();
            *next += 1;
            v.ok_or_else(|| vm.type_error(msg::NOT_ENOUGH_ARGS))
        };
        let mut used_key = false;
        for piece in pieces {
            let mut c = match piece {
                PercentPiece::Literal(t) => {
                    out.push_str(&t);
                    continue;
                }
                PercentPiece::Conv(c) => c,
            };
            if c.star_width() {
                let w = take(self, &mut next)?;
                let w = self.to_index(w)?;
                c.set_width(w as i64).map_err(|e| self.fmt_error(e))?;
            }
            if c.star_precision() {
                let p = take(self, &mut next)?;
                let p = self.to_index(p)?;
                c.set_precision(p as i64).map_err(|e| self.fmt_error(e))?;
            }
            let v = match &c.key {
                Some(k) => {
                    if !is_map && !matches!(self.heap.get(args), Some(Obj::Instance(_))) {
                        return Err(self.type_error(msg::NEEDS_MAPPING));
                    }
                    used_key = true;
                    let kv = self.new_str(k)?;
                    self.subscr(args, kv)?
                }
                None => take(self, &mut next)?,
            };
            // The commonest conversions, `%d` of a small int and `%s` of a str with no flags,
            // width or precision: their text as is.
            let plain = c.width.is_none()
                && c.precision.is_none()
                && c.flags == crate::fmt::PercentFlags::default();
            if plain {
                match (c.conv, v.as_small()) {
                    ('d' | 'i' | 'u', Some(i)) => {
                        out.push_str(&crate::print::small_int_str(i));
                        continue;
                    }
                    ('s', _) if !bytes => {
                        if let Some(s) = self.plain_str(v) {
                            out.push_str(s);
                            continue;
                        }
                    }
                    _ => {}
                }
            }
            let r = match c.conv {
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match self.num(v) {
                    Some(Num::I(i)) => crate::fmt::percent_int(i, &c),
                    Some(Num::B(b)) => crate::fmt::percent_int(&b, &c),
                    Some(Num::F(f)) if matches!(c.conv, 'd' | 'i' | 'u') => {
                        let iv = crate::obj::number::float_to_int(self, f)?;
                        let b = self.as_bigint(iv).unwrap_or_default();
                        crate::fmt::percent_int(&b, &c)
                    }
                    _ => {
                        let tn = self.type_name(v);
                        return Err(self.type_error(&msg::cant_convert(&tn, "int")));
                    }
                },
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match self.num(v) {
                    Some(Num::C(..)) | None => {
                        let tn = self.type_name(v);
                        return Err(self.type_error(&msg::cant_convert(&tn, "float")));
                    }
                    Some(n) => crate::fmt::percent_float(n.to_f64(), &c),
                },
                'c' => {
                    if let Some(s) = self.str_of(v) {
                        let mut cs = s.chars();
                        match (cs.next(), cs.next()) {
                            (Some(ch), None) => Ok(crate::fmt::percent_char(ch, &c)),
                            _ => return Err(self.type_error(msg::C_NEEDS_INT_OR_CHAR)),
                        }
                    } else if let Some(i) = self.as_i64(v).filter(|_| self.is_int(v)) {
                        crate::fmt::percent_int(i, &c)
                    } else {
                        return Err(self.type_error(msg::C_NEEDS_INT_OR_CHAR));
                    }
                }
                's' if bytes && self.bytes_of(v).is_some() => {
                    let s: String = self
                        .bytes_of(v)
                        .unwrap_or(&[])
                        .iter()
                        .map(|&b| b as char)
                        .collect();
                    crate::fmt::percent_str(&s, &c)
                }
                's' => {
                    let s = self.to_str(v)?;
                    crate::fmt::percent_str(&s, &c)
                }
                'r' | 'a' => {
                    let s = if c.conv == 'a' {
                        let r = self.native_value("ascii");
                        let a = self.call(r, &[v], &[])?;
                        self.arg_str(a)?
                    } else {
                        self.repr(v)?
                    };
                    crate::fmt::percent_str(&s, &c)
                }
                _ => Err(c.unsupported()),
            };
            out.push_str(&r.map_err(|e| self.fmt_error(e))?);
        }
        // Unused arguments are an error, unless the argument is a single mapping-like object
        // (anything subscriptable but a tuple or str), which `%(key)s` may or may not use.
        let mapping_like = matches!(
            self.heap.get(args),
            Some(
                Obj::Dict(_) | Obj::List(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Instance(_)
            )
        );
        if !is_map && !mapping_like && !used_key && next < items.len() {
            return Err(self.type_error(msg::NOT_ALL_CONVERTED));
        }
        Ok(out)
    }
}
