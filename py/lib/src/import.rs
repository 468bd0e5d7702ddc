//! Importing: `sys.modules`, builtin modules, and `.py`/`.mpy` files and packages found on
//! `sys.path` through the port; compiling source (feature `compiler`). Part of the library
//! (built for size); the VM calls in through [`ferrite_runtime::natives::Library`].

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ferrite_runtime::code::CompileMode;
use ferrite_runtime::obj::Obj;
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// What a search of the path found.
enum Found {
    Source(String, Vec<u8>),
    Mpy(String, Vec<u8>),
    /// A package directory (with its `__init__` file, if any).
    Package(String, Option<Box<Found>>),
}

/// IMPORT_NAME.
pub fn import_name(
    vm: &mut Vm,
    q: u32,
    fromlist: Value,
    level: Value,
    globals: Value,
) -> PyResult<Value> {
    let name = vm.qstrs.get(q).to_string();
    let level = level.as_small().unwrap_or(0).max(0) as usize;
    let full = if level > 0 {
        let pkg = current_package(vm, globals, level)?;
        if name.is_empty() {
            pkg
        } else if pkg.is_empty() {
            name.clone()
        } else {
            alloc::format!("{pkg}.{name}")
        }
    } else {
        name.clone()
    };
    if full.is_empty() {
        return Err(vm.new_exc_msg(vm.t.import_error, "can't perform relative import"));
    }
    let mut parent = Value::NULL;
    let mut top = Value::NULL;
    let mut prefix = String::new();
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = import_one(vm, &prefix, part, parent)?;
        if top.is_null() {
            top = m;
        }
        if !parent.is_null() {
            let pq = vm.qstrs.intern(part);
            let pg = vm.module_globals(parent);
            if !pg.is_null() && vm.dict_get_str(pg, pq).is_none() {
                vm.dict_set_str(pg, pq, m)?;
            }
        }
        parent = m;
    }
    let empty_fromlist = fromlist.is_none()
        || fromlist.is_null()
        || matches!(vm.heap.get(fromlist), Some(Obj::Tuple(t)) if t.is_empty());
    Ok(if empty_fromlist { top } else { parent })
}

/// The package a relative import at `level` starts from.
fn current_package(vm: &mut Vm, globals: Value, level: usize) -> PyResult<String> {
    let qn = ferrite_runtime::qstr::q::NAME;
    let qp = ferrite_runtime::qstr::q::PATH;
    let name = vm
        .dict_get_str(globals, qn)
        .and_then(|v| vm.str_of(v).map(String::from))
        .unwrap_or_default();
    let is_pkg = vm.dict_get_str(globals, qp).is_some();
    let mut parts: Vec<&str> = name.split('.').collect();
    if !is_pkg {
        parts.pop();
    }
    for _ in 1..level {
        parts.pop();
    }
    if parts.is_empty() || name == "__main__" && !is_pkg {
        return Err(vm.new_exc_msg(vm.t.import_error, "can't perform relative import"));
    }
    Ok(parts.join("."))
}

/// Imports one dotted component (its parent already imported).
fn import_one(vm: &mut Vm, full: &str, part: &str, parent: Value) -> PyResult<Value> {
    let key = vm.new_str(full)?;
    if let Some(m) = vm.dict_get(vm.modules, key)? {
        return Ok(m);
    }
    if parent.is_null() {
        if let Some(m) = crate::modules::builtin_module(vm, full)? {
            vm.dict_set(vm.modules, key, m)?;
            return Ok(m);
        }
    }
    if parent.is_null() {
        if let Some(src) = crate::frozen::frozen_source(full) {
            let m = vm.new_module(full)?;
            let g = vm.module_globals(m);
            vm.dict_set(vm.modules, key, m)?;
            let r = vm
                .compile_source(&src, full, false)
                .and_then(|c| vm.run_code(c, g, Value::NULL));
            if let Err(e) = r {
                let _ = vm.dict_del(vm.modules, key);
                return Err(e);
            }
            return Ok(m);
        }
    }
    // MicroPython's `u` names (`utime`, `uos`...) for the builtin modules.
    if let Some(plain) = full.strip_prefix('u').filter(|_| parent.is_null()) {
        let plain_key = vm.new_str(plain)?;
        if let Some(m) = vm.dict_get(vm.modules, plain_key)? {
            return Ok(m);
        }
        if let Some(m) = crate::modules::builtin_module(vm, plain)? {
            vm.dict_set(vm.modules, plain_key, m)?;
            return Ok(m);
        }
    }
    let dirs: Vec<String> = if parent.is_null() {
        let p = vm.sys_path;
        vm.iter_to_vec(p)?
            .into_iter()
            .filter_map(|v| vm.str_of(v).map(String::from))
            .collect()
    } else {
        let qp = ferrite_runtime::qstr::q::PATH;
        let pg = vm.module_globals(parent);
        match vm
            .dict_get_str(pg, qp)
            .and_then(|v| vm.str_of(v).map(String::from))
        {
            Some(p) => alloc::vec![p],
            None => Vec::new(),
        }
    };
    let Some(found) = find_module(vm, &dirs, part) else {
        return Err(vm.new_exc_msg(
            vm.t.import_error,
            &alloc::format!("no module named '{full}'"),
        ));
    };
    exec_found(vm, full, key, found)
}

