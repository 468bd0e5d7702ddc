//! The builtin functions and the constructors and extra methods of builtin types.
//! Always compiled.

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use ferrite_bigint::BigInt;

use ferrite_bytecode::BinaryOp;
use ferrite_runtime::natives::Args;
use ferrite_runtime::obj::number::Num;
use ferrite_runtime::obj::str::{count_matches, find_from, rfind_before};
use ferrite_runtime::obj::{IterObj, Kind, Obj, RangeObj};
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

fn nargs(vm: &mut Vm, name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = a.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            alloc::format!("function takes {min} positional arguments but {n} were given")
        } else if n < min {
            alloc::format!("function missing {} required positional arguments", min - n)
        } else {
            alloc::format!("function expected at most {max} arguments, got {n}")
        };
        let _ = name;
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// `TypeError: can't convert <type of v> to <to>`.
pub fn cant_convert(vm: &mut Vm, v: Value, to: &str) -> ferrite_runtime::PyErr {
    let tn = vm.type_name(v);
    vm.type_error(&ferrite_runtime::fmt::msg::cant_convert(&tn, to))
}

fn min_max(vm: &mut Vm, a: &Args, want_max: bool) -> PyResult<Value> {
    let key = a.kw_get(vm, "key").unwrap_or(Value::NONE);
    let default = a.kw_get(vm, "default");
    if a.pos.is_empty() {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    }
    // Several positional arguments are compared where they are (the caller roots them); the
    // items of one iterable are gathered, and rooted here.
    let owned;
    let items: &[Value] = if a.pos.len() == 1 {
        owned = vm.iter_to_vec(a.pos[0])?;
        &owned
    } else {
        a.pos
    };
    if items.is_empty() {
        if let Some(d) = default {
            return Ok(d);
        }
        return Err(vm.new_exc_msg(vm.t.value_error, "arg is an empty sequence"));
    }
    let mark = vm.roots.len();
    if a.pos.len() == 1 {
        vm.roots.extend_from_slice(items);
    }
    let r = (|| {
        let mut best = items[0];
        let mut best_k = if key.is_none() {
            best
        } else {
            vm.call(key, &[best], &[])?
        };
        vm.roots.push(best_k);
        for &it in &items[1..] {
            let k = if key.is_none() {
                it
            } else {
                vm.call(key, &[it], &[])?
            };
            vm.roots.push(k);
            let better = if want_max {
                vm.compare(BinaryOp::More, k, best_k)?
            } else {
                vm.compare(BinaryOp::Less, k, best_k)?
            };
            if better {
                best = it;
                best_k = k;
            }
        }
        Ok(best)
    })();
    vm.roots.truncate(mark);
    r
}

fn int_base_str(vm: &mut Vm, v: Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let Some(b) = vm.as_bigint(v) else {
        return Err(cant_convert(vm, v, "int"));
    };
    let sign = if b.is_negative() { "-" } else { "" };
    let s = alloc::format!("{sign}{prefix}{}", b.view().magnitude_str(radix));
    vm.new_str_owned(s)
}

/// Python's round-half-even of `f` to `nd` decimal places.
fn round_float(f: f64, nd: i64) -> f64 {
    if !f.is_finite() {
        return f;
    }
    if nd > 300 {
        return f;
    }
    if nd < -308 {
        return 0.0 * f;
    }
    // Exact decimal rounding (half-even on exact ties), read back as the nearest double.
    if nd >= 0 {
        let (digits, exp) = ferrite_float::round_fixed(f, nd as usize);
        let text = alloc::format!(
            "{}e{}",
            core::str::from_utf8(&digits).unwrap_or("0"),
            i64::from(exp) + 1 - digits.len() as i64
        );
        let v = ferrite_float::parse(text.as_bytes()).unwrap_or(f.abs());
        return if f.is_sign_negative() { -v } else { v };
    }
    let p = libm::pow(10.0, (-nd) as f64);
    let y = f / p;
    let mut r = libm::round(y);
    if (y - libm::trunc(y)).abs() == 0.5 {
        r = 2.0 * libm::round(y / 2.0);
    }
    r * p
}

fn round_half_even_big(v: &BigInt, nd: i64) -> BigInt {
    if nd >= 0 {
        return v.clone();
    }
    // 10^k > 2·|v| rounds to zero (and k may be too big to raise 10 to).
    let k = nd.unsigned_abs();
    if k > v.bits() {
        return BigInt::zero();
    }
    let p = BigInt::from(10).pow(k as u32);
    let Some((q, r)) = v.div_mod_floor(&p) else {
        return v.clone();
    };
    let twice = &r * 2;
    let q = match twice.cmp(&p) {
        core::cmp::Ordering::Greater => q + 1,
        core::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * p
}

/// The builtin functions.
/// `len(o)`: its own native function, as the commonest call of all (no dispatch by name).
pub fn builtin_len(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let n = vm.len_of(a.pos[0])?;
    vm.new_int(n as i64)
}

/// `print`.
pub fn builtin_print(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let sep = match a.kw_get(vm, "sep") {
        Some(v) if !v.is_none() => vm.arg_str(v)?,
        _ => String::from(" "),
    };
    let end = match a.kw_get(vm, "end") {
        Some(v) if !v.is_none() => vm.arg_str(v)?,
        _ => String::from("\n"),
    };
    let file = a.kw_get(vm, "file").filter(|f| !f.is_none());
    let mut out = String::new();
    for (i, &v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(v)?);
    }
    out.push_str(&end);
    match file {
        Some(f) => {
            let s = vm.new_str_owned(out)?;
            vm.call_method_name(f, "write", &[s])?;
        }
        None => vm.write_stdout(out.as_bytes()),
    }
    Ok(Value::NONE)
}

/// `__repl_print__`.
pub fn builtin_repl_print(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let v = a.arg(0);
    if !v.is_none() && !v.is_null() {
        let s = vm.repr(v)?;
        vm.write_stdout(s.as_bytes());
        vm.write_stdout(b"\n");
        let q = ferrite_runtime::qstr::q::UNDERSCORE;
        vm.dict_set_str(vm.builtins, q, v)?;
    }
    Ok(Value::NONE)
}

/// `abs`.
pub fn builtin_abs(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let v = a.pos[0];
    if let Some(Obj::Instance(_)) = vm.heap.get(v) {
        let q = ferrite_runtime::qstr::q::ABS;
        if let Some(m) = vm.lookup_special(v, q) {
            return vm.call(m, &[v], &[]);
        }
    }
    vm.unary_op(ferrite_bytecode::UnaryOp::Abs, v)
}

