//! `repr()` and `str()` of every value, as MicroPython prints them. Always compiled.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use ferrite_bytecode::float_repr::decimal;

use ferrite_runtime::obj::{IterObj, Obj};
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// Containers nested deeper than this print as `...`.
const MAX_REPR_DEPTH: usize = ferrite_runtime::ops::MAX_DATA_DEPTH;

/// The decimal text of a small int, in a string of exactly its length.
pub fn small_int_str(i: isize) -> String {
    String::from(decimal(i as i64, &mut [0; 20]))
}

pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !printable(c) => push_escape(&mut out, c as u32),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Pushes the low `digits` hex digits of `n`, in lower case.
pub fn push_hex(out: &mut String, n: u32, digits: u32) {
    for k in (0..digits).rev() {
        out.push(char::from_digit((n >> (4 * k)) & 15, 16).unwrap_or('0'));
    }
}

/// Pushes the escape of code point `n`: `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn push_escape(out: &mut String, n: u32) {
    let (tag, digits) = if n < 0x100 {
        ('x', 2)
    } else if n < 0x10000 {
        ('u', 4)
    } else {
        ('U', 8)
    };
    out.push('\\');
    out.push(tag);
    push_hex(out, n, digits);
}

/// Whether `repr` shows `c` as itself (not in the Unicode categories Cc, Cf, Cs, Co, Cn, Zl,
/// Zp, or a space other than U+0020), for the characters that matter in practice.
fn printable(c: char) -> bool {
    let n = c as u32;
    !matches!(n,
        0..=0x1f | 0x7f..=0xa0 | 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e
        | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f
        | 0x3000 | 0xd800..=0xf8ff | 0xfeff | 0xfff9..=0xfffb | 0xfffe | 0xffff
        | 0xe0001 | 0xe0020..=0xe007f | 0xf0000..)
}

pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => push_escape(&mut out, c.into()),
        }
    }
    out.push(quote);
    out
}

pub fn float_str(f: f64) -> String {
    ferrite_bytecode::float_repr::repr_shortest(f)
}

fn complex_str(r: f64, i: f64) -> String {
    if r == 0.0 && r.is_sign_positive() {
        alloc::format!("{}j", ferrite_bytecode::float_repr::repr_imag_shortest(i))
    } else {
        let im = ferrite_bytecode::float_repr::repr_imag_shortest(i);
        let sign = if im.starts_with('-') { "" } else { "+" };
        alloc::format!("({}{sign}{im}j)", float_str(r))
    }
}

pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let mut out = String::new();
    write_repr(vm, v, &mut out, 0)?;
    Ok(out)
}

/// `str(v)`.
pub fn to_str(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(i) = v.as_small() {
        return Ok(small_int_str(i));
    }
    if let Some(s) = vm.str_of(v) {
        if v.as_qstr().is_some() || matches!(vm.heap.get(v), Some(Obj::Str(_))) {
            return Ok(s.to_string());
        }
    }
    match vm.heap.get(v) {
        Some(Obj::Exception(_)) => {
            let q = ferrite_runtime::qstr::q::STR;
            if let Some(m) = vm.lookup_special(v, q) {
                let r = vm.call(m, &[v], &[])?;
                return vm.arg_str(r);
            }
            crate::exc_text::exc_str(vm, v)
        }
        Some(Obj::Instance(_)) => {
            let q = ferrite_runtime::qstr::q::STR;
            if let Some(m) = vm.lookup_special(v, q) {
                let r = vm.call(m, &[v], &[])?;
                return match vm.str_of(r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(vm.type_error("__str__ returned non-string")),
                };
            }
            // A str subclass without `__str__` uses str's own: the text.
            let base = vm.native_self(v);
            if base != v {
                if let Some(s) = vm.str_of(base) {
                    return Ok(s.to_string());
                }
            }
            repr(vm, v)
        }
        _ => repr(vm, v),
    }
}