fn find_module(vm: &mut Vm, dirs: &[String], part: &str) -> Option<Found> {
    for d in dirs {
        let base = if d.is_empty() {
            part.to_string()
        } else {
            alloc::format!("{d}/{part}")
        };
        let py = alloc::format!("{base}.py");
        if let Ok(src) = vm.port.read_file(&py) {
            return Some(Found::Source(py, src));
        }
        let mpy = alloc::format!("{base}.mpy");
        if let Ok(b) = vm.port.read_file(&mpy) {
            return Some(Found::Mpy(mpy, b));
        }
        if vm.port.is_dir(&base) {
            let init = find_init(vm, &base);
            return Some(Found::Package(base, init.map(Box::new)));
        }
    }
    None
}

fn find_init(vm: &mut Vm, dir: &str) -> Option<Found> {
    let py = alloc::format!("{dir}/__init__.py");
    if let Ok(src) = vm.port.read_file(&py) {
        return Some(Found::Source(py, src));
    }
    let mpy = alloc::format!("{dir}/__init__.mpy");
    if let Ok(b) = vm.port.read_file(&mpy) {
        return Some(Found::Mpy(mpy, b));
    }
    None
}

fn exec_found(vm: &mut Vm, full: &str, key: Value, found: Found) -> PyResult<Value> {
    let m = vm.new_module(full)?;
    let g = vm.module_globals(m);
    vm.dict_set(vm.modules, key, m)?;
    let (file, code) = match found {
        Found::Package(dir, init) => {
            let p = vm.new_str(&dir)?;
            let qp = ferrite_runtime::qstr::q::PATH;
            vm.dict_set_str(g, qp, p)?;
            match init {
                Some(f) => match *f {
                    Found::Source(file, src) => (file, Some((false, src))),
                    Found::Mpy(file, b) => (file, Some((true, b))),
                    Found::Package(..) => (dir, None),
                },
                None => (dir, None),
            }
        }
        Found::Source(file, src) => (file, Some((false, src))),
        Found::Mpy(file, b) => (file, Some((true, b))),
    };
    let Some((is_mpy, data)) = code else {
        return Ok(m);
    };
    let fv = vm.new_str(&file)?;
    let qf = ferrite_runtime::qstr::q::FILE;
    vm.dict_set_str(g, qf, fv)?;
    let r = if is_mpy {
        vm.compile_mpy(&data)
            .and_then(|c| vm.run_code(c, g, Value::NULL))
    } else {
        match core::str::from_utf8(&data) {
            Ok(src) => {
                let src = src.to_string();
                vm.compile_source(&src, &file, false)
                    .and_then(|c| vm.run_code(c, g, Value::NULL))
            }
            Err(_) => Err(vm.new_exc_msg(vm.t.syntax_error, "invalid UTF-8 in source")),
        }
    };
    if let Err(e) = r {
        let _ = vm.dict_del(vm.modules, key);
        return Err(e);
    }
    Ok(m)
}

