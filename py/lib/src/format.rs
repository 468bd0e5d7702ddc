//! `str.format`, f-strings (which compile to it), `format()` and `%` formatting: walking the
//! templates and fetching the arguments. Always compiled.

use alloc::string::String;
use alloc::vec::Vec;

use ferrite_runtime::obj::number::Num;
use ferrite_runtime::obj::Obj;
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// `format(v, spec)`: a user `__format__`, else the spec mini-language (`ferrite_runtime::fmt`) by
/// type — ints and bools, floats, then text (`str()` of anything else).
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    if !spec.is_empty() || matches!(vm.heap.get(v), Some(Obj::Instance(_))) {
        let q = ferrite_runtime::qstr::q::FORMAT;
        if let Some(m) = vm.lookup_special(v, q) {
            let s = vm.new_str(spec)?;
            let r = vm.call(m, &[v, s], &[])?;
            return vm.arg_str(r);
        }
    }
    if spec.is_empty() {
        return vm.to_str(v);
    }
    let sp = ferrite_runtime::fmt::parse_spec(spec).map_err(|e| fmt_error(vm, e))?;
    let num = if vm.str_of(v).is_some() {
        None
    } else {
        vm.num(v)
    };
    let r = match num {
        Some(Num::I(i)) => ferrite_runtime::fmt::format_int(i, &sp),
        Some(Num::B(b)) => ferrite_runtime::fmt::format_int(&b, &sp),
        Some(Num::F(f)) => ferrite_runtime::fmt::format_float(f, &sp),
        Some(Num::C(..)) | None => {
            if num.is_some() || (vm.str_of(v).is_none() && sp.ty.is_some_and(|c| c != 's')) {
                let tn = vm.type_name(v);
                let c = sp.ty.unwrap_or('s');
                return Err(vm.new_exc_msg(
                    vm.t.value_error,
                    &alloc::format!("unknown format code '{c}' for object of type '{tn}'"),
                ));
            }
            let s = vm.to_str(v)?;
            ferrite_runtime::fmt::format_str(&s, &sp)
        }
    };
    r.map_err(|e| fmt_error(vm, e))
}

/// The Python exception for a formatting error.
pub fn fmt_error(vm: &mut Vm, e: ferrite_runtime::fmt::FmtError) -> ferrite_runtime::vm::PyErr {
    use ferrite_runtime::fmt::ErrorKind as K;
    let cls = match e.kind {
        K::ValueError => vm.t.value_error,
        K::TypeError => vm.t.type_error,
        K::KeyError => vm.t.key_error,
        K::IndexError => vm.t.index_error,
        K::OverflowError => vm.t.overflow_error,
    };
    vm.new_exc_msg(cls, &e.msg)
}

/// `template.format(*args, **kw)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let mut pieces =
        ferrite_runtime::fmt::parse_format_template(template).map_err(|e| fmt_error(vm, e))?;
    ferrite_runtime::fmt::number_fields(&mut pieces).map_err(|e| fmt_error(vm, e))?;
    let s = format_pieces(vm, &pieces, args, kw)?;
    vm.new_str_owned(s)
}

fn format_pieces(
    vm: &mut Vm,
    pieces: &[ferrite_runtime::fmt::TemplatePiece],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<String> {
    use ferrite_runtime::fmt::{Accessor, FieldArg, TemplatePiece};
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
                    return Err(vm.new_exc_msg(
                        vm.t.index_error,
                        ferrite_runtime::fmt::msg::INDEX_OUT_OF_RANGE,
                    ))
                }
            },
            FieldArg::Name(n) => match kw.iter().find(|(k, _)| vm.str_of(*k) == Some(n.as_str())) {
                Some(&(_, v)) => v,
                None => {
                    let k = vm.new_str(n)?;
                    return Err(vm.key_error(k));
                }
            },
            _ => {
                return Err(vm.new_exc_msg(
                    vm.t.index_error,
                    ferrite_runtime::fmt::msg::INDEX_OUT_OF_RANGE,
                ))
            }
        };
        for acc in &field.accessors {
            v = match acc {
                Accessor::Attr(name) => {
                    let q = vm.qstrs.intern(name);
                    vm.load_attr(v, q)?
                }
                Accessor::Index(i) => vm.subscr(v, Value::small(*i as isize))?,
                Accessor::Key(k) => {
                    let kv = vm.new_str(k)?;
                    vm.subscr(v, kv)?
                }
            };
        }
        let v = match field.conversion {
            Some('r') => {
                let s = vm.repr(v)?;
                vm.new_str_owned(s)?
            }
            Some('a') => {
                let f = vm.native_value("ascii");
                vm.call(f, &[v], &[])?
            }
            Some('s') => {
                let s = vm.to_str(v)?;
                vm.new_str_owned(s)?
            }
            Some(_) => return Err(vm.new_exc_msg(vm.t.value_error, "invalid conversion specifier")),
            None => v,
        };
        let spec = match field.literal_spec() {
            Some(sp) => String::from(sp),
            None => format_pieces(vm, &field.spec, args, kw)?,
        };
        let mark = vm.roots.len();
        vm.roots.push(v);
        let s = format_value(vm, v, &spec);
        vm.roots.truncate(mark);
        out.push_str(&s?);
    }
    Ok(out)
}

