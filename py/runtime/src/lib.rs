//! Ferrite runtime: the VM, objects, heap and builtins that run MicroPython bytecode.
//!
//! `no_std` + `alloc`. The port gives the VM its I/O through [`Port`] and its heap size
//! through [`Config`]. Source compilation (feature `compiler`) uses `ferrite-compiler`.
//!
//! # Public API
//! * [`Vm::new`] (with a [`Config`], a [`Port`] and the [`natives::Library`] — `ferrite_lib::LIBRARY`), [`Vm::set_argv`], [`Vm::set_path`];
//! * [`Vm::exec_source`], [`Vm::exec_mpy`], [`Vm::run_module`], [`Vm::repl_input`] — each
//!   returns a [`RunOutcome`]; uncaught exceptions are printed to the port's stderr.
#![no_std]
#![forbid(unsafe_code)]
extern crate alloc;

pub mod attr;
pub mod code;
pub mod exc;
pub mod fast;
pub mod fmath;
pub mod heap;
pub mod import;
pub mod natives;
pub mod obj;
pub mod ops;
pub mod qstr;
pub mod trace;
pub mod types;
pub mod value;
pub mod vm;

pub use ferrite_fmt as fmt;
pub use ferrite_unicode as unicode;

use alloc::string::String;
use alloc::vec::Vec;

pub use value::Value;
pub use vm::{Config, Port, PyErr, PyResult, Vm};

use heap::Heap;
use obj::Obj;
use qstr::Interner;
use types::Types;

/// How running a program ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunOutcome {
    Ok,
    /// An uncaught exception, already printed.
    Exception,
    /// `SystemExit` with this status.
    Exit(i32),
}

impl Vm {
    /// A fresh VM: builtin types, the builtins namespace, `sys.modules`, `__main__`.
    pub fn new(
        config: Config,
        port: alloc::boxed::Box<dyn Port>,
        lib: &'static natives::Library,
    ) -> Vm {
        let heap = Heap::new(config.heap_size.max(4096), config.gc_stress);
        let mut vm = Vm {
            heap,
            qstrs: Interner::new(),
            lib,
            frames: Vec::new(),
            roots: Vec::new(),
            t: Types::empty(),
            builtins: Value::NULL,
            modules: Value::NULL,
            sys_path: Value::NULL,
            argv: Value::NULL,
            port,
            config,
            memory_error: Value::NULL,
            nested: 0,
            main_globals: Value::NULL,
            scratch_slice: Value::NULL,
            len_fn: crate::natives::find(&lib.natives, crate::natives::Owner::Builtin, "len")
                .map_or(Value::NULL, Value::native),
            out: Vec::new(),
            ticks: 0,
            data_depth: 0,
            methods: ferrite_bytecode::Index::with_capacity(512),
            op_q: [0; 64],
            unary_q: [0; 16],
            frame_pool: Vec::new(),
            method_cache: crate::fast::MethodCache::new(),
            global_cache: crate::fast::GlobalCache::new(),
            frame_bytes: 0,
            op_table: core::array::from_fn(|b| ferrite_bytecode::Opcode::from_byte(b as u8)),
        };
        // The startup objects are small; a heap too small even for them is a port bug, and
        // the VM still comes up (with a heap limit raised to fit them).
        let limit = vm.heap.limit;
        vm.heap.limit = usize::MAX;
        let _ = vm.init();
        vm.heap.limit = limit.max(vm.heap.bytes + 1024);
        vm
    }

    fn init(&mut self) -> PyResult<()> {
        for i in 0..64u8 {
            if let Some(d) = ferrite_bytecode::BinaryOp::from_u8(i).and_then(|o| o.dunder()) {
                self.op_q[usize::from(i)] = self.qstrs.intern(d);
            }
        }
        for i in 0..16u8 {
            if let Some(d) = ferrite_bytecode::UnaryOp::from_u8(i).and_then(|o| o.dunder()) {
                self.unary_q[usize::from(i)] = self.qstrs.intern(d);
            }
        }
        for (i, d) in self.lib.natives.iter().enumerate() {
            if let natives::Owner::Type(k) | natives::Owner::ClassMethod(k) = d.owner {
                let q = self.qstrs.intern(d.name);
                self.methods
                    .get_or_insert(&natives::method_key(k, q), i as u32);
            }
        }
        Types::create(self)?;
        let me = self.new_tuple(Vec::new())?;
        self.memory_error = self.new_exc_args(self.t.memory_error, me).0;
        self.t.generator_exit_instance = self.new_exc_args(self.t.generator_exit, me).0;
        self.builtins = self.new_dict()?;
        self.modules = self.new_dict()?;
        self.sys_path = self.new_list(Vec::new())?;
        self.argv = self.new_list(Vec::new())?;
        for (name, v) in natives::builtin_natives(&self.lib.natives) {
            let q = self.qstrs.intern(name);
            self.dict_set_str(self.builtins, q, v)?;
        }
        for (name, v) in self.t.all() {
            let q = self.qstrs.intern(name);
            self.dict_set_str(self.builtins, q, v)?;
        }
        for (name, v) in [
            ("None", Value::NONE),
            ("True", Value::TRUE),
            ("False", Value::FALSE),
            ("Ellipsis", Value::ELLIPSIS),
            ("NotImplemented", Value::NOT_IMPLEMENTED),
        ] {
            let q = self.qstrs.intern(name);
            self.dict_set_str(self.builtins, q, v)?;
        }
        let main = self.new_module("__main__")?;
        self.main_globals = self.module_globals(main);
        let k = self.new_str("__main__")?;
        self.dict_set(self.modules, k, main)?;
        Ok(())
    }