/// `all`, `any`.
pub fn builtin_all(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let it = vm.get_iter(a.pos[0])?;
    let mark = vm.roots.len();
    vm.roots.push(it);
    let want = name == "any";
    let r = loop {
        match vm.iter_next(it) {
            Ok(Some(v)) => match vm.truthy(v) {
                Ok(t) if t == want => break Ok(Value::bool(want)),
                Ok(_) => {}
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(Value::bool(!want)),
            Err(e) => break Err(e),
        }
    };
    vm.roots.truncate(mark);
    r
}

/// `bin`.
pub fn builtin_bin(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    int_base_str(vm, a.arg(0), 2, "0b")
}

/// `oct`.
pub fn builtin_oct(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    int_base_str(vm, a.arg(0), 8, "0o")
}

/// `hex`.
pub fn builtin_hex(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    int_base_str(vm, a.arg(0), 16, "0x")
}

/// `callable`.
pub fn builtin_callable(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let v = a.pos[0];
    let r = v.as_native().is_some()
        || matches!(
            vm.heap.get(v),
            Some(Obj::Function(_) | Obj::BoundMethod(..) | Obj::Type(_) | Obj::Partial(..))
        )
        || {
            let q = ferrite_runtime::qstr::q::CALL;
            vm.lookup_special(v, q).is_some()
        };
    Ok(Value::bool(r))
}

/// `chr`.
pub fn builtin_chr(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let i = vm.to_index(a.pos[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            vm.new_str(c.encode_utf8(&mut b))
        }
        None => Err(vm.new_exc_msg(vm.t.value_error, "chr() arg not in range(0x110000)")),
    }
}

/// `ord`.
pub fn builtin_ord(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let v = a.pos[0];
    if let Some(s) = vm.str_of(v) {
        let mut cs = s.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            return Ok(Value::small(c as isize));
        }
        let n = s.chars().count();
        return Err(vm.type_error(&alloc::format!(
            "ord() expected a character, but string of length {n} found"
        )));
    }
    if let Some(b) = vm.bytes_of(v) {
        if b.len() == 1 {
            return Ok(Value::small(b[0] as isize));
        }
    }
    Err(vm.type_error("ord() expected a character"))
}

/// `dir`.
pub fn builtin_dir(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let o = a.arg(0);
    let mut names: Vec<Value> = Vec::new();
    if o.is_null() {
        let g = vm.frames.last().map_or(vm.main_globals, |f| {
            if f.names.is_null() {
                f.globals
            } else {
                f.names
            }
        });
        names = vm.dict_items(g).into_iter().map(|(k, _)| k).collect();
    } else {
        match vm.heap.get(o) {
            Some(Obj::Module(m)) => {
                let g = m.globals;
                names = vm.dict_items(g).into_iter().map(|(k, _)| k).collect();
            }
            Some(Obj::Instance(i)) => {
                let cls = i.class;
                names = i.dict.iter().map(|e| e.key).collect();
                for c in vm.mro(cls) {
                    if let Some(Obj::Type(t)) = vm.heap.get(c) {
                        names.extend(t.dict.iter().map(|e| e.key));
                    }
                }
            }
            Some(Obj::Type(_)) => {
                for c in vm.mro(o) {
                    if let Some(Obj::Type(t)) = vm.heap.get(c) {
                        names.extend(t.dict.iter().map(|e| e.key));
                    }
                }
            }
            _ => {}
        }
        let kind = vm.kind_of(o);
        for d in vm.lib.natives.iter() {
            if d.owner == ferrite_runtime::natives::Owner::Type(kind) {
                let q = vm.qstrs.intern(d.name);
                names.push(Value::qstr(q));
            }
        }
        let q = ferrite_runtime::qstr::q::CLASS;
        names.push(Value::qstr(q));
    }
    let mut strs: Vec<String> = names
        .iter()
        .filter_map(|&n| vm.str_of(n).map(String::from))
        .collect();
    ferrite_runtime::obj::list::sort_strings(&mut strs);
    strs.dedup();
    let mut vals = Vec::with_capacity(strs.len());
    for s in strs {
        vals.push(vm.new_str_owned(s)?);
    }
    vm.new_list(vals)
}

/// `divmod`.
pub fn builtin_divmod(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 2, 2)?;
    let q = vm.binary_op(BinaryOp::FloorDivide, a.pos[0], a.pos[1])?;
    let mark = vm.roots.len();
    vm.roots.push(q);
    let r = vm.binary_op(BinaryOp::Modulo, a.pos[0], a.pos[1]);
    vm.roots.truncate(mark);
    let r = r?;
    vm.new_tuple(vec![q, r])
}

/// `enumerate`.
pub fn builtin_enumerate(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let it = vm.get_iter(a.kw_or_pos(vm, "iterable", 0).unwrap_or(Value::NONE))?;
    let start = a.kw_or_pos(vm, "start", 1).unwrap_or(Value::small(0));
    vm.make_iter(IterObj::Enumerate { it, n: start })
}

/// `filter`.
pub fn builtin_filter(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 2, 2)?;
    let it = vm.get_iter(a.pos[1])?;
    vm.make_iter(IterObj::Filter { f: a.pos[0], it })
}

/// `map`.
pub fn builtin_map(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("map expected at least 2 arguments"));
    }
    let its = vm.iters_of(&a.pos[1..])?;
    vm.make_iter(IterObj::Map {
        f: a.pos[0],
        its: its.into_boxed_slice(),
    })
}

/// `zip`.
pub fn builtin_zip(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let its = vm.iters_of(a.pos)?;
    if its.is_empty() {
        return vm.make_iter(IterObj::Range {
            cur: 0,
            stop: 0,
            step: 1,
        });
    }
    vm.make_iter(IterObj::Zip {
        its: its.into_boxed_slice(),
    })
}

/// `getattr`.
pub fn builtin_getattr(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 2, 3)?;
    let q = match vm.str_qstr(a.pos[1]) {
        Some(q) => q,
        None => return Err(vm.type_error("attribute name must be a string")),
    };
    match vm.try_load_attr(a.pos[0], q)? {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.attr_error(a.pos[0], q)),
        },
    }
}

/// `hasattr`.
pub fn builtin_hasattr(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 2, 2)?;
    let Some(q) = vm.str_qstr(a.pos[1]) else {
        return Err(vm.type_error("attribute name must be a string"));
    };
    Ok(Value::bool(vm.try_load_attr(a.pos[0], q)?.is_some()))
}

/// `setattr`, `delattr`.
pub fn builtin_setattr(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let Some(q) = vm.str_qstr(a.arg(1)) else {
        return Err(vm.type_error("attribute name must be a string"));
    };
    let v = if name == "setattr" {
        a.arg(2)
    } else {
        Value::NULL
    };
    if name == "setattr" && v.is_null() {
        return Err(vm.type_error("setattr expected 3 arguments"));
    }
    vm.store_attr(a.arg(0), q, v)?;
    Ok(Value::NONE)
}

/// `globals`.
pub fn builtin_globals(vm: &mut Vm, _name: &'static str, _a: &Args) -> PyResult<Value> {
    Ok(vm.frames.last().map_or(vm.main_globals, |f| f.globals))
}

/// `locals`.
pub fn builtin_locals(vm: &mut Vm, _name: &'static str, _a: &Args) -> PyResult<Value> {
    Ok(vm.frames.last().map_or(vm.main_globals, |f| {
        if f.names.is_null() {
            f.globals
        } else {
            f.names
        }
    }))
}

/// `vars`.
pub fn builtin_vars(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Ok(vm.frames.last().map_or(vm.main_globals, |f| {
            if f.names.is_null() {
                f.globals
            } else {
                f.names
            }
        }));
    }
    let q = ferrite_runtime::qstr::q::DICT;
    vm.load_attr(a.pos[0], q)
}