/// `fmt % args` for str.
pub fn str_percent(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = vm.arg_str(fmt)?;
    let s = percent(vm, &f, args, false)?;
    vm.new_str_owned(s)
}

/// `fmt % args` for bytes: the template and `%s` of bytes are taken byte for byte.
pub fn bytes_percent(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f: String = vm
        .bytes_of(fmt)
        .unwrap_or(&[])
        .iter()
        .map(|&c| c as char)
        .collect();
    let s = percent(vm, &f, args, true)?;
    let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    vm.new_bytes(b)
}

fn percent(vm: &mut Vm, f: &str, args: Value, bytes: bool) -> PyResult<String> {
    use ferrite_runtime::fmt::{msg, PercentPiece};
    let pieces = ferrite_runtime::fmt::parse_percent(f).map_err(|e| fmt_error(vm, e))?;
    let is_map = matches!(vm.heap.get(args), Some(Obj::Dict(_)));
    let items: Vec<Value> = match vm.heap.get(args) {
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
            let w = take(vm, &mut next)?;
            let w = vm.to_index(w)?;
            c.set_width(w as i64).map_err(|e| fmt_error(vm, e))?;
        }
        if c.star_precision() {
            let p = take(vm, &mut next)?;
            let p = vm.to_index(p)?;
            c.set_precision(p as i64).map_err(|e| fmt_error(vm, e))?;
        }
        let v = match &c.key {
            Some(k) => {
                if !is_map && !matches!(vm.heap.get(args), Some(Obj::Instance(_))) {
                    return Err(vm.type_error(msg::NEEDS_MAPPING));
                }
                used_key = true;
                let kv = vm.new_str(k)?;
                vm.subscr(args, kv)?
            }
            None => take(vm, &mut next)?,
        };
        // The commonest conversions, `%d` of a small int and `%s` of a str with no flags,
        // width or precision: their text as is.
        let plain = c.width.is_none()
            && c.precision.is_none()
            && c.flags == ferrite_runtime::fmt::PercentFlags::default();
        if plain {
            match (c.conv, v.as_small()) {
                ('d' | 'i' | 'u', Some(i)) => {
                    out.push_str(&crate::print::small_int_str(i));
                    continue;
                }
                ('s', _) if !bytes => {
                    if let Some(s) = vm.plain_str(v) {
                        out.push_str(s);
                        continue;
                    }
                }
                _ => {}
            }
        }
        let r = match c.conv {
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => match vm.num(v) {
                Some(Num::I(i)) => ferrite_runtime::fmt::percent_int(i, &c),
                Some(Num::B(b)) => ferrite_runtime::fmt::percent_int(&b, &c),
                Some(Num::F(f)) if matches!(c.conv, 'd' | 'i' | 'u') => {
                    let iv = ferrite_runtime::obj::number::float_to_int(vm, f)?;
                    let b = vm.as_bigint(iv).unwrap_or_default();
                    ferrite_runtime::fmt::percent_int(&b, &c)
                }
                _ => {
                    return Err(crate::builtins::cant_convert(vm, v, "int"));
                }
            },
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match vm.num(v) {
                Some(Num::C(..)) | None => {
                    return Err(crate::builtins::cant_convert(vm, v, "float"));
                }
                Some(n) => ferrite_runtime::fmt::percent_float(n.to_f64(), &c),
            },
            'c' => {
                if let Some(s) = vm.str_of(v) {
                    let mut cs = s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(ch), None) => Ok(ferrite_runtime::fmt::percent_char(ch, &c)),
                        _ => return Err(vm.type_error(msg::C_NEEDS_INT_OR_CHAR)),
                    }
                } else if let Some(i) = vm.as_i64(v).filter(|_| vm.is_int(v)) {
                    ferrite_runtime::fmt::percent_int(i, &c)
                } else {
                    return Err(vm.type_error(msg::C_NEEDS_INT_OR_CHAR));
                }
            }
            's' if bytes && vm.bytes_of(v).is_some() => {
                let s: String = vm
                    .bytes_of(v)
                    .unwrap_or(&[])
                    .iter()
                    .map(|&b| b as char)
                    .collect();
                ferrite_runtime::fmt::percent_str(&s, &c)
            }
            's' => {
                let s = vm.to_str(v)?;
                ferrite_runtime::fmt::percent_str(&s, &c)
            }
            'r' | 'a' => {
                let s = if c.conv == 'a' {
                    let r = vm.native_value("ascii");
                    let a = vm.call(r, &[v], &[])?;
                    vm.arg_str(a)?
                } else {
                    vm.repr(v)?
                };
                ferrite_runtime::fmt::percent_str(&s, &c)
            }
            _ => Err(c.unsupported()),
        };
        out.push_str(&r.map_err(|e| fmt_error(vm, e))?);
    }
    // Unused arguments are an error, unless the argument is a single mapping-like object
    // (anything subscriptable but a tuple or str), which `%(key)s` may or may not use.
    let mapping_like = matches!(
        vm.heap.get(args),
        Some(Obj::Dict(_) | Obj::List(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Instance(_))
    );
    if !is_map && !mapping_like && !used_key && next < items.len() {
        return Err(vm.type_error(msg::NOT_ALL_CONVERTED));
    }
    Ok(out)
}
