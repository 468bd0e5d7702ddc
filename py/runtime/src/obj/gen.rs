//! Generators and coroutines: creation from a bound frame, resuming (`next`, `send`,
//! `throw`, `close`), and delegation for `yield from`. Always compiled.

use alloc::boxed::Box;

use crate::natives::Args;
use crate::obj::{GenObj, GenState, Obj};
use crate::value::Value;
use crate::vm::{Exit, Frame, FrameKind, PyErr, PyResult, Vm};

/// How resuming ended without an exception.
pub enum Resumed {
    Yield(Value),
    Return(Value),
}

impl Vm {
    pub fn new_generator(&mut self, fr: Frame) -> PyResult<Value> {
        let name = fr.code.name;
        let coro = false;
        self.alloc(Obj::Generator(Box::new(GenObj {
            frame: Some(fr),
            state: GenState::Created,
            name,
            coro,
        })))
    }

    /// Resumes generator `g`.
    pub fn resume_gen(&mut self, g: Value, send: Value, throw: Value) -> PyResult<Resumed> {
        let deep = self.frames.len() >= self.config.recursion_limit;
        let Some(Obj::Generator(gen)) = self.heap.get_mut(g) else {
            return Err(self.type_error("not a generator"));
        };
        if gen.state == GenState::Running {
            return Err(self.new_exc_msg(self.t.value_error, "generator already executing"));
        }
        // The frame is readied where it lies, and moved once onto the frame stack.
        let Some(fr) = gen.frame.as_mut() else {
            // Finished.
            if !throw.is_null() {
                return Err(PyErr(throw));
            }
            return Ok(Resumed::Return(Value::NONE));
        };
        if gen.state == GenState::Created && !send.is_none() && throw.is_null() {
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if fr.ip != 0 {
            // The value of the `yield` expression replaces the yielded value.
            match fr.stack.last_mut() {
                Some(t) => *t = send,
                None => fr.stack.push(send),
            }
        }
        fr.throw = throw;
        fr.kind = FrameKind::Generator;
        if deep {
            gen.frame = None;
            gen.state = GenState::Done;
            return Err(self.recursion_error());
        }
        gen.state = GenState::Running;
        self.frames.extend(gen.frame.take());
        // The generator stays reachable through the caller; its frame is on the frame stack.
        let mark = self.roots.len();
        self.roots.push(g);
        let r = self.run_top();
        self.roots.truncate(mark);
        match r {
            Ok(Exit::Yield(v)) => {
                if let Some(Obj::Generator(gen)) = self.heap.get_mut(g) {
                    gen.frame = self.frames.pop();
                    gen.state = GenState::Suspended;
                }
                Ok(Resumed::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                self.frames.pop();
                self.set_gen_state(g, GenState::Done);
                Ok(Resumed::Return(v))
            }
            // The frame was popped by `unwind`.
            Err(e) => {
                self.set_gen_state(g, GenState::Done);
                if self.is_stop_iteration(e.0) {
                    return Err(
                        self.new_exc_msg(self.t.runtime_error, "generator raised StopIteration")
                    );
                }
                Err(e)
            }
        }
    }

    fn set_gen_state(&mut self, g: Value, s: GenState) {
        if let Some(Obj::Generator(gen)) = self.heap.get_mut(g) {
            gen.state = s;
        }
    }

    pub fn gen_next(&mut self, g: Value) -> PyResult<Option<Value>> {
        match self.resume_gen(g, Value::NONE, Value::NULL)? {
            Resumed::Yield(v) => Ok(Some(v)),
            Resumed::Return(_) => Ok(None),
        }
    }

    /// `yield from`'s resume of any iterator (§5.10).
    pub fn resume_any(&mut self, it: Value, send: Value, throw: Value) -> PyResult<Resumed> {
        if let Some(Obj::Generator(_)) = self.heap.get(it) {
            return self.resume_gen(it, if send.is_null() { Value::NONE } else { send }, throw);
        }
        if !throw.is_null() {
            if self.is_instance_of(throw, self.t.generator_exit) {
                let q = crate::qstr::q::CLOSE;
                if self.lookup_special(it, q).is_some() {
                    self.call_method_name(it, "close", &[])?;
                }
                return Err(PyErr(throw));
            }
            let q = crate::qstr::q::THROW;
            if self.lookup_special(it, q).is_some() {
                return match self.call_method_name(it, "throw", &[throw]) {
                    Ok(v) => Ok(Resumed::Yield(v)),
                    Err(e) if self.is_stop_iteration(e.0) => {
                        Ok(Resumed::Return(self.stop_iteration_value(e.0)))
                    }
                    Err(e) => Err(e),
                };
            }
            return Err(PyErr(throw));
        }
        if send.is_none() || send.is_null() {
            return match self.iter_next(it) {
                Ok(Some(v)) => Ok(Resumed::Yield(v)),
                Ok(None) => Ok(Resumed::Return(Value::NONE)),
                Err(e) if self.is_stop_iteration(e.0) => {
                    Ok(Resumed::Return(self.stop_iteration_value(e.0)))
                }
                Err(e) => Err(e),
            };
        }
        match self.call_method_name(it, "send", &[send]) {
            Ok(v) => Ok(Resumed::Yield(v)),
            Err(e) if self.is_stop_iteration(e.0) => {
                Ok(Resumed::Return(self.stop_iteration_value(e.0)))
            }
            Err(e) => Err(e),
        }
    }

    /// Raises StopIteration carrying `v` (the result of a finished generator).
    fn stop_with(&mut self, v: Value) -> PyErr {
        if v.is_none() {
            return self.new_exc_msg_none(self.t.stop_iteration);
        }
        match self.new_tuple(alloc::vec![v]) {
            Ok(t) => self.new_exc_args(self.t.stop_iteration, t),
            Err(e) => e,
        }
    }
}

/// Native methods of generators.
pub fn call_gen_method(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    let g = a.pos[0];
    match name {
        "send" => {
            let v = a.pos.get(1).copied().unwrap_or(Value::NONE);
            match vm.resume_gen(g, v, Value::NULL)? {
                Resumed::Yield(v) => Ok(v),
                Resumed::Return(v) => Err(vm.stop_with(v)),
            }
        }
        "__next__" => match vm.resume_gen(g, Value::NONE, Value::NULL)? {
            Resumed::Yield(v) => Ok(v),
            Resumed::Return(v) => Err(vm.stop_with(v)),
        },
        "throw" => {
            let e = a.pos.get(1).copied().unwrap_or(Value::NONE);
            let e = if let Some(&v) = a.pos.get(2) {
                if v.is_none() {
                    vm.make_raise(e)?.0
                } else {
                    vm.make_raise(v)?.0
                }
            } else {
                vm.make_raise(e)?.0
            };
            match vm.resume_gen(g, Value::NONE, e)? {
                Resumed::Yield(v) => Ok(v),
                Resumed::Return(v) => Err(vm.stop_with(v)),
            }
        }
        "close" => {
            let started =
                matches!(vm.heap.get(g), Some(Obj::Generator(x)) if x.state == GenState::Suspended);
            if !started {
                if let Some(Obj::Generator(x)) = vm.heap.get_mut(g) {
                    x.frame = None;
                    x.state = GenState::Done;
                }
                return Ok(Value::NONE);
            }
            let ge = vm.t.generator_exit_instance;
            match vm.resume_gen(g, Value::NONE, ge) {
                Ok(Resumed::Yield(_)) => {
                    Err(vm.new_exc_msg(vm.t.runtime_error, "generator ignored GeneratorExit"))
                }
                Ok(Resumed::Return(_)) => Ok(Value::NONE),
                Err(e)
                    if vm.is_instance_of(e.0, vm.t.generator_exit) || vm.is_stop_iteration(e.0) =>
                {
                    Ok(Value::NONE)
                }
                Err(e) => Err(e),
            }
        }
        _ => Err(vm.new_exc_msg(
            vm.t.attribute_error,
            &alloc::format!("'generator' object has no attribute '{name}'"),
        )),
    }
}