/// `hash`.
pub fn builtin_hash(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let v = a.pos[0];
    if let Some(i) = v.as_small() {
        return Ok(Value::small(i));
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::small(b as isize));
    }
    // An integral float hashes as the equal int.
    if let Some(f) = vm
        .heap
        .float_of(v)
        .filter(|&f| f == libm::floor(f) && f.abs() < 9.0e18)
    {
        if let Some(h) = Value::try_small(f as i64) {
            return Ok(h);
        }
    }
    let h = vm.hash(v)?;
    vm.new_int(h as i64)
}

/// `id`.
pub fn builtin_id(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    vm.new_int((a.pos[0].raw() >> 1) as i64)
}

/// `isinstance`, `issubclass`.
pub fn builtin_isinstance(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 2, 2)?;
    let (o, c) = (a.pos[0], a.pos[1]);
    let classes = match vm.heap.get(c) {
        Some(Obj::Tuple(t)) => t.to_vec(),
        _ => vec![c],
    };
    if name == "issubclass" && !vm.is_type(o) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    for cls in classes {
        if !vm.is_type(cls) {
            return Err(vm.type_error(&alloc::format!(
                "{name}() arg 2 must be a class or a tuple of classes"
            )));
        }
        let r = if name == "isinstance" {
            vm.is_instance_of(o, cls)
        } else {
            vm.is_subclass(o, cls)
        };
        if r {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// `iter`.
pub fn builtin_iter(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 2)?;
    if a.pos.len() == 2 {
        let f = a.pos[0];
        let callable = f.as_native().is_some()
            || matches!(
                vm.heap.get(f),
                Some(Obj::Function(_) | Obj::BoundMethod(..) | Obj::Type(_) | Obj::Partial(..))
            )
            || {
                let q = ferrite_runtime::qstr::q::CALL;
                vm.lookup_special(f, q).is_some()
            };
        if !callable {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return vm.make_iter(IterObj::Callable {
            f: a.pos[0],
            sentinel: a.pos[1],
        });
    }
    vm.get_iter(a.pos[0])
}

/// `next`.
pub fn builtin_next(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 2)?;
    let it = a.pos[0];
    let is_iter = matches!(vm.heap.get(it), Some(Obj::Iter(_) | Obj::Generator(_))) || {
        let q = ferrite_runtime::qstr::q::NEXT;
        vm.lookup_special(it, q).is_some()
    };
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(&alloc::format!("'{tn}' object isn't an iterator")));
    }
    if let Some(Obj::Generator(_)) = vm.heap.get(it) {
        let r = vm.resume_gen(it, Value::NONE, Value::NULL)?;
        return match r {
            ferrite_runtime::obj::gen::Resumed::Yield(v) => Ok(v),
            ferrite_runtime::obj::gen::Resumed::Return(v) => match a.pos.get(1) {
                Some(&d) => Ok(d),
                None => {
                    if v.is_none() {
                        Err(vm.new_exc_msg_none(vm.t.stop_iteration))
                    } else {
                        let t = vm.new_tuple(vec![v])?;
                        Err(vm.new_exc_args(vm.t.stop_iteration, t))
                    }
                }
            },
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.new_exc_msg_none(vm.t.stop_iteration)),
        },
    }
}

/// `max`, `min`.
pub fn builtin_max(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    min_max(vm, a, name == "max")
}

/// `pow`.
pub fn builtin_pow(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 2, 3)?;
    if let Some(&m) = a.pos.get(2) {
        let (Some(b), Some(e), Some(md)) = (
            vm.as_bigint(a.pos[0]),
            vm.as_bigint(a.pos[1]),
            vm.as_bigint(m),
        ) else {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        if md.is_zero() {
            return Err(vm.new_exc_msg(vm.t.value_error, "pow() 3rd argument cannot be 0"));
        }
        if e.is_negative() {
            return Err(vm.new_exc_msg(
                vm.t.value_error,
                "pow() 2nd argument cannot be negative when 3rd argument specified",
            ));
        }
        let r = b.modpow(&e, &md).unwrap_or_default();
        return vm.new_bigint(r);
    }
    vm.binary_op(BinaryOp::Power, a.pos[0], a.pos[1])
}

/// `ascii`.
pub fn builtin_ascii(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let s = vm.repr(a.pos[0])?;
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            crate::print::push_escape(&mut out, c as u32);
        }
    }
    vm.new_str_owned(out)
}

/// `repr`.
pub fn builtin_repr(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let s = vm.repr(a.pos[0])?;
    vm.new_str_owned(s)
}

/// `reversed`.
pub fn builtin_reversed(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let s = a.pos[0];
    let q = ferrite_runtime::qstr::q::REVERSED;
    if let Some(m) = vm.lookup_special(s, q) {
        return vm.call(m, &[s], &[]);
    }
    if let Some(Obj::Range(r)) = vm.heap.get(s) {
        let r = *r;
        let n = r.len();
        if n == 0 {
            return vm.make_iter(IterObj::Range {
                cur: 0,
                stop: 0,
                step: 1,
            });
        }
        let last = r.get(n - 1);
        return vm.make_iter(IterObj::Range {
            cur: last,
            stop: r.start - r.step.signum(),
            step: -r.step,
        });
    }
    if matches!(vm.heap.get(s), Some(Obj::Dict(_))) {
        let mut keys: Vec<Value> = vm.dict_items(s).into_iter().map(|(k, _)| k).collect();
        keys.reverse();
        let l = vm.new_list(keys)?;
        return vm.get_iter(l);
    }
    let n = vm.len_of(s)?;
    vm.make_iter(IterObj::Reversed { seq: s, idx: n })
}

/// `round`.
pub fn builtin_round(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 2)?;
    let v = a.pos[0];
    let nd = match a.pos.get(1) {
        Some(&n) if !n.is_none() => Some(vm.to_index(n)? as i64),
        _ => None,
    };
    match vm.num(v) {
        Some(Num::F(f)) => match nd {
            None => {
                if !f.is_finite() {
                    let msg = if f.is_nan() {
                        "cannot convert float NaN to integer"
                    } else {
                        "cannot convert float infinity to integer"
                    };
                    let cls = if f.is_nan() {
                        vm.t.value_error
                    } else {
                        vm.t.overflow_error
                    };
                    return Err(vm.new_exc_msg(cls, msg));
                }
                let r = round_float(f, 0);
                vm.new_bigint(ferrite_runtime::obj::number::float_to_big(r))
            }
            Some(n) => {
                let r = round_float(f, n);
                vm.new_float(r)
            }
        },
        Some(Num::I(_)) | Some(Num::B(_)) => {
            let b = vm.as_bigint(v).unwrap_or_default();
            match nd {
                None => vm.new_bigint(b),
                Some(n) => vm.new_bigint(round_half_even_big(&b, n)),
            }
        }
        _ => {
            let q = ferrite_runtime::qstr::q::ROUND;
            if let Some(m) = vm.lookup_special(v, q) {
                let mut args = vec![v];
                args.extend_from_slice(&a.pos[1..]);
                return vm.call(m, &args, &[]);
            }
            Err(cant_convert(vm, v, "float"))
        }
    }
}

