//! The builtin modules: `sys`, `gc`, `micropython`, `math`, `time`, `errno`, plus `open()`.
//! Always compiled.

use alloc::string::String;
use alloc::vec::Vec;

use ferrite_runtime::natives::{module_natives, Args};
use ferrite_runtime::obj::Obj;
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// The builtin module `name`, created on first import; `None` if there is no such module.
pub fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let (key, extra): (&'static str, Vec<(&'static str, Value)>) = match name {
        "sys" => {
            let mut e = alloc::vec![
                ("argv", vm.argv),
                ("path", vm.sys_path),
                ("modules", vm.modules),
                ("byteorder", vm.new_str("little")?),
                ("platform", vm.new_str("linux")?),
                ("maxsize", vm.new_int(ferrite_runtime::value::SMALL_MAX)?),
            ];
            let v = vm.new_str("3.4.0; Ferrite 0.1.0")?;
            e.push(("version", v));
            let vi = vm.new_tuple(alloc::vec![
                Value::small(3),
                Value::small(4),
                Value::small(0)
            ])?;
            e.push(("version_info", vi));
            let impl_name = vm.new_str("micropython")?;
            let empty = vm.new_str("")?;
            let impl_ver = vm.new_tuple(alloc::vec![
                Value::small(1),
                Value::small(28),
                Value::small(0),
                empty
            ])?;
            let out = crate::stream::new_stream(vm, 1)?;
            e.push(("stdout", out));
            let err = crate::stream::new_stream(vm, 2)?;
            e.push(("stderr", err));
            let inp = crate::stream::new_stream(vm, 3)?;
            e.push(("stdin", inp));
            let ns = vm.new_dict()?;
            for (k, v) in [
                ("name", impl_name),
                ("version", impl_ver),
                ("_mpy", Value::small(6)),
            ] {
                let q = vm.qstrs.intern(k);
                vm.dict_set_str(ns, q, v)?;
            }
            let cn = vm.new_str("implementation")?;
            let cls = crate::class::new_class(vm, cn, &[], ns)?;
            let inst = vm.call(cls, &[], &[])?;
            e.push(("implementation", inst));
            ("sys", e)
        }
        "gc" => ("gc", Vec::new()),
        "micropython" => ("micropython", Vec::new()),
        "math" => (
            "math",
            alloc::vec![
                ("pi", vm.new_float(core::f64::consts::PI)?),
                ("e", vm.new_float(core::f64::consts::E)?),
                ("tau", vm.new_float(core::f64::consts::TAU)?),
                ("inf", vm.new_float(f64::INFINITY)?),
                ("nan", vm.new_float(f64::NAN)?),
            ],
        ),
        "time" => ("time", Vec::new()),
        "io" => ("io", Vec::new()),
        "struct" => ("struct", Vec::new()),
        "array" => ("array", alloc::vec![("array", vm.t.array)]),
        "os" => {
            let sep = vm.new_str("/")?;
            ("os", alloc::vec![("sep", sep)])
        }
        "errno" => {
            let mut e = Vec::new();
            let codes = vm.new_dict()?;
            for &(n, s) in ferrite_runtime::exc::ERRNOS {
                e.push((s, Value::small(n as isize)));
                let sv = vm.new_str(s)?;
                vm.dict_set(codes, Value::small(n as isize), sv)?;
            }
            e.push(("errorcode", codes));
            ("errno", e)
        }
        "builtins" => {
            let m = vm.new_module("builtins")?;
            if let Some(Obj::Module(x)) = vm.heap.get_mut(m) {
                x.globals = vm.builtins;
            }
            return Ok(Some(m));
        }
        _ => return Ok(None),
    };
    let m = vm.new_module(key)?;
    let g = vm.module_globals(m);
    let mark = vm.roots.len();
    vm.roots.push(m);
    vm.roots.extend(extra.iter().map(|e| e.1));
    let mut r = Ok(());
    for (n, v) in module_natives(&vm.lib.natives, crate::module_number(key))
        .into_iter()
        .chain(extra)
    {
        let q = vm.qstrs.intern(n);
        if let Err(e) = vm.dict_set_str(g, q, v) {
            r = Err(e);
            break;
        }
    }
    vm.roots.truncate(mark);
    r.map(|_| Some(m))
}

pub fn sys_fn(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    match name {
        "exit" => {
            let args = match a.pos.first() {
                Some(&v) => alloc::vec![v],
                None => Vec::new(),
            };
            let t = vm.new_tuple(args)?;
            Err(vm.new_exc_args(vm.t.system_exit, t))
        }
        "print_exception" => {
            let text = vm.format_exception(a.arg(0));
            match a.pos.get(1) {
                Some(&f) if !f.is_none() => {
                    let s = vm.new_str_owned(text)?;
                    vm.call_method_name(f, "write", &[s])?;
                }
                _ => vm.write_stdout(text.as_bytes()),
            }
            Ok(Value::NONE)
        }
        "getsizeof" => vm.new_int(core::mem::size_of::<Value>() as i64 * 4),
        "intern" => {
            let s = vm.arg_str(a.arg(0))?;
            Ok(Value::qstr(vm.qstrs.intern(&s)))
        }
        _ => Err(vm.type_error("bad sys function")),
    }
}

pub fn gc_fn(vm: &mut Vm, name: &'static str, _a: &Args) -> PyResult<Value> {
    match name {
        "collect" => {
            vm.collect();
            Ok(Value::NONE)
        }
        "mem_free" => vm.new_int(vm.heap.limit.saturating_sub(vm.heap.bytes) as i64),
        "mem_alloc" => vm.new_int(vm.heap.bytes as i64),
        "isenabled" => Ok(Value::bool(!vm.heap.disabled)),
        "enable" => {
            vm.heap.disabled = false;
            Ok(Value::NONE)
        }
        "disable" => {
            vm.heap.disabled = true;
            Ok(Value::NONE)
        }
        "threshold" => vm.new_int(vm.heap.next_gc as i64),
        _ => Ok(Value::NONE),
    }
}

