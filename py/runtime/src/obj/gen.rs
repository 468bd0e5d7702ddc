//! Generators and coroutines: creation from a bound frame, resuming (`next`, `send`,
//! `throw`, `close`), and delegation for `yield from`. Always compiled.

use alloc::boxed::Box;

use crate::natives::Args;
use crate::obj::{GenObj, GenState, Obj};
use crate::value::Value;
use crate::vm::{Control, Drive, Exit, Frame, FrameKind, PyErr, PyResult, Vm};
use ferrite_bytecode::BinaryOp;

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
            frame: Some(Box::new(fr)),
            state: GenState::Created,
            name,
            coro,
        })))
    }

    /// Resumes generator `g`.
    pub fn resume_gen(&mut self, g: Value, send: Value, throw: Value) -> PyResult<Resumed> {
        let (frame, state) = match self.heap.get_mut(g) {
            Some(Obj::Generator(gen)) => {
                if gen.state == GenState::Running {
                    return Err(self.new_exc_msg(self.t.value_error, "generator already executing"));
                }
                (gen.frame.take(), gen.state)
            }
            _ => return Err(self.type_error("not a generator")),
        };
        let Some(frame) = frame else {
            // Finished.
            if !throw.is_null() {
                return Err(PyErr(throw));
            }
            return Ok(Resumed::Return(Value::NONE));
        };
        if state == GenState::Created && !send.is_none() && throw.is_null() {
            self.put_gen_frame(g, Some(frame), GenState::Created);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        self.set_gen_state(g, GenState::Running);
        // The generator stays reachable through the caller; its frame goes on the stack.
        let mark = self.roots.len();
        self.roots.push(g);
        let (frame, r) = self.resume_frame(frame, send, throw);
        self.roots.truncate(mark);
        match r {
            Ok(Exit::Yield(v)) => {
                self.put_gen_frame(g, Some(frame), GenState::Suspended);
                Ok(Resumed::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                self.put_gen_frame(g, None, GenState::Done);
                Ok(Resumed::Return(v))
            }
            Err(e) => {
                self.put_gen_frame(g, None, GenState::Done);
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

    fn put_gen_frame(&mut self, g: Value, f: Option<Box<Frame>>, s: GenState) {
        if let Some(Obj::Generator(gen)) = self.heap.get_mut(g) {
            gen.frame = f;
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

/// Generators run as frames of the calling loop ([`FrameKind::Driven`]): FOR_ITER over a
/// generator, and `all`, `any`, `sum`, `min`, `max` of a generator. Each value yielded goes
/// back to the frame below without a nested loop, which costs a fraction of `resume_gen`.
impl Vm {
    /// Pushes generator `g`'s frame over the top frame, driven by `d`, as a resumption with
    /// `None` sent. False (nothing done) when `g` is not a suspended generator, or the frame
    /// stack is full: then the caller resumes it the general way.
    #[inline(never)]
    pub(crate) fn drive_gen(&mut self, g: Value, d: Drive) -> bool {
        if !self.drivable(g) {
            return false;
        }
        let placeholder = self.empty_frame();
        let Some(Obj::Generator(gen)) = self.heap.get_mut(g) else {
            return false;
        };
        let Some(b) = gen.frame.as_mut() else {
            return false;
        };
        let mut fr = core::mem::replace(&mut **b, placeholder);
        gen.state = GenState::Running;
        if fr.ip != 0 {
            // The value of the `yield` expression: None.
            match fr.stack.last_mut() {
                Some(t) => *t = Value::NONE,
                None => fr.stack.push(Value::NONE),
            }
        }
        fr.throw = Value::NULL;
        fr.kind = FrameKind::Driven(d, g);
        self.frames.push(fr);
        true
    }

    /// Whether `drive_gen` would run `g`.
    #[inline]
    fn drivable(&self, g: Value) -> bool {
        matches!(self.heap.get(g), Some(Obj::Generator(gen))
            if !gen.coro && gen.state != GenState::Running && gen.frame.is_some())
            && self.frames.len() < self.config.recursion_limit
    }

    /// A driven generator (the top frame, set to resume after its yield) yielded `v`: its
    /// frame goes back into the generator and `v` to the frame below.
    #[inline(never)]
    pub(crate) fn driven_yield(&mut self, v: Value) -> PyResult<()> {
        let Some(FrameKind::Driven(d, g)) = self.frames.last().map(|f| f.kind) else {
            return Err(self.type_error("not a driven generator"));
        };
        let Some(fr) = self.frames.pop() else {
            return Ok(());
        };
        if let Some(Obj::Generator(gen)) = self.heap.get_mut(g) {
            if let Some(b) = gen.frame.as_mut() {
                **b = fr;
            }
            gen.state = GenState::Suspended;
        }
        let n = self.frames.len() - 1;
        if d == Drive::ForIter {
            self.frames[n].stack.push(v);
            return Ok(());
        }
        // The builtins keep `[acc, generator]` on top of the caller's stack.
        let len = self.frames[n].stack.len();
        if len < 2 {
            return Err(self.type_error("not a driven generator"));
        }
        let acc = self.frames[n].stack[len - 2];
        let acc = match d {
            Drive::All | Drive::Any => {
                if self.truthy(v)? == (d == Drive::Any) {
                    return self.drive_result(Value::bool(d == Drive::Any));
                }
                acc
            }
            Drive::Sum => self.binary_op(BinaryOp::Add, acc, v)?,
            Drive::Min | Drive::Max => {
                let op = if d == Drive::Min {
                    BinaryOp::Less
                } else {
                    BinaryOp::More
                };
                if acc.is_null() || self.compare(op, v, acc)? {
                    v
                } else {
                    acc
                }
            }
            Drive::ForIter => acc,
        };
        let n = self.frames.len() - 1;
        let len = self.frames[n].stack.len();
        self.frames[n].stack[len - 2] = acc;
        // Code run above (`__bool__`, `__add__`...) may have finished the generator.
        if !self.drive_gen(g, d) {
            return self.drive_done(d, g).map(|_| ());
        }
        Ok(())
    }

    /// The driven generator `g` returned (its frame is gone): FOR_ITER jumps past its loop,
    /// the builtins give their result.
    #[inline(never)]
    pub(crate) fn drive_done(&mut self, d: Drive, g: Value) -> PyResult<Control> {
        self.end_gen(g);
        let n = self.frames.len() - 1;
        let fr = &mut self.frames[n];
        if d == Drive::ForIter {
            let target = ferrite_bytecode::decode_instruction(&fr.code.bytecode, fr.cur)
                .ok()
                .and_then(|i| i.jump_target());
            let Some(t) = target else {
                return Err(self.type_error("not a driven generator"));
            };
            let keep = fr.stack.len().saturating_sub(4);
            fr.stack.truncate(keep);
            fr.ip = t;
            return Ok(Control::Next);
        }
        let acc = fr
            .stack
            .len()
            .checked_sub(2)
            .map_or(Value::NULL, |i| fr.stack[i]);
        let r = match d {
            Drive::All => Value::TRUE,
            Drive::Any => Value::FALSE,
            _ if acc.is_null() => {
                return Err(self.new_exc_msg(self.t.value_error, "arg is an empty sequence"));
            }
            _ => acc,
        };
        self.drive_result(r)?;
        Ok(Control::Next)
    }

    /// A builtin driving a generator has its result: it replaces `[acc, generator]`.
    fn drive_result(&mut self, r: Value) -> PyResult<()> {
        let n = self.frames.len() - 1;
        let s = &mut self.frames[n].stack;
        let keep = s.len().saturating_sub(2);
        s.truncate(keep);
        s.push(r);
        Ok(())
    }

    /// Marks generator `g` finished (its frame, or the placeholder for it, dropped).
    pub(crate) fn end_gen(&mut self, g: Value) {
        if let Some(Obj::Generator(gen)) = self.heap.get_mut(g) {
            gen.frame = None;
            gen.state = GenState::Done;
        }
    }

    /// `all`, `any`, `sum`, `min` or `max` (native `name`) called with `args` from the top
    /// frame, whose stack from `at` holds the call: when the argument is a generator (and,
    /// for `sum`, a start value at most), it runs driven by this loop, with the caller going
    /// on at `next` once it has the result. False when the native call is needed.
    #[inline(never)]
    pub(crate) fn drive_builtin(
        &mut self,
        name: &str,
        args: &[Value],
        at: usize,
        ip: usize,
        next: usize,
    ) -> bool {
        let (d, acc) = match (name, args) {
            ("all", [_]) => (Drive::All, Value::NONE),
            ("any", [_]) => (Drive::Any, Value::NONE),
            ("sum", [_]) => (Drive::Sum, Value::small(0)),
            ("sum", [_, start]) => (Drive::Sum, *start),
            ("min", [_]) => (Drive::Min, Value::NULL),
            ("max", [_]) => (Drive::Max, Value::NULL),
            _ => return false,
        };
        let g = args[0];
        if !self.drivable(g) {
            return false;
        }
        let n = self.frames.len() - 1;
        let caller = &mut self.frames[n];
        caller.cur = ip;
        caller.ip = next;
        caller.stack.truncate(at);
        caller.stack.extend_from_slice(&[acc, g]);
        self.drive_gen(g, d)
    }
}