/// `sorted`.
pub fn builtin_sorted(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 1)?;
    let mut items = vm.iter_to_vec(a.pos[0])?;
    let l = vm.new_list(items.clone())?;
    let mark = vm.roots.len();
    vm.roots.push(l);
    let key = a.kw_get(vm, "key").unwrap_or(Value::NONE);
    let rev = match a.kw_get(vm, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let r = vm.sort_values(&mut items, key, rev);
    vm.roots.truncate(mark);
    r?;
    if let Some(Obj::List(x)) = vm.heap.get_mut(l) {
        *x = items;
    }
    Ok(l)
}

/// `sum`.
pub fn builtin_sum(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 2)?;
    let mut acc = a.kw_or_pos(vm, "start", 1).unwrap_or(Value::small(0));
    let it = vm.get_iter(a.pos[0])?;
    let mark = vm.roots.len();
    vm.roots.push(it);
    let r = loop {
        vm.roots.truncate(mark + 1);
        vm.roots.push(acc);
        match vm.iter_next(it) {
            Ok(Some(v)) => match vm.binary_op(BinaryOp::Add, acc, v) {
                Ok(n) => acc = n,
                Err(e) => break Err(e),
            },
            Ok(None) => break Ok(acc),
            Err(e) => break Err(e),
        }
    };
    vm.roots.truncate(mark);
    r
}

/// `input`.
pub fn builtin_input(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    if let Some(&p) = a.pos.first() {
        let s = vm.to_str(p)?;
        vm.write_stdout(s.as_bytes());
    }
    vm.flush();
    match vm.port.read_line() {
        Some(line) => vm.new_str_owned(line),
        None => Err(vm.new_exc_msg_none(vm.t.eof_error)),
    }
}

/// `__build_class__`.
pub fn builtin_build_class(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("__build_class__ needs a function and a name"));
    }
    if !a.kw.is_empty() {
        let is_meta = a.kw.iter().any(|(k, _)| vm.str_of(*k) == Some("metaclass"));
        if !is_meta {
            return Err(vm.type_error("unexpected keyword argument"));
        }
    }
    let body = a.pos[0];
    let cname = a.pos[1];
    let bases = &a.pos[2..];
    let ns = vm.new_dict()?;
    let mark = vm.roots.len();
    vm.roots.push(ns);
    let r = (|| {
        let mut fr = vm.make_frame(body, &[], &[])?;
        fr.names = ns;
        let cell = vm.run_frame(fr)?;
        let meta =
            a.kw.iter()
                .find(|(k, _)| vm.str_of(*k) == Some("metaclass"))
                .map(|&(_, v)| v);
        let cls = match meta {
            Some(m) if m != vm.t.type_ => {
                let t = vm.new_tuple(bases.to_vec())?;
                vm.call(m, &[cname, t, ns], &[])?
            }
            _ => crate::class::new_class(vm, cname, bases, ns)?,
        };
        if let Some(Obj::Cell(c)) = vm.heap.get_mut(cell) {
            *c = cls;
        }
        // __set_name__ hooks.
        Ok(cls)
    })();
    vm.roots.truncate(mark);
    r
}

/// `__import__`.
pub fn builtin_import(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let n = a.arg(0);
    let Some(q) = vm.str_qstr(n) else {
        return Err(vm.type_error("__import__ needs a module name"));
    };
    let fromlist = a.pos.get(3).copied().unwrap_or(Value::NONE);
    let level = a.pos.get(4).copied().unwrap_or(Value::small(0));
    let g = vm.frames.last().map_or(vm.main_globals, |f| f.globals);
    crate::import::import_name(vm, q, fromlist, level, g)
}

/// `exec`, `eval`.
pub fn builtin_exec(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let src = a.arg(0);
    let (g, l) = match (a.pos.get(1), a.pos.get(2)) {
        (Some(&g), l) if !g.is_none() => (g, l.copied().unwrap_or(g)),
        _ => {
            let f = vm.frames.last();
            let g = f.map_or(vm.main_globals, |f| f.globals);
            let l = f.map_or(g, |f| {
                if f.names.is_null() {
                    f.globals
                } else {
                    f.names
                }
            });
            (g, l)
        }
    };
    crate::import::exec_in(vm, src, g, l, name == "eval")
}