fn write_repr(vm: &mut Vm, v: Value, out: &mut String, depth: usize) -> PyResult<()> {
    if depth > MAX_REPR_DEPTH {
        return Err(vm.recursion_error());
    }
    if let Some(i) = v.as_small() {
        out.push_str(decimal(i as i64, &mut [0; 20]));
        return Ok(());
    }
    if let Some(q) = v.as_qstr() {
        out.push_str(&repr_str(vm.qstrs.get(q)));
        return Ok(());
    }
    if let Some(_id) = v.as_native() {
        out.push_str("<function>");
        return Ok(());
    }
    if let Some(f) = v.as_float() {
        out.push_str(&float_str(f));
        return Ok(());
    }
    match v {
        Value::NONE => out.push_str("None"),
        Value::TRUE => out.push_str("True"),
        Value::FALSE => out.push_str("False"),
        Value::ELLIPSIS => out.push_str("Ellipsis"),
        Value::NOT_IMPLEMENTED => out.push_str("NotImplemented"),
        Value::NULL => out.push_str("<NULL>"),
        _ => {
            return write_heap_repr(vm, v, out, depth);
        }
    }
    Ok(())
}

/// `open`, then the reprs of `items` separated by ", " — or, with `pair_sep` ": ", as key and
/// value pairs (`k: v, k: v`).
fn write_items(
    vm: &mut Vm,
    items: &[Value],
    out: &mut String,
    depth: usize,
    pair_sep: &str,
    open: &str,
) -> PyResult<()> {
    out.push_str(open);
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i % 2 == 1 { pair_sep } else { ", " });
        }
        write_repr(vm, x, out, depth + 1)?;
    }
    Ok(())
}