    pub fn alloc(&mut self, obj: Obj) -> PyResult<Value> {
        self.heap.alloc(obj).map_err(|_| self.mem_error())
    }

    /// Charges the heap for `grew` bytes an object took on outside its slot (a container's
    /// growth); nothing for none. MemoryError when the heap has no room for them.
    pub fn charge_growth(&mut self, grew: usize) -> PyResult<()> {
        if grew > 0 {
            self.heap.charge(grew).map_err(|_| self.mem_error())?;
        }
        Ok(())
    }

    pub fn write_stdout(&mut self, b: &[u8]) {
        self.out.extend_from_slice(b);
        if self.out.len() > 4096 {
            self.flush();
        }
    }

    pub fn write_stderr(&mut self, b: &[u8]) {
        self.flush();
        self.port.write_stderr(b);
    }

    pub fn flush(&mut self) {
        if !self.out.is_empty() {
            let out = core::mem::take(&mut self.out);
            self.port.write_stdout(&out);
        }
    }

    /// Sets `sys.argv`.
    pub fn set_argv(&mut self, args: &[String]) {
        let mut vals = Vec::new();
        for a in args {
            if let Ok(v) = self.new_str(a) {
                vals.push(v);
            }
        }
        if let Some(Obj::List(l)) = self.heap.get_mut(self.argv) {
            *l = vals;
        }
    }

    /// Sets `sys.path`.
    pub fn set_path(&mut self, path: &[String]) {
        let mut vals = Vec::new();
        for a in path {
            if let Ok(v) = self.new_str(a) {
                vals.push(v);
            }
        }
        if let Some(Obj::List(l)) = self.heap.get_mut(self.sys_path) {
            *l = vals;
        }
    }

    /// Turns the result of running top-level code into an outcome, printing a traceback.
    fn outcome(&mut self, r: PyResult<Value>) -> RunOutcome {
        let (o, text) = self.outcome_text(r);
        if !text.is_empty() {
            self.write_stderr(text.as_bytes());
        }
        o
    }

    /// As [`Vm::outcome`], returning the traceback text instead of printing it.
    fn outcome_text(&mut self, r: PyResult<Value>) -> (RunOutcome, String) {
        let mut text = String::new();
        self.frames.clear();
        self.roots.clear();
        self.nested = 0;
        self.data_depth = 0;
        self.frame_bytes = 0;
        let out = match r {
            Ok(_) => RunOutcome::Ok,
            Err(e) => {
                if self.is_instance_of(e.0, self.t.system_exit) {
                    let args = self.exc_args(e.0);
                    let code = match args.first() {
                        None => 0,
                        Some(v) if v.is_none() => 0,
                        Some(&v) => match self.as_i64(v) {
                            Some(n) => n as i32,
                            // As MicroPython's unix port: any other value exits with 1, unprinted.
                            None => 1,
                        },
                    };
                    RunOutcome::Exit(code)
                } else {
                    text = self.format_exception(e.0);
                    RunOutcome::Exception
                }
            }
        };
        self.flush();
        if let Some(Obj::Exception(x)) = self.heap.get_mut(self.memory_error) {
            x.traceback.clear();
        }
        (out, text)
    }

    /// Runs source text as `__main__`; `name` is the file name tracebacks show.
    pub fn exec_source(&mut self, src: &str, name: &str) -> RunOutcome {
        let g = self.main_globals;
        let r = self
            .set_main_file(name)
            .and_then(|_| self.compile_source(src, name, false))
            .and_then(|c| self.run_code(c, g, Value::NULL));
        self.outcome(r)
    }

    /// Runs source as `__main__` and returns the traceback text instead of printing it
    /// (the raw REPL sends it separately).
    pub fn exec_source_text(&mut self, src: &str, name: &str) -> (RunOutcome, String) {
        let g = self.main_globals;
        let r = self
            .compile_source(src, name, false)
            .and_then(|c| self.run_code(c, g, Value::NULL));
        self.outcome_text(r)
    }

