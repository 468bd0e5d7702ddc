//! Exceptions: making them from Rust, raising values, matching `except` clauses, tracebacks
//! and their printed form. Always compiled.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::{Dict, ExcObj, Obj, TbEntry};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// The preallocated MemoryError, raised afresh (no traceback from an earlier raise).
    pub fn mem_error(&mut self) -> PyErr {
        if let Some(Obj::Exception(x)) = self.heap.get_mut(self.memory_error) {
            x.traceback.clear();
            x.context = Value::NULL;
            x.cause = Value::NULL;
        }
        PyErr(self.memory_error)
    }

    /// A new exception of class `cls` with argument tuple `args`.
    pub fn new_exc_args(&mut self, cls: Value, args: Value) -> PyErr {
        match self.alloc(Obj::Exception(Box::new(ExcObj {
            class: cls,
            args,
            traceback: Vec::new(),
            dict: Dict::new(),
            cause: Value::NULL,
            context: Value::NULL,
            suppress_context: false,
        }))) {
            Ok(v) => PyErr(v),
            Err(e) => e,
        }
    }

    /// A new exception `cls(msg)`.
    pub fn new_exc_msg(&mut self, cls: Value, msg: &str) -> PyErr {
        let s = match self.new_str(msg) {
            Ok(s) => s,
            Err(e) => return e,
        };
        let t = match self.new_tuple(alloc::vec![s]) {
            Ok(t) => t,
            Err(e) => return e,
        };
        self.new_exc_args(cls, t)
    }

    /// A new exception `cls()`.
    pub fn new_exc_msg_none(&mut self, cls: Value) -> PyErr {
        match self.new_tuple(Vec::new()) {
            Ok(t) => self.new_exc_args(cls, t),
            Err(e) => e,
        }
    }

    pub fn type_error(&mut self, msg: &str) -> PyErr {
        self.new_exc_msg(self.t.type_error, msg)
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        self.new_exc_msg(
            self.t.name_error,
            &alloc::format!("name '{name}' isn't defined"),
        )
    }

    pub fn os_error(&mut self, errno: i32) -> PyErr {
        let t = match self.new_tuple(alloc::vec![Value::small(errno as isize)]) {
            Ok(t) => t,
            Err(e) => return e,
        };
        self.new_exc_args(self.t.os_error, t)
    }

    pub fn add_traceback(&mut self, exc: Value, file: u32, line: u32, name: u32) {
        if let Some(Obj::Exception(e)) = self.heap.get_mut(exc) {
            if e.traceback.len() < 1000 {
                e.traceback.push(TbEntry { file, line, name });
            }
        }
    }

    /// What `raise v` raises: an instance as is, a class instantiated, else TypeError.
    pub fn make_raise(&mut self, v: Value) -> PyResult<PyErr> {
        if let Some(Obj::Exception(_)) = self.heap.get(v) {
            return Ok(PyErr(v));
        }
        if self.is_type(v) && self.is_subclass(v, self.t.base_exception) {
            let e = self.call(v, &[], &[])?;
            if let Some(Obj::Exception(_)) = self.heap.get(e) {
                return Ok(PyErr(e));
            }
        }
        Ok(self.type_error("exceptions must derive from BaseException"))
    }

    /// `except cls:` — `cls` is a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: Value, cls: Value) -> PyResult<bool> {
        if let Some(Obj::Tuple(t)) = self.heap.get(cls) {
            let t = t.to_vec();
            for c in t {
                if self.exception_matches(exc, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !self.is_type(cls) || !self.is_subclass(cls, self.t.base_exception) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.is_instance_of(exc, cls))
    }

    pub fn is_stop_iteration(&self, e: Value) -> bool {
        self.is_instance_of(e, self.t.stop_iteration)
    }

    /// The `value` of a StopIteration (its first argument, or None).
    pub fn stop_iteration_value(&self, e: Value) -> Value {
        match self.heap.get(e) {
            Some(Obj::Exception(x)) => match self.heap.get(x.args) {
                Some(Obj::Tuple(t)) => t.first().copied().unwrap_or(Value::NONE),
                _ => Value::NONE,
            },
            _ => Value::NONE,
        }
    }

    pub fn exc_args(&self, e: Value) -> Vec<Value> {
        match self.heap.get(e) {
            Some(Obj::Exception(x)) => match self.heap.get(x.args) {
                Some(Obj::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// The traceback text MicroPython prints for an uncaught exception (the library's
    /// `Library::format_exception`).
    pub fn format_exception(&mut self, e: Value) -> String {
        (self.lib.format_exception)(self, e)
    }

    /// Sets `__context__` of a newly raised exception (implicit chaining).
    pub fn set_context(&mut self, e: Value, ctx: Value) {
        if e == ctx || e == self.memory_error {
            return;
        }
        if let Some(Obj::Exception(x)) = self.heap.get_mut(e) {
            if x.context.is_null() {
                x.context = ctx;
            }
        }
    }
}

/// The names of errno codes, as MicroPython's `errno` module has them.
pub const ERRNOS: &[(i32, &str)] = &[
    (1, "EPERM"),
    (2, "ENOENT"),
    (5, "EIO"),
    (9, "EBADF"),
    (11, "EAGAIN"),
    (12, "ENOMEM"),
    (13, "EACCES"),
    (17, "EEXIST"),
    (19, "ENODEV"),
    (20, "ENOTDIR"),
    (21, "EISDIR"),
    (22, "EINVAL"),
    (28, "ENOSPC"),
    (95, "EOPNOTSUPP"),
    (98, "EADDRINUSE"),
    (103, "ECONNABORTED"),
    (104, "ECONNRESET"),
    (105, "ENOBUFS"),
    (107, "ENOTCONN"),
    (110, "ETIMEDOUT"),
    (111, "ECONNREFUSED"),
    (113, "EHOSTUNREACH"),
    (114, "EALREADY"),
    (115, "EINPROGRESS"),
];

pub fn errno_name(n: i32) -> Option<&'static str> {
    ERRNOS.iter().find(|e| e.0 == n).map(|e| e.1)
}