/// Compiles source text in `mode` (the VM's `compile` entry point): SyntaxError or
/// IndentationError with the file and line on bad source.
#[cfg(feature = "compiler")]
pub fn compile(
    vm: &mut Vm,
    src: &str,
    file: &str,
    mode: CompileMode,
) -> PyResult<alloc::rc::Rc<ferrite_runtime::code::Code>> {
    let mode = match mode {
        CompileMode::File => ferrite_compiler::Mode::File,
        CompileMode::Eval => ferrite_compiler::Mode::Eval,
        CompileMode::Single => ferrite_compiler::Mode::Single,
    };
    match ferrite_compiler::compile(src, file, mode) {
        Ok(m) => crate::load::load_module(vm, &m),
        Err(e) => {
            let cls = match e.kind {
                ferrite_compiler::ErrorKind::SyntaxError => vm.t.syntax_error,
                ferrite_compiler::ErrorKind::IndentationError => vm.t.indentation_error,
            };
            let err = vm.new_exc_msg(cls, &e.msg);
            let fq = vm.qstrs.intern(file);
            vm.add_traceback(err.0, fq, e.line, 0);
            Err(err)
        }
    }
}

/// Without a compiler, only `.mpy` files run.
#[cfg(not(feature = "compiler"))]
pub fn compile(
    vm: &mut Vm,
    _src: &str,
    _file: &str,
    _mode: CompileMode,
) -> PyResult<alloc::rc::Rc<ferrite_runtime::code::Code>> {
    Err(vm.new_exc_msg(
        vm.t.import_error,
        "this build has no compiler: import .mpy files",
    ))
}

/// `exec`/`eval` of a string or code.
pub fn exec_in(
    vm: &mut Vm,
    src: Value,
    globals: Value,
    locals: Value,
    eval: bool,
) -> PyResult<Value> {
    if let Some(Obj::Function(f)) = vm.heap.get(src) {
        if f.globals.is_null() {
            let code = f.code.clone();
            let names = if locals == globals {
                Value::NULL
            } else {
                locals
            };
            return vm.run_code(code, globals, names);
        }
    }
    let text = match vm.str_of(src) {
        Some(s) => s.to_string(),
        None => match vm.bytes_of(src) {
            Some(b) => String::from_utf8_lossy(b).into_owned(),
            None => return Err(vm.type_error("exec/eval needs a str")),
        },
    };
    let code = vm.compile_source(&text, "<string>", eval)?;
    let names = if locals == globals {
        Value::NULL
    } else {
        locals
    };
    let r = vm.run_code(code, globals, names)?;
    Ok(if eval { r } else { Value::NONE })
}

/// IMPORT_FROM.
pub fn import_from(vm: &mut Vm, m: Value, q: u32) -> PyResult<Value> {
    if let Some(v) = vm.try_load_attr(m, q)? {
        return Ok(v);
    }
    // A submodule of a package.
    let g = vm.module_globals(m);
    let qp = ferrite_runtime::qstr::q::PATH;
    if !g.is_null() && vm.dict_get_str(g, qp).is_some() {
        let qn = ferrite_runtime::qstr::q::NAME;
        let pname = vm
            .dict_get_str(g, qn)
            .and_then(|v| vm.str_of(v).map(String::from))
            .unwrap_or_default();
        let name = vm.qstrs.get(q).to_string();
        let full = alloc::format!("{pname}.{name}");
        let sub = import_one(vm, &full, &name, m)?;
        vm.dict_set_str(g, q, sub)?;
        return Ok(sub);
    }
    let name = vm.qstrs.get(q).to_string();
    Err(vm.new_exc_msg(
        vm.t.import_error,
        &alloc::format!("can't import name {name}"),
    ))
}

/// IMPORT_STAR.
pub fn import_star(vm: &mut Vm, m: Value, ns: Value) -> PyResult<()> {
    let g = vm.module_globals(m);
    if g.is_null() {
        return Err(vm.type_error("import * needs a module"));
    }
    let qa = ferrite_runtime::qstr::q::ALL;
    if let Some(all) = vm.dict_get_str(g, qa) {
        for n in vm.iter_to_vec(all)? {
            let Some(q) = vm.str_qstr(n) else { continue };
            let v = vm.load_attr(m, q)?;
            vm.dict_set_str(ns, q, v)?;
        }
        return Ok(());
    }
    for (k, v) in vm.dict_items(g) {
        if vm.str_of(k).is_some_and(|s| !s.starts_with('_')) {
            vm.dict_set(ns, k, v)?;
        }
    }
    Ok(())
}