/// `compile`.
pub fn builtin_compile(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 3, 6)?;
    let src = vm.arg_str(a.pos[0])?;
    let file = vm.arg_str(a.pos[1])?;
    let mode = vm.arg_str(a.pos[2])?;
    let eval = match mode.as_str() {
        "exec" | "single" => false,
        "eval" => true,
        _ => {
            return Err(vm.new_exc_msg(
                vm.t.value_error,
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let code = vm.compile_source(&src, &file, eval)?;
    // A code object: a function with no globals of its own; exec/eval give them.
    vm.alloc(Obj::Function(Box::new(ferrite_runtime::obj::FunObj {
        code,
        globals: Value::NULL,
        defaults: Value::NULL,
        kwdefaults: Value::NULL,
        closure: Box::new([]),
        dict: Value::NULL,
    })))
}

/// `__object_init__`.
pub fn builtin_object_init(_vm: &mut Vm, _name: &'static str, _a: &Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `format`.
pub fn builtin_format(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    nargs(vm, name, a, 1, 2)?;
    let spec = match a.pos.get(1) {
        Some(&s) => vm.arg_str(s)?,
        None => String::new(),
    };
    let s = crate::format::format_value(vm, a.pos[0], &spec)?;
    vm.new_str_owned(s)
}

/// `open`.
pub fn builtin_open(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    crate::modules::open_file(vm, a)
}

/// `help`.
pub fn builtin_help(vm: &mut Vm, _name: &'static str, _a: &Args) -> PyResult<Value> {
    vm.write_stdout(b"Welcome to Ferrite!\n");
    Ok(Value::NONE)
}

/// Parses an int literal in `base` (0 = from prefix), allowing `_` and surrounding spaces.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && lower.chars().any(|c| c != '0' && c != '_')
                {
                    return None;
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").unwrap_or(&lower).to_string()),
        8 => (8, lower.strip_prefix("0o").unwrap_or(&lower).to_string()),
        2 => (2, lower.strip_prefix("0b").unwrap_or(&lower).to_string()),
        b => (b, lower.clone()),
    };
    let digits = digits.strip_prefix('_').unwrap_or(&digits).to_string();
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.as_bytes().windows(2).any(|w| w == b"__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// Constructors of builtin types.
pub fn construct(vm: &mut Vm, kind: Kind, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = Args { pos, kw };
    match kind {
        Kind::Object => Ok(
            vm.alloc(Obj::Instance(Box::new(ferrite_runtime::obj::Instance {
                class: vm.t.object,
                dict: ferrite_runtime::obj::Dict::new(),
                base: Value::NULL,
            })))?,
        ),
        Kind::Type => {
            if pos.len() == 1 {
                return Ok(vm.type_of(pos[0]));
            }
            if pos.len() == 3 {
                let bases = vm.seq_items(pos[1]).unwrap_or_default();
                return crate::class::new_class(vm, pos[0], &bases, pos[2]);
            }
            Err(vm.type_error("type() takes 1 or 3 arguments"))
        }
        Kind::Int | Kind::Bool => {
            if kind == Kind::Bool {
                return match pos.first() {
                    Some(&v) => Ok(Value::bool(vm.truthy(v)?)),
                    None => Ok(Value::FALSE),
                };
            }
            let Some(&v) = pos.first() else {
                return Ok(Value::small(0));
            };
            let base = a.kw_or_pos(vm, "base", 1);
            if let Some(b) = base {
                let b = vm.to_index(b)?;
                if b != 0 && !(2..=36).contains(&b) {
                    return Err(
                        vm.new_exc_msg(vm.t.value_error, "int() arg 2 must be >= 2 and <= 36")
                    );
                }
                let text = if let Some(s) = vm.str_of(v) {
                    s.to_string()
                } else if let Some(bs) = vm.bytes_of(v) {
                    String::from_utf8_lossy(bs).into_owned()
                } else {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"));
                };
                return match parse_int(&text, b as u32) {
                    Some(i) => vm.new_bigint(i),
                    None => Err(vm.new_exc_msg(
                        vm.t.value_error,
                        &alloc::format!(
                            "invalid syntax for integer with base {b}: {}",
                            crate::print::repr_str(&text)
                        ),
                    )),
                };
            }
            if let Some(s) = vm.str_of(v).map(String::from).or_else(|| {
                vm.bytes_of(v)
                    .map(|b| String::from_utf8_lossy(b).into_owned())
            }) {
                return match parse_int(&s, 10) {
                    Some(i) => vm.new_bigint(i),
                    None => Err(vm.new_exc_msg(
                        vm.t.value_error,
                        &alloc::format!(
                            "invalid syntax for integer with base 10: {}",
                            crate::print::repr_str(&s)
                        ),
                    )),
                };
            }
            match vm.num(v) {
                Some(Num::I(i)) => vm.new_int(i),
                Some(Num::B(b)) => vm.new_bigint(b),
                Some(Num::F(f)) => ferrite_runtime::obj::number::float_to_int(vm, f),
                Some(Num::C(..)) => Err(vm.type_error("can't convert complex to int")),
                None => {
                    for name in ["__int__", "__index__", "__trunc__"] {
                        let q = vm.qstrs.intern(name);
                        if let Some(m) = vm.lookup_special(v, q) {
                            return vm.call(m, &[v], &[]);
                        }
                    }
                    Err(cant_convert(vm, v, "int"))
                }
            }
        }
        Kind::Float => {
            let Some(&v) = pos.first() else {
                return vm.new_float(0.0);
            };
            let text = vm.str_of(v).map(String::from).or_else(|| {
                vm.bytes_of(v)
                    .map(|b| String::from_utf8_lossy(b).into_owned())
            });
            if let Some(s) = text {
                let t = s.trim().replace('_', "");
                let lower = t.to_ascii_lowercase();
                let f = match lower.trim_start_matches(['+', '-']) {
                    "inf" | "infinity" => Some(if lower.starts_with('-') {
                        f64::NEG_INFINITY
                    } else {
                        f64::INFINITY
                    }),
                    "nan" => Some(f64::NAN),
                    _ => ferrite_bytecode::float_repr::parse(&t),
                };
                return match f {
                    Some(f) => vm.new_float(f),
                    None => Err(vm.new_exc_msg(vm.t.value_error, "invalid syntax for number")),
                };
            }
            match vm.num(v) {
                Some(Num::C(..)) => Err(vm.type_error("can't convert complex to float")),
                Some(n) => {
                    if let Num::B(b) = &n {
                        if b.to_f64().is_infinite() {
                            return Err(vm.new_exc_msg(
                                vm.t.overflow_error,
                                "int too big to convert to float",
                            ));
                        }
                    }
                    vm.new_float(n.to_f64())
                }
                None => {
                    let q = ferrite_runtime::qstr::q::FLOAT;
                    if let Some(m) = vm.lookup_special(v, q) {
                        return vm.call(m, &[v], &[]);
                    }
                    Err(cant_convert(vm, v, "float"))
                }
            }
        }
        Kind::Complex => {
            let r = match pos.first() {
                Some(&v) => match vm.num(v) {
                    Some(Num::C(r, i)) => (r, i),
                    Some(n) => (n.to_f64(), 0.0),
                    None => return Err(vm.type_error("complex() argument must be a number")),
                },
                None => (0.0, 0.0),
            };
            let i = match pos.get(1) {
                Some(&v) => match vm.num(v) {
                    Some(Num::C(r2, i2)) => (-i2, r2),
                    Some(n) => (0.0, n.to_f64()),
                    None => return Err(vm.type_error("complex() argument must be a number")),
                },
                None => (0.0, 0.0),
            };
            vm.alloc(Obj::Complex(r.0 + i.0, r.1 + i.1))
        }
        Kind::Str => {
            let Some(&v) = pos.first() else {
                return vm.new_str("");
            };
            if pos.len() >= 2 || !kw.is_empty() {
                if let Some(b) = vm.bytes_of(v) {
                    return match core::str::from_utf8(b) {
                        Ok(s) => {
                            let s = s.to_string();
                            vm.new_str_owned(s)
                        }
                        Err(_) => Err(vm.new_exc_msg(vm.t.unicode_error, "invalid utf-8")),
                    };
                }
            }
            // A str (not of a subclass) is its own str.
            if v.as_qstr().is_some() || matches!(vm.heap.get(v), Some(Obj::Str(_))) {
                return Ok(v);
            }
            let s = vm.to_str(v)?;
            vm.new_str_owned(s)
        }
        Kind::Bytes | Kind::ByteArray => {
            let data = match pos.first() {
                None => Vec::new(),
                Some(&v) => {
                    if let Some(s) = vm.str_of(v) {
                        if pos.len() < 2 {
                            return Err(vm.type_error("string argument without an encoding"));
                        }
                        s.as_bytes().to_vec()
                    } else if let Some(n) = vm.as_i64(v).filter(|_| vm.is_int(v)) {
                        if n < 0 {
                            return Err(vm.new_exc_msg(vm.t.value_error, "negative count"));
                        }
                        if n as usize > vm.heap.limit {
                            return Err(vm.mem_error());
                        }
                        vec![0u8; n as usize]
                    } else {
                        vm.bytes_from_value(v)?
                    }
                }
            };
            if kind == Kind::Bytes {
                vm.new_bytes(data)
            } else {
                vm.alloc(Obj::ByteArray(data))
            }
        }
        Kind::List | Kind::Tuple => {
            let items = match pos.first() {
                Some(&v) => vm.iter_to_vec(v)?,
                None => Vec::new(),
            };
            if kind == Kind::List {
                vm.new_list(items)
            } else {
                vm.new_tuple(items)
            }
        }
        Kind::Dict => {
            let d = vm.new_dict()?;
            let mark = vm.roots.len();
            vm.roots.push(d);
            let r = (|| {
                if let Some(&o) = pos.first() {
                    vm.dict_update_from(d, o)?;
                }
                for &(k, v) in kw {
                    vm.dict_set(d, k, v)?;
                }
                Ok(d)
            })();
            vm.roots.truncate(mark);
            r
        }
        Kind::Set | Kind::FrozenSet => match pos.first() {
            Some(&o) => vm.set_from_iterable(o, kind == Kind::FrozenSet),
            None => vm.new_set(kind == Kind::FrozenSet),
        },
        Kind::Range => {
            let mut ints = Vec::new();
            for &p in pos {
                ints.push(vm.to_index(p)?);
            }
            let (start, stop, step) = match ints.as_slice() {
                [s] => (0, *s, 1),
                [a, b] => (*a, *b, 1),
                [a, b, c] => (*a, *b, *c),
                _ => return Err(vm.type_error("range expected 1 to 3 arguments")),
            };
            if step == 0 {
                return Err(vm.new_exc_msg(vm.t.value_error, "zero step"));
            }
            vm.alloc(Obj::Range(RangeObj { start, stop, step }))
        }
        Kind::Array => crate::array::new_array(vm, a.arg(0), a.arg(1)),
        Kind::MemView => {
            let o = a.arg(0);
            match vm.heap.get(o) {
                Some(Obj::Bytes(b)) => {
                    let n = b.len();
                    vm.alloc(Obj::MemView(o, 0, n))
                }
                Some(Obj::ByteArray(b)) => {
                    let n = b.len();
                    vm.alloc(Obj::MemView(o, 0, n))
                }
                Some(Obj::MemView(b, s, n)) => {
                    let (b, s, n) = (*b, *s, *n);
                    vm.alloc(Obj::MemView(b, s, n))
                }
                Some(Obj::Array(x)) => {
                    let n = x.data.len()
                        / ferrite_runtime::obj::array::item_size(x.typecode).unwrap_or(1);
                    vm.alloc(Obj::MemView(o, 0, n))
                }
                _ => Err(vm.type_error("object with buffer protocol required")),
            }
        }
        Kind::Property => {
            let g = a.kw_or_pos(vm, "fget", 0).unwrap_or(Value::NONE);
            let s = a.kw_or_pos(vm, "fset", 1).unwrap_or(Value::NONE);
            let d = a.kw_or_pos(vm, "fdel", 2).unwrap_or(Value::NONE);
            vm.alloc(Obj::Property(g, s, d))
        }
        Kind::StaticMethod => vm.alloc(Obj::StaticMethod(a.arg(0))),
        Kind::ClassMethod => vm.alloc(Obj::ClassMethod(a.arg(0))),
        Kind::Super => {
            if pos.len() != 2 {
                return Err(vm.type_error("super() needs 2 arguments here"));
            }
            vm.alloc(Obj::Super(pos[0], pos[1]))
        }
        Kind::Slice => {
            let (s, e, st) = match pos.len() {
                1 => (Value::NONE, pos[0], Value::NONE),
                2 => (pos[0], pos[1], Value::NONE),
                3 => (pos[0], pos[1], pos[2]),
                _ => return Err(vm.type_error("slice expected 1 to 3 arguments")),
            };
            vm.alloc(Obj::Slice(s, e, st))
        }
        _ => {
            let cls = match kind {
                Kind::NoneType => "NoneType",
                Kind::Function => "function",
                Kind::Generator => "generator",
                _ => "object",
            };
            Err(vm.type_error(&alloc::format!("cannot create '{cls}' instances")))
        }
    }
}

/// Dunder methods of str available as attributes.
pub fn str_extra(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    seq_extra(vm, name, a)
}

/// Dunder methods of builtin containers, for explicit calls (`list.__getitem__(l, 0)`,
/// `super().__setitem__(k, v)` in a subclass).
pub fn seq_extra(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let this = vm.native_self(a.arg(0));
    match name {
        "__len__" => {
            let n = vm.len_of(this)?;
            vm.new_int(n as i64)
        }
        "__getitem__" => vm.subscr(this, a.arg(1)),
        "__setitem__" => {
            vm.store_subscr(this, a.arg(1), a.arg(2))?;
            Ok(Value::NONE)
        }
        "__delitem__" => {
            vm.store_subscr(this, a.arg(1), Value::NULL)?;
            Ok(Value::NONE)
        }
        "__contains__" => Ok(Value::bool(vm.contains(this, a.arg(1))?)),
        "__iter__" => vm.get_iter(this),
        "__add__" => vm.binary_op(BinaryOp::Add, this, a.arg(1)),
        "__iadd__" => vm.binary_op(BinaryOp::InplaceAdd, this, a.arg(1)),
        "__mod__" => vm.binary_op(BinaryOp::Modulo, this, a.arg(1)),
        "__eq__" => {
            let o = vm.native_self(a.arg(1));
            Ok(Value::bool(vm.eq(this, o)?))
        }
        "__hash__" => {
            let h = vm.hash(this)?;
            vm.new_int(h as i64)
        }
        "__init__" => {
            // list.__init__(self, iterable) / dict.__init__(self, ...) from a subclass.
            if let Some(&src) = a.pos.get(1) {
                match vm.heap.get(this) {
                    Some(Obj::List(_)) => {
                        let items = vm.iter_to_vec(src)?;
                        vm.list_extend_vec(this, items)?;
                    }
                    Some(Obj::Dict(_)) => vm.dict_update_from(this, src)?,
                    _ => {}
                }
            }
            if let Some(Obj::Dict(_)) = vm.heap.get(this) {
                for &(k, v) in a.kw {
                    vm.dict_set(this, k, v)?;
                }
            }
            Ok(Value::NONE)
        }
        _ => Err(vm.type_error("bad method")),
    }
}

/// `range.count` and `range.index`.
pub fn range_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let Some(Obj::Range(r)) = vm.heap.get(a.arg(0)) else {
        return Err(vm.type_error("not a range"));
    };
    let r = *r;
    let found = vm.contains(a.arg(0), a.arg(1))?;
    if name == "count" {
        return Ok(Value::small(isize::from(found)));
    }
    if !found {
        return Err(vm.new_exc_msg(vm.t.value_error, "object not in sequence"));
    }
    let i = vm.to_index(a.arg(1))?;
    Ok(Value::small((i - r.start) / r.step))
}

/// Methods of bytes and bytearray.
pub fn bytes_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let this = a.arg(0);
    if name == "fromhex" {
        let s = vm.arg_str(a.arg(1))?;
        let clean: Vec<u8> = s.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
        if !clean.len().is_multiple_of(2) {
            return Err(vm.new_exc_msg(vm.t.value_error, "non-hex digit found"));
        }
        let mut out = Vec::new();
        for pair in clean.chunks(2) {
            let t = core::str::from_utf8(pair)
                .ok()
                .and_then(|t| u8::from_str_radix(t, 16).ok());
            match t {
                Some(b) => out.push(b),
                None => return Err(vm.new_exc_msg(vm.t.value_error, "non-hex digit found")),
            }
        }
        return vm.new_bytes(out);
    }
    let data = vm.bytes_of(this).unwrap_or(&[]).to_vec();
    let is_ba = matches!(vm.heap.get(this), Some(Obj::ByteArray(_)));
    let mk = |vm: &mut Vm, d: Vec<u8>| {
        if is_ba {
            vm.alloc(Obj::ByteArray(d))
        } else {
            vm.new_bytes(d)
        }
    };
    match name {
        "decode" => match core::str::from_utf8(&data) {
            Ok(s) => {
                let s = s.to_string();
                vm.new_str_owned(s)
            }
            Err(_) => Err(vm.new_exc_msg(vm.t.unicode_error, "invalid utf-8")),
        },
        "hex" => {
            let mut s = String::new();
            for &b in &data {
                crate::print::push_hex(&mut s, b.into(), 2);
            }
            vm.new_str_owned(s)
        }
        "append" => {
            let b = vm.to_index(a.arg(1))?;
            if !(0..256).contains(&b) {
                return Err(vm.new_exc_msg(vm.t.value_error, "byte must be in range(0, 256)"));
            }
            vm.heap.charge(1).map_err(|_| vm.mem_error())?;
            if let Some(Obj::ByteArray(v)) = vm.heap.get_mut(this) {
                v.push(b as u8);
            }
            Ok(Value::NONE)
        }
        "extend" => {
            let more = vm.bytes_from_value(a.arg(1))?;
            vm.heap.charge(more.len()).map_err(|_| vm.mem_error())?;
            if let Some(Obj::ByteArray(v)) = vm.heap.get_mut(this) {
                v.extend(more);
            }
            Ok(Value::NONE)
        }
        "pop" => {
            let r = match vm.heap.get_mut(this) {
                Some(Obj::ByteArray(v)) => v.pop(),
                _ => None,
            };
            match r {
                Some(b) => Ok(Value::small(b as isize)),
                None => Err(vm.new_exc_msg(vm.t.index_error, "pop from empty bytearray")),
            }
        }
        "clear" => {
            if let Some(Obj::ByteArray(v)) = vm.heap.get_mut(this) {
                v.clear();
            }
            Ok(Value::NONE)
        }
        "copy" => mk(vm, data),
        "reverse" => {
            if let Some(Obj::ByteArray(v)) = vm.heap.get_mut(this) {
                v.reverse();
            }
            Ok(Value::NONE)
        }
        "insert" => {
            let i = vm.to_index(a.arg(1))?;
            let b = vm.to_index(a.arg(2))?;
            if !(0..256).contains(&b) {
                return Err(vm.new_exc_msg(vm.t.value_error, "byte must be in range(0, 256)"));
            }
            vm.heap.charge(1).map_err(|_| vm.mem_error())?;
            if let Some(Obj::ByteArray(v)) = vm.heap.get_mut(this) {
                let n = v.len() as isize;
                let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
                v.insert(j as usize, b as u8);
            }
            Ok(Value::NONE)
        }
        "remove" => {
            let b = vm.to_index(a.arg(1))?;
            let pos = data.iter().position(|&x| x as isize == b);
            match pos {
                Some(p) => {
                    if let Some(Obj::ByteArray(v)) = vm.heap.get_mut(this) {
                        v.remove(p);
                    }
                    Ok(Value::NONE)
                }
                None => Err(vm.new_exc_msg(vm.t.value_error, "value not found in bytearray")),
            }
        }
        "upper" => mk(vm, data.to_ascii_uppercase()),
        "lower" => mk(vm, data.to_ascii_lowercase()),
        "isdigit" | "isalpha" | "isspace" => {
            let f: fn(&u8) -> bool = match name {
                "isdigit" => u8::is_ascii_digit,
                "isalpha" => u8::is_ascii_alphabetic,
                _ => u8::is_ascii_whitespace,
            };
            Ok(Value::bool(!data.is_empty() && data.iter().all(f)))
        }
        "find" | "rfind" | "index" | "count" => {
            let needle = if let Some(i) = vm.as_i64(a.arg(1)).filter(|_| vm.is_int(a.arg(1))) {
                vec![i as u8]
            } else {
                vm.bytes_from_value(a.arg(1))?
            };
            if name == "count" {
                if needle.is_empty() {
                    return Ok(Value::small(data.len() as isize + 1));
                }
                return Ok(Value::small(count_matches(&data, &needle) as isize));
            }
            let found = if name == "rfind" {
                rfind_before(&data, &needle, data.len())
            } else {
                find_from(&data, &needle, 0)
            };
            match found {
                Some(i) => Ok(Value::small(i as isize)),
                None if name == "index" => {
                    Err(vm.new_exc_msg(vm.t.value_error, "subsection not found"))
                }
                None => Ok(Value::small(-1)),
            }
        }
        "join" => {
            let items = vm.iter_to_vec(a.arg(1))?;
            let mut out = Vec::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&data);
                }
                match vm.bytes_of(*it) {
                    Some(b) => out.extend_from_slice(b),
                    None => {
                        return Err(vm.type_error(
                            "join expects a list of str/bytes objects consistent with self object",
                        ))
                    }
                }
            }
            mk(vm, out)
        }
        _ => bytes_via_str(vm, name, a, is_ba),
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// The bytes methods that behave as their str namesakes: run the str method on the bytes
/// read as Latin-1 text, and turn str results back into bytes.
fn bytes_via_str(vm: &mut Vm, name: &'static str, a: &Args, is_ba: bool) -> PyResult<Value> {
    let mut args = Vec::with_capacity(a.pos.len());
    for &v in a.pos {
        if vm.str_of(v).is_some() {
            return Err(vm.type_error("a bytes-like object is required, not 'str'"));
        }
        if let Some(b) = vm.bytes_of(v) {
            let s = latin1(b);
            args.push(vm.new_str_owned(s)?);
        } else {
            args.push(v);
        }
    }
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&args);
    let r = crate::str_methods::call_str_method(
        vm,
        name,
        &Args {
            pos: &args,
            kw: a.kw,
        },
    );
    vm.roots.truncate(mark);
    let r = r?;
    to_bytes_result(vm, r, is_ba)
}

fn to_bytes_result(vm: &mut Vm, r: Value, is_ba: bool) -> PyResult<Value> {
    if let Some(s) = vm.str_of(r) {
        let b = unlatin1(s);
        return if is_ba {
            vm.alloc(Obj::ByteArray(b))
        } else {
            vm.new_bytes(b)
        };
    }
    let items = match vm.heap.get(r) {
        Some(Obj::List(l)) => Some((l.clone(), true)),
        Some(Obj::Tuple(t)) => Some((t.to_vec(), false)),
        _ => None,
    };
    if let Some((items, list)) = items {
        let mark = vm.roots.len();
        vm.roots.push(r);
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            match to_bytes_result(vm, it, is_ba) {
                Ok(v) => {
                    vm.roots.push(v);
                    out.push(v);
                }
                Err(e) => {
                    vm.roots.truncate(mark);
                    return Err(e);
                }
            }
        }
        vm.roots.truncate(mark);
        return if list {
            vm.new_list(out)
        } else {
            vm.new_tuple(out)
        };
    }
    Ok(r)
}

