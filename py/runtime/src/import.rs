//! Importing: `sys.modules`, builtin modules, and `.py`/`.mpy` files and packages found on
//! `sys.path` through the port. Always compiled (source import needs feature `compiler`).

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::obj::{ModuleObj, Obj};
use crate::value::Value;
use crate::vm::{FrameKind, PyResult, Vm};

/// What a search of the path found.
enum Found {
    Source(String, Vec<u8>),
    Mpy(String, Vec<u8>),
    /// A package directory (with its `__init__` file, if any).
    Package(String, Option<Box<Found>>),
}

impl Vm {
    /// Creates an empty module object named `name` with a fresh globals dict.
    pub fn new_module(&mut self, name: &str) -> PyResult<Value> {
        let g = self.new_dict()?;
        let mark = self.roots.len();
        self.roots.push(g);
        let n = self.new_str(name)?;
        self.roots.push(n);
        let q = crate::qstr::q::NAME;
        let r = self.dict_set_str(g, q, n);
        let m = r.and_then(|_| {
            self.alloc(Obj::Module(Box::new(ModuleObj {
                name: n,
                globals: g,
            })))
        });
        self.roots.truncate(mark);
        m
    }

    pub fn module_globals(&self, m: Value) -> Value {
        match self.heap.get(m) {
            Some(Obj::Module(x)) => x.globals,
            _ => Value::NULL,
        }
    }