pub fn micropython_fn(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    match name {
        "const" => Ok(a.arg(0)),
        "opt_level" => Ok(Value::small(0)),
        "mem_info" => {
            let s = alloc::format!(
                "mem: total={}, current={}, peak={}\nGC: total: {}, used: {}, free: {}\n",
                vm.heap.limit,
                vm.heap.bytes,
                vm.heap.bytes,
                vm.heap.limit,
                vm.heap.bytes,
                vm.heap.limit.saturating_sub(vm.heap.bytes)
            );
            vm.write_stdout(s.as_bytes());
            Ok(Value::NONE)
        }
        "qstr_info" => {
            let s = alloc::format!(
                "qstr pool: n_total={}, n_str_data_bytes={}\n",
                vm.qstrs.len(),
                vm.qstrs.bytes()
            );
            vm.write_stdout(s.as_bytes());
            Ok(Value::NONE)
        }
        "stack_use" => vm.new_int(vm.frames.len() as i64),
        "heap_lock" | "heap_unlock" => Ok(Value::small(0)),
        "schedule" => {
            vm.call(a.arg(0), &[a.arg(1)], &[])?;
            Ok(Value::NONE)
        }
        _ => Ok(Value::NONE),
    }
}

pub fn time_fn(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let us = vm.port.ticks_us();
    match name {
        "time" => {
            let t = vm.port.time_us();
            vm.new_float(t as f64 / 1e6)
        }
        "time_ns" => {
            let t = vm.port.time_us();
            vm.new_int((t as i64).saturating_mul(1000))
        }
        "monotonic" | "perf_counter" => vm.new_float(us as f64 / 1e6),
        "ticks_ms" => vm.new_int(((us / 1000) & 0x3fff_ffff) as i64),
        "ticks_us" | "ticks_cpu" => vm.new_int((us & 0x3fff_ffff) as i64),
        "ticks_diff" => {
            let x = vm.to_index(a.arg(0))?;
            let y = vm.to_index(a.arg(1))?;
            let d = (x - y) & 0x3fff_ffff;
            let d = if d >= 0x2000_0000 { d - 0x4000_0000 } else { d };
            vm.new_int(d as i64)
        }
        "ticks_add" => {
            let x = vm.to_index(a.arg(0))?;
            let y = vm.to_index(a.arg(1))?;
            vm.new_int(((x + y) & 0x3fff_ffff) as i64)
        }
        "sleep" | "sleep_ms" | "sleep_us" => {
            let secs = vm.to_f64(a.arg(0))?;
            let us = match name {
                "sleep" => secs * 1e6,
                "sleep_ms" => secs * 1e3,
                _ => secs,
            };
            vm.port.sleep_us(us.max(0.0) as u64);
            Ok(Value::NONE)
        }
        _ => Err(vm.type_error("bad time function")),
    }
}

/// `open(path, mode)`: reads a whole file into a str or bytes stream object.
pub fn open_file(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let path = vm.arg_str(a.arg(0))?;
    let mode = match a.kw_or_pos(vm, "mode", 1) {
        Some(m) => vm.arg_str(m)?,
        None => String::from("r"),
    };
    if mode.contains('w') || mode.contains('a') {
        return crate::stream::new_file_writer(vm, &path, !mode.contains('b'), mode.contains('a'));
    }
    match vm.port.read_file(&path) {
        Ok(data) => {
            if mode.contains('b') {
                crate::stream::new_bytes_reader(vm, data)
            } else {
                let text = String::from_utf8_lossy(&data).into_owned();
                crate::stream::new_text_reader(vm, text)
            }
        }
        Err(errno) => Err(vm.os_error(errno)),
    }
}

pub fn os_fn(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let path = |vm: &mut Vm, i: usize| -> PyResult<String> {
        match a.pos.get(i) {
            Some(&v) => vm.arg_str(v),
            None => Ok(String::from(".")),
        }
    };
    let r = match name {
        "remove" | "unlink" => {
            let p = path(vm, 0)?;
            vm.port.remove(&p)
        }
        "mkdir" => {
            let p = path(vm, 0)?;
            vm.port.mkdir(&p)
        }
        "rmdir" => {
            let p = path(vm, 0)?;
            vm.port.rmdir(&p)
        }
        "rename" => {
            let (f, t) = (path(vm, 0)?, path(vm, 1)?);
            vm.port.rename(&f, &t)
        }
        "getcwd" => {
            let c = vm.port.getcwd();
            return vm.new_str_owned(c);
        }
        "listdir" => {
            let p = path(vm, 0)?;
            return match vm.port.list_dir(&p) {
                Ok(mut names) => {
                    ferrite_runtime::obj::list::sort_strings(&mut names);
                    let mut vals = Vec::new();
                    for n in names {
                        vals.push(vm.new_str_owned(n)?);
                    }
                    vm.new_list(vals)
                }
                Err(e) => Err(vm.os_error(e)),
            };
        }
        "stat" => {
            let p = path(vm, 0)?;
            return match vm.port.stat(&p) {
                Ok((dir, size)) => {
                    let mode = if dir { 0x4000 } else { 0x8000 };
                    let sz = vm.new_int(size as i64)?;
                    let z = Value::small(0);
                    vm.new_tuple(alloc::vec![Value::small(mode), z, z, z, z, z, sz, z, z, z])
                }
                Err(e) => Err(vm.os_error(e)),
            };
        }
        _ => return Err(vm.type_error("bad os function")),
    };
    match r {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(vm.os_error(e)),
    }
}