/// Methods of int.
pub fn int_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    match name {
        "from_bytes" => {
            let data = vm.bytes_from_value(a.arg(1))?;
            let order = match a.kw_or_pos(vm, "byteorder", 2) {
                Some(v) => vm.arg_str(v)?,
                None => String::from("big"),
            };
            let signed = match a.kw_get(vm, "signed") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut data = data;
            if order != "little" {
                data.reverse();
            }
            let v = if signed {
                BigInt::from_signed_bytes_le(&data)
            } else {
                BigInt::from_bytes_le(&data)
            };
            vm.new_bigint(v)
        }
        "to_bytes" => {
            let Some(v) = vm.as_bigint(a.arg(0)) else {
                return Err(vm.type_error("not an int"));
            };
            let len = match a.kw_or_pos(vm, "length", 1) {
                Some(l) => vm.to_index(l)?,
                None => 1,
            };
            if len < 0 {
                return Err(vm.new_exc_msg(vm.t.value_error, "negative length"));
            }
            if len as usize > vm.heap.limit {
                return Err(vm.mem_error());
            }
            let order = match a.kw_or_pos(vm, "byteorder", 2) {
                Some(v) => vm.arg_str(v)?,
                None => String::from("big"),
            };
            let signed = match a.kw_get(vm, "signed") {
                Some(s) => vm.truthy(s)?,
                None => false,
            };
            if v.is_negative() && !signed {
                return Err(vm.new_exc_msg(
                    vm.t.overflow_error,
                    "can't convert negative int to unsigned",
                ));
            }
            let mut bytes = if signed {
                v.to_signed_bytes_le()
            } else {
                v.to_bytes_le()
            };
            let len = len as usize;
            if bytes.len() > len {
                if v.is_zero() {
                    bytes.clear();
                } else {
                    return Err(vm.new_exc_msg(vm.t.overflow_error, "int too big to convert"));
                }
            }
            let fill = if v.is_negative() { 0xff } else { 0 };
            bytes.resize(len, fill);
            if order != "little" {
                bytes.reverse();
            }
            vm.new_bytes(bytes)
        }
        "bit_length" => {
            let v = vm.as_bigint(a.arg(0)).unwrap_or_default();
            vm.new_int(v.bits() as i64)
        }
        "conjugate" | "__index__" => Ok(a.arg(0)),
        _ => Err(vm.type_error("bad int method")),
    }
}