    /// IMPORT_NAME.
    pub fn import_name(
        &mut self,
        q: u32,
        fromlist: Value,
        level: Value,
        globals: Value,
    ) -> PyResult<Value> {
        let name = self.qstrs.get(q).to_string();
        let level = level.as_small().unwrap_or(0).max(0) as usize;
        let full = if level > 0 {
            let pkg = self.current_package(globals, level)?;
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
            return Err(self.new_exc_msg(self.t.import_error, "can't perform relative import"));
        }
        let mut parent = Value::NULL;
        let mut top = Value::NULL;
        let mut prefix = String::new();
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_one(&prefix, part, parent)?;
            if top.is_null() {
                top = m;
            }
            if !parent.is_null() {
                let pq = self.qstrs.intern(part);
                let pg = self.module_globals(parent);
                if !pg.is_null() && self.dict_get_str(pg, pq).is_none() {
                    self.dict_set_str(pg, pq, m)?;
                }
            }
            parent = m;
        }
        let empty_fromlist = fromlist.is_none()
            || fromlist.is_null()
            || matches!(self.heap.get(fromlist), Some(Obj::Tuple(t)) if t.is_empty());
        Ok(if empty_fromlist { top } else { parent })
    }

    /// The package a relative import at `level` starts from.
    fn current_package(&mut self, globals: Value, level: usize) -> PyResult<String> {
        let qn = crate::qstr::q::NAME;
        let qp = crate::qstr::q::PATH;
        let name = self
            .dict_get_str(globals, qn)
            .and_then(|v| self.str_of(v).map(String::from))
            .unwrap_or_default();
        let is_pkg = self.dict_get_str(globals, qp).is_some();
        let mut parts: Vec<&str> = name.split('.').collect();
        if !is_pkg {
            parts.pop();
        }
        for _ in 1..level {
            parts.pop();
        }
        if parts.is_empty() || name == "__main__" && !is_pkg {
            return Err(self.new_exc_msg(self.t.import_error, "can't perform relative import"));
        }
        Ok(parts.join("."))
    }

    /// Imports one dotted component (its parent already imported).
    fn import_one(&mut self, full: &str, part: &str, parent: Value) -> PyResult<Value> {
        let key = self.new_str(full)?;
        if let Some(m) = self.dict_get(self.modules, key)? {
            return Ok(m);
        }
        if parent.is_null() {
            if let Some(m) = crate::modules::builtin_module(self, full)? {
                self.dict_set(self.modules, key, m)?;
                return Ok(m);
            }
        }
        if parent.is_null() {
            if let Some(src) = crate::modules::frozen_source(full) {
                let m = self.new_module(full)?;
                let g = self.module_globals(m);
                self.dict_set(self.modules, key, m)?;
                let r = self
                    .compile_source(src, full, false)
                    .and_then(|c| self.run_code(c, g, Value::NULL));
                if let Err(e) = r {
                    let _ = self.dict_del(self.modules, key);
                    return Err(e);
                }
                return Ok(m);
            }
        }
        // MicroPython's `u` names (`utime`, `uos`...) for the builtin modules.
        if let Some(plain) = full.strip_prefix('u').filter(|_| parent.is_null()) {
            let plain_key = self.new_str(plain)?;
            if let Some(m) = self.dict_get(self.modules, plain_key)? {
                return Ok(m);
            }
            if let Some(m) = crate::modules::builtin_module(self, plain)? {
                self.dict_set(self.modules, plain_key, m)?;
                return Ok(m);
            }
        }
        let dirs: Vec<String> = if parent.is_null() {
            let p = self.sys_path;
            self.iter_to_vec(p)?
                .into_iter()
                .filter_map(|v| self.str_of(v).map(String::from))
                .collect()
        } else {
            let qp = crate::qstr::q::PATH;
            let pg = self.module_globals(parent);
            match self
                .dict_get_str(pg, qp)
                .and_then(|v| self.str_of(v).map(String::from))
            {
                Some(p) => alloc::vec![p],
                None => Vec::new(),
            }
        };
        let Some(found) = self.find_module(&dirs, part) else {
            return Err(self.new_exc_msg(
                self.t.import_error,
                &alloc::format!("no module named '{full}'"),
            ));
        };
        self.exec_found(full, key, found)
    }

    fn find_module(&mut self, dirs: &[String], part: &str) -> Option<Found> {
        for d in dirs {
            let base = if d.is_empty() {
                part.to_string()
            } else {
                alloc::format!("{d}/{part}")
            };
            let py = alloc::format!("{base}.py");
            if let Ok(src) = self.port.read_file(&py) {
                return Some(Found::Source(py, src));
            }
            let mpy = alloc::format!("{base}.mpy");
            if let Ok(b) = self.port.read_file(&mpy) {
                return Some(Found::Mpy(mpy, b));
            }
            if self.port.is_dir(&base) {
                let init = self.find_init(&base);
                return Some(Found::Package(base, init.map(Box::new)));
            }
        }
        None
    }

    fn find_init(&mut self, dir: &str) -> Option<Found> {
        let py = alloc::format!("{dir}/__init__.py");
        if let Ok(src) = self.port.read_file(&py) {
            return Some(Found::Source(py, src));
        }
        let mpy = alloc::format!("{dir}/__init__.mpy");
        if let Ok(b) = self.port.read_file(&mpy) {
            return Some(Found::Mpy(mpy, b));
        }
        None
    }

    fn exec_found(&mut self, full: &str, key: Value, found: Found) -> PyResult<Value> {
        let m = self.new_module(full)?;
        let g = self.module_globals(m);
        self.dict_set(self.modules, key, m)?;
        let (file, code) = match found {
            Found::Package(dir, init) => {
                let p = self.new_str(&dir)?;
                let qp = crate::qstr::q::PATH;
                self.dict_set_str(g, qp, p)?;
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
        let fv = self.new_str(&file)?;
        let qf = crate::qstr::q::FILE;
        self.dict_set_str(g, qf, fv)?;
        let r = if is_mpy {
            self.compile_mpy(&data)
                .and_then(|c| self.run_code(c, g, Value::NULL))
        } else {
            match core::str::from_utf8(&data) {
                Ok(src) => {
                    let src = src.to_string();
                    self.compile_source(&src, &file, false)
                        .and_then(|c| self.run_code(c, g, Value::NULL))
                }
                Err(_) => Err(self.new_exc_msg(self.t.syntax_error, "invalid UTF-8 in source")),
            }
        };
        if let Err(e) = r {
            let _ = self.dict_del(self.modules, key);
            return Err(e);
        }
        Ok(m)
    }

    /// Loads an `.mpy` image.
    pub fn compile_mpy(&mut self, data: &[u8]) -> PyResult<alloc::rc::Rc<crate::code::Code>> {
        match ferrite_bytecode::Module::from_mpy(data) {
            Ok(m) => self.load_module(&m),
            Err(_) => Err(self.new_exc_msg(self.t.value_error, "incompatible .mpy file")),
        }
    }

    /// Compiles source text (file or eval mode).
    #[cfg(feature = "compiler")]
    pub fn compile_source(
        &mut self,
        src: &str,
        file: &str,
        eval: bool,
    ) -> PyResult<alloc::rc::Rc<crate::code::Code>> {
        self.compile_mode(
            src,
            file,
            if eval {
                ferrite_compiler::Mode::Eval
            } else {
                ferrite_compiler::Mode::File
            },
        )
    }

    #[cfg(feature = "compiler")]
    pub fn compile_mode(
        &mut self,
        src: &str,
        file: &str,
        mode: ferrite_compiler::Mode,
    ) -> PyResult<alloc::rc::Rc<crate::code::Code>> {
        match ferrite_compiler::compile(src, file, mode) {
            Ok(m) => self.load_module(&m),
            Err(e) => {
                let cls = match e.kind {
                    ferrite_compiler::ErrorKind::SyntaxError => self.t.syntax_error,
                    ferrite_compiler::ErrorKind::IndentationError => self.t.indentation_error,
                };
                let err = self.new_exc_msg(cls, &e.msg);
                let fq = self.qstrs.intern(file);
                self.add_traceback(err.0, fq, e.line, 0);
                Err(err)
            }
        }
    }

    #[cfg(not(feature = "compiler"))]
    pub fn compile_source(
        &mut self,
        _src: &str,
        _file: &str,
        _eval: bool,
    ) -> PyResult<alloc::rc::Rc<crate::code::Code>> {
        Err(self.new_exc_msg(
            self.t.import_error,
            "this build has no compiler: import .mpy files",
        ))
    }

    /// Runs a module body (or eval/exec code) with the given namespaces.
    pub fn run_code(
        &mut self,
        code: alloc::rc::Rc<crate::code::Code>,
        globals: Value,
        names: Value,
    ) -> PyResult<Value> {
        let n = code.n_state.max(1);
        let fr = crate::vm::Frame {
            locals: alloc::vec![Value::NULL; n],
            stack: crate::vm::FrameStack::with_buffer(alloc::boxed::Box::default(), n + 2),
            code,
            ip: 0,
            cur: 0,
            exc: crate::vm::ExcStack::new(),
            globals,
            names,
            kind: FrameKind::Reentry,
            throw: Value::NULL,
        };
        self.run_frame(fr)
    }

    /// `exec`/`eval` of a string or code.
    pub fn exec_in(
        &mut self,
        src: Value,
        globals: Value,
        locals: Value,
        eval: bool,
    ) -> PyResult<Value> {
        if let Some(Obj::Function(f)) = self.heap.get(src) {
            if f.globals.is_null() {
                let code = f.code.clone();
                let names = if locals == globals {
                    Value::NULL
                } else {
                    locals
                };
                return self.run_code(code, globals, names);
            }
        }
        let text = match self.str_of(src) {
            Some(s) => s.to_string(),
            None => match self.bytes_of(src) {
                Some(b) => String::from_utf8_lossy(b).into_owned(),
                None => return Err(self.type_error("exec/eval needs a str")),
            },
        };
        let code = self.compile_source(&text, "<string>", eval)?;
        let names = if locals == globals {
            Value::NULL
        } else {
            locals
        };
        let r = self.run_code(code, globals, names)?;
        Ok(if eval { r } else { Value::NONE })
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, m: Value, q: u32) -> PyResult<Value> {
        if let Some(v) = self.try_load_attr(m, q)? {
            return Ok(v);
        }
        // A submodule of a package.
        let g = self.module_globals(m);
        let qp = crate::qstr::q::PATH;
        if !g.is_null() && self.dict_get_str(g, qp).is_some() {
            let qn = crate::qstr::q::NAME;
            let pname = self
                .dict_get_str(g, qn)
                .and_then(|v| self.str_of(v).map(String::from))
                .unwrap_or_default();
            let name = self.qstrs.get(q).to_string();
            let full = alloc::format!("{pname}.{name}");
            let sub = self.import_one(&full, &name, m)?;
            self.dict_set_str(g, q, sub)?;
            return Ok(sub);
        }
        let name = self.qstrs.get(q).to_string();
        Err(self.new_exc_msg(
            self.t.import_error,
            &alloc::format!("can't import name {name}"),
        ))
    }

    /// IMPORT_STAR.
    pub fn import_star(&mut self, m: Value, ns: Value) -> PyResult<()> {
        let g = self.module_globals(m);
        if g.is_null() {
            return Err(self.type_error("import * needs a module"));
        }
        let qa = crate::qstr::q::ALL;
        if let Some(all) = self.dict_get_str(g, qa) {
            for n in self.iter_to_vec(all)? {
                let Some(q) = self.str_qstr(n) else { continue };
                let v = self.load_attr(m, q)?;
                self.dict_set_str(ns, q, v)?;
            }
            return Ok(());
        }
        for (k, v) in self.dict_items(g) {
            if self.str_of(k).is_some_and(|s| !s.starts_with('_')) {
                self.dict_set(ns, k, v)?;
            }
        }
        Ok(())
    }
}
