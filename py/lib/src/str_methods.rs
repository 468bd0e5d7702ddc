//! The methods of `str` other than the few the VM keeps at its own optimisation level
//! (`ferrite_runtime::obj::str::call_str_method`); [`call_str_method`] here answers every
//! name, those included.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ferrite_runtime::natives::Args;
use ferrite_runtime::obj::str::is_space;
use ferrite_runtime::obj::Obj;
use ferrite_runtime::unicode;
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// Native methods of `str`. `a.pos[0]` is the string.
pub fn call_str_method(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    if let Some(r) = ferrite_runtime::obj::str::str_method_in_place(vm, name, a) {
        return r;
    }
    let s = vm.arg_str(a.pos[0])?;
    let p = &a.pos[1..];
    let arg_s = |vm: &mut Vm, i: usize| -> PyResult<Option<String>> {
        match p.get(i) {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(&v) => vm.arg_str(v).map(Some),
        }
    };
    match name {
        "strip" | "lstrip" | "rstrip" => {
            let chars = arg_s(vm, 0)?;
            let f = |c: char| match &chars {
                Some(cs) => cs.contains(c),
                None => is_space(c),
            };
            let r = match name {
                "strip" => s.trim_matches(f),
                "lstrip" => s.trim_start_matches(f),
                _ => s.trim_end_matches(f),
            };
            vm.new_str(r)
        }
        "splitlines" => {
            let keep = match a.kw_or_pos(vm, "keepends", 1) {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut vals = Vec::new();
            let mut rest = s.as_str();
            while !rest.is_empty() {
                let (line, adv) = match rest.find(['\n', '\r']) {
                    Some(i) => {
                        let nl = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                        (if keep { &rest[..i + nl] } else { &rest[..i] }, i + nl)
                    }
                    None => (rest, rest.len()),
                };
                vals.push(vm.new_str(line)?);
                rest = &rest[adv..];
            }
            vm.new_list(vals)
        }
        "startswith" | "endswith" => {
            let start = match p.get(1) {
                Some(&v) if !v.is_none() => Some(vm.to_index(v)?),
                _ => None,
            };
            let chars: Vec<char> = s.chars().collect();
            let n = chars.len() as isize;
            let st = start
                .map(|i| if i < 0 { (i + n).max(0) } else { i.min(n) })
                .unwrap_or(0);
            let end = match p.get(2) {
                Some(&v) if !v.is_none() => {
                    let e = vm.to_index(v)?;
                    if e < 0 {
                        (e + n).max(0)
                    } else {
                        e.min(n)
                    }
                }
                _ => n,
            };
            let sub: String = if st <= end {
                chars[st as usize..end as usize].iter().collect()
            } else {
                String::new()
            };
            let target = p.first().copied().unwrap_or(Value::NONE);
            let cands: Vec<Value> = match vm.heap.get(target) {
                Some(Obj::Tuple(t)) => t.to_vec(),
                _ => alloc::vec![target],
            };
            for c in cands {
                let t = vm.arg_str(c)?;
                let ok = if name == "startswith" {
                    sub.starts_with(&t)
                } else {
                    sub.ends_with(&t)
                };
                if ok {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
        "isdigit" | "isalpha" | "isspace" | "isupper" | "islower" | "isalnum" | "isdecimal"
        | "isnumeric" | "isidentifier" => {
            let r = match name {
                "isdigit" | "isdecimal" | "isnumeric" => {
                    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
                }
                "isalpha" => !s.is_empty() && s.chars().all(char::is_alphabetic),
                "isalnum" => !s.is_empty() && s.chars().all(char::is_alphanumeric),
                "isspace" => !s.is_empty() && s.chars().all(is_space),
                "isupper" => {
                    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
                }
                "islower" => {
                    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_uppercase)
                }
                _ => {
                    let mut cs = s.chars();
                    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
                        && cs.all(|c| c == '_' || c.is_alphanumeric())
                }
            };
            Ok(Value::bool(r))
        }
        "capitalize" => {
            // The first character in title case, the rest in lower case.
            let mut out = String::with_capacity(s.len());
            for (at, c) in s.char_indices() {
                if at == 0 {
                    out.extend(unicode::title(c));
                } else {
                    unicode::push_lower(&s, at, c, &mut out);
                }
            }
            vm.new_str_owned(out)
        }
        "title" => {
            // A cased character after another is lower-cased, any other is title-cased.
            let mut out = String::with_capacity(s.len());
            let mut prev_cased = false;
            for (at, c) in s.char_indices() {
                if prev_cased {
                    unicode::push_lower(&s, at, c, &mut out);
                } else {
                    out.extend(unicode::title(c));
                }
                prev_cased = unicode::is_cased(c);
            }
            vm.new_str_owned(out)
        }
        "swapcase" => {
            let mut out = String::with_capacity(s.len());
            for (at, c) in s.char_indices() {
                if c.is_uppercase() {
                    unicode::push_lower(&s, at, c, &mut out);
                } else if c.is_lowercase() {
                    out.extend(unicode::upper(c));
                } else {
                    out.push(c);
                }
            }
            vm.new_str_owned(out)
        }
        "center" | "ljust" | "rjust" => {
            let w = match p.first() {
                Some(&v) => vm.to_index(v)?,
                None => {
                    return Err(vm.type_error("function missing 1 required positional argument"))
                }
            };
            let fill = match arg_s(vm, 1)? {
                Some(f) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
                Some(_) => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
                None => ' ',
            };
            let n = s.chars().count() as isize;
            if w <= n {
                return vm.new_str(&s);
            }
            let pad = (w - n) as usize;
            let (l, r) = match name {
                "ljust" => (0, pad),
                "rjust" => (pad, 0),
                _ => {
                    let l = pad / 2 + (pad & (w as usize) & 1);
                    (l, pad - l)
                }
            };
            let mut out = String::new();
            out.extend(core::iter::repeat_n(fill, l));
            out.push_str(&s);
            out.extend(core::iter::repeat_n(fill, r));
            vm.new_str_owned(out)
        }
        "zfill" => {
            let w = vm.to_index(p.first().copied().unwrap_or(Value::small(0)))?;
            let n = s.chars().count() as isize;
            if w <= n {
                return vm.new_str(&s);
            }
            let pad = "0".repeat((w - n) as usize);
            let r = if s.starts_with('-') || s.starts_with('+') {
                alloc::format!("{}{}{}", &s[..1], pad, &s[1..])
            } else {
                alloc::format!("{pad}{s}")
            };
            vm.new_str_owned(r)
        }
        "partition" | "rpartition" => {
            let sep = arg_s(vm, 0)?.unwrap_or_default();
            if sep.is_empty() {
                return Err(vm.new_exc_msg(vm.t.value_error, "empty separator"));
            }
            let found = if name == "partition" {
                s.find(sep.as_str())
            } else {
                s.rfind(sep.as_str())
            };
            let (x, y, z) = match found {
                Some(i) => (
                    s[..i].to_string(),
                    sep.clone(),
                    s[i + sep.len()..].to_string(),
                ),
                None => {
                    if name == "partition" {
                        (s.clone(), String::new(), String::new())
                    } else {
                        (String::new(), String::new(), s.clone())
                    }
                }
            };
            let a1 = vm.new_str_owned(x)?;
            let a2 = vm.new_str_owned(y)?;
            let a3 = vm.new_str_owned(z)?;
            vm.new_tuple(alloc::vec![a1, a2, a3])
        }
        "encode" => vm.new_bytes(s.into_bytes()),
        "format" => (vm.lib.str_format)(vm, &s, &a.pos[1..], a.kw),
        "expandtabs" => {
            let ts = match p.first() {
                Some(&v) => vm.to_index(v)? as usize,
                None => 8,
            };
            let mut out = String::new();
            let mut col = 0;
            for c in s.chars() {
                if c == '\t' {
                    if ts > 0 {
                        let n = ts - col % ts;
                        out.extend(core::iter::repeat_n(' ', n));
                        col += n;
                    }
                } else {
                    out.push(c);
                    col = if c == '\n' { 0 } else { col + 1 };
                }
            }
            vm.new_str_owned(out)
        }
        _ => Err(vm.new_exc_msg(
            vm.t.attribute_error,
            &alloc::format!("'str' object has no attribute '{name}'"),
        )),
    }
}