/// Methods of float and complex.
pub fn float_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let v = a.arg(0);
    match (name, vm.num(v)) {
        ("is_integer", Some(Num::F(f))) => Ok(Value::bool(f.is_finite() && f == libm::floor(f))),
        ("hex", Some(Num::F(f))) => {
            let s = float_hex(f);
            vm.new_str_owned(s)
        }
        ("conjugate", Some(Num::C(r, i))) => vm.alloc(Obj::Complex(r, -i)),
        ("conjugate", _) => Ok(v),
        ("as_integer_ratio", Some(Num::F(f))) => {
            if !f.is_finite() {
                return Err(vm.new_exc_msg(vm.t.value_error, "cannot convert to integer ratio"));
            }
            let mut m = f;
            let mut e = 0i64;
            while m != libm::floor(m) {
                m *= 2.0;
                e += 1;
            }
            let n = ferrite_runtime::obj::number::float_to_big(m);
            let d = BigInt::from(1) << (e as usize);
            let g = n.gcd(&d);
            // g ≥ 1 divides both.
            let nv = vm.new_bigint(n.div_floor(&g).unwrap_or_default())?;
            let dv = vm.new_bigint(d.div_floor(&g).unwrap_or_default())?;
            vm.new_tuple(vec![nv, dv])
        }
        _ => Err(vm.type_error("bad float method")),
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, `0x0.0p+0`, `inf`, `nan`.
fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return String::from("nan");
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f.is_infinite() {
        return alloc::format!("{sign}inf");
    }
    if f == 0.0 {
        return alloc::format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let es = if e < 0 {
        alloc::format!("-{}", -e)
    } else {
        alloc::format!("+{e}")
    };
    alloc::format!("{sign}0x{lead}.{mant:013x}p{es}")
}

pub fn iter_method(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    match vm.iter_next(a.arg(0))? {
        Some(v) => Ok(v),
        None => Err(vm.new_exc_msg_none(vm.t.stop_iteration)),
    }
}

pub fn property_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let Some(Obj::Property(g, s, d)) = vm.heap.get(a.arg(0)) else {
        return Err(vm.type_error("not a property"));
    };
    let (mut g, mut s, mut d) = (*g, *s, *d);
    let f = a.arg(1);
    match name {
        "getter" => g = f,
        "setter" => s = f,
        _ => d = f,
    }
    vm.alloc(Obj::Property(g, s, d))
}