    fn set_main_file(&mut self, name: &str) -> PyResult<()> {
        if name.starts_with('<') {
            return Ok(());
        }
        let f = self.new_str(name)?;
        let q = crate::qstr::q::FILE;
        self.dict_set_str(self.main_globals, q, f)
    }

    /// Runs an `.mpy` image as `__main__`.
    pub fn exec_mpy(&mut self, data: &[u8]) -> RunOutcome {
        let g = self.main_globals;
        let r = self
            .compile_mpy(data)
            .and_then(|c| self.run_code(c, g, Value::NULL));
        self.outcome(r)
    }

    /// `-m module`: imports `module` from the path as `__main__`.
    pub fn run_module(&mut self, module: &str) -> RunOutcome {
        let r = (|| {
            // A submodule: import its package first, then look in the package's directory.
            let (dirs, rel): (Vec<String>, String) = match module.rfind('.') {
                Some(i) => {
                    let q = self.qstrs.intern(&module[..i]);
                    let star = self.new_str("*")?;
                    let fl = self.new_tuple(alloc::vec![star])?;
                    let pkg =
                        (self.lib.import_name)(self, q, fl, Value::small(0), self.main_globals)?;
                    let qp = crate::qstr::q::PATH;
                    let g = self.module_globals(pkg);
                    let path = self
                        .dict_get_str(g, qp)
                        .and_then(|v| self.str_of(v).map(String::from));
                    (path.into_iter().collect(), String::from(&module[i + 1..]))
                }
                None => {
                    let p = self.sys_path;
                    let items = self.iter_to_vec(p)?;
                    (
                        items
                            .into_iter()
                            .filter_map(|v| self.str_of(v).map(String::from))
                            .collect(),
                        String::from(module),
                    )
                }
            };
            for d in dirs {
                let base = if d.is_empty() {
                    rel.clone()
                } else {
                    alloc::format!("{d}/{rel}")
                };
                let py = alloc::format!("{base}.py");
                if let Ok(src) = self.port.read_file(&py) {
                    let src = String::from_utf8_lossy(&src).into_owned();
                    self.set_main_file(&py)?;
                    let c = self.compile_source(&src, &py, false)?;
                    return self.run_code(c, self.main_globals, Value::NULL);
                }
                let mpy = alloc::format!("{base}.mpy");
                if let Ok(b) = self.port.read_file(&mpy) {
                    let c = self.compile_mpy(&b)?;
                    return self.run_code(c, self.main_globals, Value::NULL);
                }
            }
            Err(self.new_exc_msg(
                self.t.import_error,
                &alloc::format!("no module named '{module}'"),
            ))
        })();
        self.outcome(r)
    }

    /// One REPL input (single mode: expression values are printed).
    pub fn repl_input(&mut self, src: &str) -> RunOutcome {
        let g = self.main_globals;
        // Make room first, so the line itself can compile after a MemoryError.
        self.collect();
        let r = (self.lib.compile)(self, src, "<stdin>", code::CompileMode::Single)
            .and_then(|c| self.run_code(c, g, Value::NULL));
        let o = self.outcome(r);
        self.collect();
        o
    }

    /// REPL completion: the names that extend `word` (a possibly dotted name).
    pub fn complete(&mut self, word: &str) -> Vec<String> {
        let (obj_path, prefix) = match word.rfind('.') {
            Some(i) => (Some(&word[..i]), &word[i + 1..]),
            None => (None, word),
        };
        let mut names: Vec<String> = Vec::new();
        match obj_path {
            None => {
                for d in [self.main_globals, self.builtins] {
                    for (k, _) in self.dict_items(d) {
                        if let Some(s) = self.str_of(k) {
                            names.push(String::from(s));
                        }
                    }
                }
            }
            Some(path) => {
                let mut parts = path.split('.');
                let first = parts.next().unwrap_or("");
                let q = self.qstrs.intern(first);
                let mut cur = self
                    .dict_get_str(self.main_globals, q)
                    .or_else(|| self.dict_get_str(self.builtins, q));
                for p in parts {
                    let q = self.qstrs.intern(p);
                    cur = match cur {
                        Some(o) => self.try_load_attr(o, q).ok().flatten(),
                        None => None,
                    };
                }
                let Some(o) = cur else { return Vec::new() };
                let dir = self.native_value("dir");
                if let Ok(l) = self.call(dir, &[o], &[]) {
                    if let Ok(items) = self.iter_to_vec(l) {
                        for it in items {
                            if let Some(s) = self.str_of(it) {
                                names.push(String::from(s));
                            }
                        }
                    }
                }
            }
        }
        names.retain(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')));
        crate::obj::list::sort_strings(&mut names);
        names.dedup();
        self.frames.clear();
        self.roots.clear();
        names
    }
}