fn write_heap_repr(vm: &mut Vm, v: Value, out: &mut String, depth: usize) -> PyResult<()> {
    let Some(obj) = vm.heap.get(v) else {
        out.push_str("<freed>");
        return Ok(());
    };
    match obj {
        Obj::Str(s) => out.push_str(&repr_str(&s.s)),
        Obj::Bytes(b) => out.push_str(&repr_bytes(b)),
        Obj::ByteArray(b) => {
            let r = repr_bytes(b);
            out.push_str("bytearray(");
            out.push_str(&r);
            out.push(')');
        }
        Obj::Int(b) => out.push_str(&b.to_str_radix(10)),
        Obj::Float(f) => out.push_str(&float_str(*f)),
        Obj::Complex(r, i) => out.push_str(&complex_str(*r, *i)),
        Obj::Tuple(t) => {
            let t = t.to_vec();
            write_items(vm, &t, out, depth, ", ", "(")?;
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Obj::List(l) => {
            let l = l.clone();
            write_items(vm, &l, out, depth, ", ", "[")?;
            out.push(']');
        }
        Obj::Dict(d) => {
            let items: Vec<Value> = d.iter().flat_map(|e| [e.key, e.value]).collect();
            write_items(vm, &items, out, depth, ": ", "{")?;
            out.push('}');
        }
        Obj::Set(d, frozen) => {
            let frozen = *frozen;
            let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
            if keys.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
                return Ok(());
            }
            let open = if frozen { "frozenset({" } else { "{" };
            write_items(vm, &keys, out, depth, ", ", open)?;
            out.push('}');
            if frozen {
                out.push(')');
            }
        }
        Obj::Range(r) => {
            if r.step == 1 {
                out.push_str(&alloc::format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&alloc::format!(
                    "range({}, {}, {})",
                    r.start,
                    r.stop,
                    r.step
                ));
            }
        }
        Obj::Slice(a, b, c) => {
            let (a, b, c) = (*a, *b, *c);
            out.push_str("slice(");
            write_repr(vm, a, out, depth + 1)?;
            out.push_str(", ");
            write_repr(vm, b, out, depth + 1)?;
            out.push_str(", ");
            write_repr(vm, c, out, depth + 1)?;
            out.push(')');
        }
        Obj::Function(f) => {
            let n = vm.qstrs.get(f.code.name).to_string();
            out.push_str(&alloc::format!("<function {n} at 0x{:x}>", v.raw()));
        }
        Obj::BoundMethod(m, s) => {
            let (m, s) = (*m, *s);
            let sr = vm.type_name(s);
            let mn = match vm.heap.get(m) {
                Some(Obj::Function(f)) => vm.qstrs.get(f.code.name).to_string(),
                _ => String::from("<function>"),
            };
            out.push_str(&alloc::format!("<bound_method 0x{:x} {sr}.{mn}>", v.raw()));
        }
        Obj::Cell(_) => out.push_str("<cell>"),
        Obj::Type(t) => {
            let n = vm.str_of(t.name).unwrap_or("?").to_string();
            out.push_str(&alloc::format!("<class '{n}'>"));
        }
        Obj::Module(m) => {
            let n = vm.str_of(m.name).unwrap_or("?").to_string();
            out.push_str(&alloc::format!("<module '{n}'>"));
        }
        Obj::Generator(g) => {
            let n = vm.qstrs.get(g.name).to_string();
            out.push_str(&alloc::format!(
                "<generator object '{n}' at 0x{:x}>",
                v.raw()
            ));
        }
        Obj::Exception(_) => {
            let q = ferrite_runtime::qstr::q::REPR;
            if let Some(m) = vm.lookup_special(v, q) {
                let r = vm.call(m, &[v], &[])?;
                out.push_str(&vm.arg_str(r)?);
                return Ok(());
            }
            let name = vm.type_name(v);
            let args = vm.exc_args(v);
            out.push_str(&name);
            if args.len() == 1 {
                out.push('(');
                write_repr(vm, args[0], out, depth + 1)?;
                out.push(')');
            } else {
                let t = vm.new_tuple(args)?;
                write_repr(vm, t, out, depth + 1)?;
            }
        }
        Obj::Instance(_) => {
            let q = ferrite_runtime::qstr::q::REPR;
            if let Some(m) = vm.lookup_special(v, q) {
                let r = vm.call(m, &[v], &[])?;
                return match vm.str_of(r) {
                    Some(s) => {
                        out.push_str(s);
                        Ok(())
                    }
                    None => Err(vm.type_error("__repr__ returned non-string")),
                };
            }
            let b = vm.native_self(v);
            if b != v {
                return write_repr(vm, b, out, depth);
            }
            let name = vm.type_name(v);
            out.push_str(&alloc::format!("<{name} object at {:x}>", v.raw()));
        }
        Obj::Iter(it) => match **it {
            IterObj::DictView { d, kind } => {
                let items = vm.dict_items(d);
                out.push_str(match kind {
                    0 => "dict_keys([",
                    1 => "dict_values([",
                    _ => "dict_items([",
                });
                for (i, (k, x)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match kind {
                        0 => write_repr(vm, *k, out, depth + 1)?,
                        1 => write_repr(vm, *x, out, depth + 1)?,
                        _ => {
                            out.push('(');
                            write_repr(vm, *k, out, depth + 1)?;
                            out.push_str(", ");
                            write_repr(vm, *x, out, depth + 1)?;
                            out.push(')');
                        }
                    }
                }
                out.push_str("])");
            }
            _ => out.push_str(&alloc::format!("<iterator object at 0x{:x}>", v.raw())),
        },
        Obj::Property(..) => out.push_str("<property>"),
        Obj::StaticMethod(_) => out.push_str("<staticmethod>"),
        Obj::ClassMethod(_) => out.push_str("<classmethod>"),
        Obj::Super(..) => out.push_str("<super>"),
        Obj::Partial(..) => out.push_str("<function>"),
        Obj::Array(_) => {
            let s = crate::array::array_repr(vm, v)?;
            out.push_str(&s);
        }
        Obj::MemView(..) => out.push_str(&alloc::format!("<memoryview 0x{:x}>", v.raw())),
        Obj::Stream(s) => {
            let n = if s.fd == 0 { "io" } else { "TextIOWrapper" };
            out.push_str(&alloc::format!("<{n} {}>", s.fd));
        }
    }
    Ok(())
}