pub fn exc_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let this = a.arg(0);
    match name {
        "__init__" => {
            let t = vm.new_tuple(a.pos[1..].to_vec())?;
            if let Some(Obj::Exception(e)) = vm.heap.get_mut(this) {
                e.args = t;
            }
            Ok(Value::NONE)
        }
        "with_traceback" => Ok(this),
        _ => Ok(Value::NONE),
    }
}

pub fn object_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let this = a.arg(0);
    match name {
        "__init__" => Ok(Value::NONE),
        "__new__" => {
            let cls = this;
            if !vm.is_type(cls) {
                return Err(vm.type_error("object.__new__(X): X is not a type object"));
            }
            let kind = match vm.heap.get(cls) {
                Some(Obj::Type(t)) => t.kind,
                _ => Kind::Object,
            };
            vm.new_instance_of(cls, kind, &a.pos[1..], &[])
        }
        "__eq__" => Ok(Value::bool(this == a.arg(1))),
        "__ne__" => Ok(Value::bool(this != a.arg(1))),
        "__hash__" => vm.new_int((this.raw() >> 2) as i64),
        "__repr__" | "__str__" => {
            let name = vm.type_name(this);
            let s = alloc::format!("<{name} object at {:x}>", this.raw());
            vm.new_str_owned(s)
        }
        "__setattr__" | "__delattr__" => {
            let Some(q) = vm.str_qstr(a.arg(1)) else {
                return Err(vm.type_error("attribute name must be a string"));
            };
            let v = if name == "__setattr__" {
                a.arg(2)
            } else {
                Value::NULL
            };
            // Straight into the instance dict, bypassing a user __setattr__.
            let key = Value::qstr(q);
            let mut d = match vm.heap.get_mut(this) {
                Some(Obj::Instance(i)) => core::mem::take(&mut i.dict),
                _ => return Err(vm.type_error("can't set attributes of this object")),
            };
            let hash = vm.qstrs.hash(q);
            if v.is_null() {
                d.remove(hash, &mut |k| vm.key_is_qstr(k, q));
            } else {
                d.insert(hash, key, v, &mut |k| vm.key_is_qstr(k, q));
            }
            if let Some(Obj::Instance(i)) = vm.heap.get_mut(this) {
                i.dict = d;
            }
            Ok(Value::NONE)
        }
        "__getattribute__" => {
            let Some(q) = vm.str_qstr(a.arg(1)) else {
                return Err(vm.type_error("attribute name must be a string"));
            };
            vm.load_attr(this, q)
        }
        _ => Err(vm.type_error("bad object method")),
    }
}

pub fn type_method_fn(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let m = vm.mro(a.arg(0));
    vm.new_list(m)
}
