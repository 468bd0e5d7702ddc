//! Modules and running code: module objects, loading `.mpy` images, running a module body,
//! and the entry points of compiling and importing, which live in the library (`ferrite-lib`,
//! reached through [`crate::natives::Library`]). Always compiled.

use alloc::boxed::Box;

use crate::code::CompileMode;
use crate::obj::{ModuleObj, Obj};
use crate::value::Value;
use crate::vm::{FrameKind, PyResult, Vm};

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

    /// Loads an `.mpy` image (through the library's loader): ValueError if it is not one.
    pub fn compile_mpy(&mut self, data: &[u8]) -> PyResult<alloc::rc::Rc<crate::code::Code>> {
        (self.lib.load_mpy)(self, data)
    }

    /// `repr(v)`, by the library's printer.
    pub fn repr(&mut self, v: Value) -> PyResult<alloc::string::String> {
        (self.lib.repr)(self, v)
    }

    /// `str(v)`, by the library's printer.
    pub fn to_str(&mut self, v: Value) -> PyResult<alloc::string::String> {
        (self.lib.to_str)(self, v)
    }

    /// Compiles source text (file or eval mode), through the library's compiler.
    pub fn compile_source(
        &mut self,
        src: &str,
        file: &str,
        eval: bool,
    ) -> PyResult<alloc::rc::Rc<crate::code::Code>> {
        let mode = if eval {
            CompileMode::Eval
        } else {
            CompileMode::File
        };
        (self.lib.compile)(self, src, file, mode)
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
}
