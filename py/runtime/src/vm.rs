//! The virtual machine: frames, the dispatch loop, exception unwinding. Always compiled.
//!
//! Frames live on `Vm::frames`, not on the Rust stack: a call from bytecode to bytecode pushes
//! a frame and the same loop carries on, so Python recursion never recurses natively. Native
//! code that calls back into Python (a `__repr__` from `print`, a key function from `sorted`)
//! runs a nested loop over the new frame, bounded by `MAX_NESTED_RUNS`.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::ToString;
use alloc::vec::Vec;

use ferrite_bytecode::{decode_instruction, Instr, Opcode, Operand};

use crate::code::Code;
use crate::heap::Heap;
use crate::obj::Obj;
use crate::qstr::Interner;
use crate::types::Types;
use crate::value::Value;

/// An exception being raised: the exception instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// The byte of BINARY_OP SUBTRACT.
const SUBTRACT_OP: u8 = Opcode::BinaryOpMulti as u8 + ferrite_bytecode::BinaryOp::Subtract as u8;

/// Decodes the instruction at `ip` (as `decode_instruction`, without the table lookups: the
/// operand format follows from the opcode byte's range, spec §4.2).
#[inline]
fn fetch(code: &[u8], ip: usize, ops: &[Option<Opcode>; 256]) -> Option<Instr> {
    use ferrite_bytecode::varint::{decode_jump_offset, decode_svarint, decode_vuint};
    use ferrite_bytecode::{BinaryOp, UnaryOp};
    let b = *code.get(ip)?;
    let op = ops[usize::from(b)]?;
    let mut pos = ip + 1;
    let mut extra = 0u8;
    let operand = match b {
        0x70..=0xaf => Operand::SmallInt(i64::from(b) - 0x80),
        0xb0..=0xbf => Operand::Local(u32::from(b - 0xb0)),
        0xc0..=0xcf => Operand::Local(u32::from(b - 0xc0)),
        0xd0..=0xd6 => Operand::Unary(UnaryOp::from_u8(b - 0xd0)?),
        0xd7..=0xff => Operand::Binary(BinaryOp::from_u8(b - 0xd7)?),
        0x10..=0x1c => {
            let (v, p) = decode_vuint(code, pos).ok()?;
            pos = p;
            Operand::Qstr(v)
        }
        0x22 => {
            let (v, p) = decode_svarint(code, pos).ok()?;
            pos = p;
            Operand::SmallInt(v)
        }
        0x23 => {
            let (v, p) = decode_vuint(code, pos).ok()?;
            pos = p;
            Operand::Obj(v)
        }
        0x24..=0x29 => {
            let (v, p) = decode_vuint(code, pos).ok()?;
            pos = p;
            Operand::Local(v)
        }
        0x20 | 0x21 | 0x32 | 0x33 => {
            let (v, p) = decode_vuint(code, pos).ok()?;
            pos = p;
            Operand::Child(v)
        }
        0x2a..=0x31 | 0x34..=0x37 => {
            let (v, p) = decode_vuint(code, pos).ok()?;
            pos = p;
            Operand::Uint(v)
        }
        0x40..=0x4b => {
            let signed = b <= 0x44;
            let (v, p) = decode_jump_offset(code, pos, signed).ok()?;
            pos = p;
            let t = pos as i64 + i64::from(v);
            if t < 0 {
                return None;
            }
            Operand::Jump(t as usize)
        }
        _ => Operand::None,
    };
    if matches!(b, 0x20 | 0x21 | 0x40) {
        extra = *code.get(pos)?;
        pos += 1;
    }
    Some(Instr {
        op,
        operand,
        extra,
        len: pos - ip,
    })
}

/// Native calls into Python nested deeper than this raise RuntimeError.
const MAX_NESTED_RUNS: usize = 120;

#[derive(Clone, Copy)]
pub struct ExcEntry {
    pub handler: usize,
    pub sp: usize,
    pub finally: bool,
    pub prev_exc: Value,
}

/// A frame's handler stack: most frames never push one, so it takes one word until they do
/// (the frame stays within the size the compiler copies without a call).
#[derive(Default)]
#[expect(
    clippy::box_collection,
    reason = "one word in the frame instead of three; the second allocation happens only for frames with handlers"
)]
pub struct ExcStack(Option<Box<Vec<ExcEntry>>>);

impl ExcStack {
    pub const fn new() -> ExcStack {
        ExcStack(None)
    }

    pub fn push(&mut self, e: ExcEntry) {
        self.0.get_or_insert_with(Default::default).push(e);
    }

    pub fn pop(&mut self) -> Option<ExcEntry> {
        self.0.as_mut()?.pop()
    }

    pub fn capacity(&self) -> usize {
        self.0.as_ref().map_or(0, |v| v.capacity())
    }
}

impl core::ops::Deref for ExcStack {
    type Target = [ExcEntry];
    fn deref(&self) -> &[ExcEntry] {
        self.0.as_deref().map_or(&[], |v| v.as_slice())
    }
}

impl core::ops::DerefMut for ExcStack {
    fn deref_mut(&mut self) -> &mut [ExcEntry] {
        match self.0.as_deref_mut() {
            Some(v) => v.as_mut_slice(),
            None => &mut [],
        }
    }
}

/// A frame's value stack: a buffer of fixed size (the slots above the depth `sp` hold stale
/// values, never read) and the depth. The inner loop works on the whole buffer with the
/// depth in a local, so entering and leaving it writes no slots; everything else sees the
/// live part as a slice (`Deref`) and pushes and pops as on a `Vec`. A boxed slice, not a
/// `Vec`, so that the frame stays within 128 bytes.
#[derive(Default)]
pub struct FrameStack {
    pub(crate) buf: Box<[Value]>,
    pub(crate) sp: usize,
}

impl FrameStack {
    /// A stack over `buf` (its contents are not read) with room for `room` values.
    pub fn with_buffer(buf: Box<[Value]>, room: usize) -> FrameStack {
        let mut s = FrameStack { buf, sp: 0 };
        s.reserve(room);
        s
    }

    /// The buffer, for reuse by another frame.
    pub fn into_buffer(self) -> Box<[Value]> {
        self.buf
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        if self.sp >= self.buf.len() {
            self.grow(self.sp + 1);
        }
        if let Some(slot) = self.buf.get_mut(self.sp) {
            *slot = v;
            self.sp += 1;
        }
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Value> {
        self.sp = self.sp.checked_sub(1)?;
        self.buf.get(self.sp).copied()
    }

    #[inline]
    pub fn truncate(&mut self, n: usize) {
        self.sp = self.sp.min(n);
    }

    #[inline]
    pub fn clear(&mut self) {
        self.sp = 0;
    }

    pub fn extend(&mut self, vals: impl IntoIterator<Item = Value>) {
        for v in vals {
            self.push(v);
        }
    }

    pub fn extend_from_slice(&mut self, vals: &[Value]) {
        self.extend(vals.iter().copied());
    }

    /// Room for `n` more values without growing.
    pub fn reserve(&mut self, n: usize) {
        if self.buf.len() < self.sp + n {
            self.grow(self.sp + n);
        }
    }

    /// Values the buffer holds (live or not): what the frame's memory is charged for.
    pub fn capacity(&self) -> usize {
        self.buf.len()
    }

    /// A bigger buffer with the live values (at least `want` slots; doubling).
    #[cold]
    fn grow(&mut self, want: usize) {
        let mut v = core::mem::take(&mut self.buf).into_vec();
        let n = want.max(2 * v.len()).max(4);
        v.resize(n, Value::NULL);
        self.buf = v.into_boxed_slice();
    }
}

impl core::ops::Deref for FrameStack {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        self.buf.get(..self.sp).unwrap_or(&[])
    }
}

impl core::ops::DerefMut for FrameStack {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        let sp = self.sp;
        self.buf.get_mut(..sp).unwrap_or(&mut [])
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    /// Called from bytecode: the result goes on the caller's stack.
    Call,
    /// `__init__` run for a class call: the instance goes on the caller's stack.
    Init(Value),
    /// `a.__op__(b)` run for BINARY_OP `op` (operator number, operands a and b): its result
    /// goes on the caller's stack, unless it is NotImplemented (then the operator goes on
    /// with the reflected method).
    BinOp(u8, Value, Value),
    /// Run by native code through a nested loop: the loop returns the result.
    Reentry,
    /// A generator's frame, resumed by a nested loop.
    Generator,
}

pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    /// Offset of the instruction being executed (for tracebacks and handlers).
    pub cur: usize,
    pub locals: Vec<Value>,
    pub stack: FrameStack,
    pub exc: ExcStack,
    pub globals: Value,
    /// The namespace of `*_NAME` opcodes when it is not `globals` (class bodies), else NULL.
    pub names: Value,
    pub kind: FrameKind,
    /// An exception to raise at `ip` when a generator resumes (`throw`).
    pub throw: Value,
}

// A frame is moved on every call and return; at 128 bytes or less the compiler moves it
// without calling `memcpy` (step 42 of docs/design/performance.md).
#[cfg(target_pointer_width = "64")]
const _: () = assert!(core::mem::size_of::<Frame>() <= 128);

impl Frame {
    pub fn bytes(&self) -> usize {
        Frame::bytes_of(self.locals.len(), self.stack.capacity())
            + self.exc.capacity() * core::mem::size_of::<ExcEntry>()
    }

    /// What a frame with `locals` local slots, a stack of `stack` values and no handlers
    /// takes (before it is built).
    #[inline]
    pub fn bytes_of(locals: usize, stack: usize) -> usize {
        (locals + stack) * core::mem::size_of::<Value>() + core::mem::size_of::<Frame>()
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        crate::trace::values(&self.locals, f);
        crate::trace::values(&self.stack, f);
        for e in self.exc.iter() {
            f(e.prev_exc);
        }
        f(self.globals);
        f(self.names);
        f(self.throw);
        match self.kind {
            FrameKind::Init(v) => f(v),
            FrameKind::BinOp(_, a, b) => {
                f(a);
                f(b);
            }
            _ => {}
        }
        crate::trace::values(&self.code.ctx.consts, f);
    }
}

/// How a nested run of the loop ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

pub(crate) enum Control {
    Next,
    Exit(Exit),
}

pub struct Config {
    pub heap_size: usize,
    pub gc_stress: bool,
    /// Maximum depth of Python calls.
    pub recursion_limit: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            heap_size: 8 * 1024 * 1024,
            gc_stress: false,
            recursion_limit: 2000,
        }
    }
}

/// What the VM needs from the port.
pub trait Port {
    fn write_stdout(&mut self, s: &[u8]);
    fn write_stderr(&mut self, s: &[u8]);
    /// Reads a whole file, or an errno.
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32>;
    /// Whether `path` is a directory.
    fn is_dir(&mut self, path: &str) -> bool;
    /// Monotonic time in microseconds.
    fn ticks_us(&mut self) -> u64 {
        0
    }
    fn sleep_us(&mut self, _us: u64) {}
    /// Wall-clock time: microseconds since the Unix epoch.
    fn time_us(&mut self) -> u64 {
        0
    }
    /// Opens the file `path` for writing — created if need be, emptied, or with `append`
    /// appended to — and gives a handle for [`Port::write_handle`], or an errno.
    fn open_write(&mut self, _path: &str, _append: bool) -> Result<i32, i32> {
        Err(95)
    }
    /// Writes all of `data` to an open file.
    fn write_handle(&mut self, _handle: i32, _data: &[u8]) -> Result<(), i32> {
        Err(9)
    }
    /// Closes an open file (closed or collected file object).
    fn close_handle(&mut self, _handle: i32) {}
    fn remove(&mut self, _path: &str) -> Result<(), i32> {
        Err(95)
    }
    fn mkdir(&mut self, _path: &str) -> Result<(), i32> {
        Err(95)
    }
    fn rmdir(&mut self, _path: &str) -> Result<(), i32> {
        Err(95)
    }
    fn rename(&mut self, _from: &str, _to: &str) -> Result<(), i32> {
        Err(95)
    }
    fn list_dir(&mut self, _path: &str) -> Result<Vec<alloc::string::String>, i32> {
        Err(95)
    }
    /// (is a directory, size in bytes).
    fn stat(&mut self, _path: &str) -> Result<(bool, u64), i32> {
        Err(2)
    }
    fn getcwd(&mut self) -> alloc::string::String {
        alloc::string::String::from("/")
    }
    /// All of stdin.
    fn read_stdin(&mut self) -> Vec<u8> {
        Vec::new()
    }
    /// Whether Ctrl-C was pressed since the last call (polled while code runs).
    fn interrupted(&mut self) -> bool {
        false
    }
    /// A line from stdin for `input()`, without its newline; `None` at end of input.
    fn read_line(&mut self) -> Option<alloc::string::String> {
        None
    }
}

pub struct Vm {
    pub heap: Heap,
    pub qstrs: Interner,
    /// The library: native functions and the code built for size (see [`crate::natives::Library`]).
    pub lib: &'static crate::natives::Library,
    pub frames: Vec<Frame>,
    /// Values native code keeps alive across calls into Python (see `heap` rooting rule).
    pub roots: Vec<Value>,
    pub t: Types,
    /// The builtins namespace (dict).
    pub builtins: Value,
    /// `sys.modules` (dict).
    pub modules: Value,
    pub sys_path: Value,
    pub argv: Value,
    pub port: Box<dyn Port>,
    pub config: Config,
    /// Preallocated: raised when the heap is full.
    pub memory_error: Value,
    pub nested: usize,
    /// Exceptions being handled by native code (for bare `raise` context).
    pub main_globals: Value,
    /// The slice BUILD_SLICE hands to a LOAD_SUBSCR/STORE_SUBSCR of a list, tuple, str or
    /// bytes that follows it at once (see [`Vm::scratch_slice`]); NULL until first needed.
    pub scratch_slice: Value,
    /// The builtin `len` (the inner loop answers `len(x)` of builtin values itself).
    pub len_fn: Value,
    /// Output written since the last flush (stdout is buffered, stderr is not).
    pub out: Vec<u8>,
    /// The opcode of each byte (a table, so decoding is one load).
    pub op_table: [Option<Opcode>; 256],
    /// Bytes of the frames on the frame stack (bounded by the heap size).
    pub frame_bytes: usize,
    /// Buffers (locals, stack) of returned frames, reused by the next calls.
    pub frame_pool: Vec<(Vec<Value>, Box<[Value]>)>,
    /// Methods the inner loop found on user classes (emptied when any class changes).
    pub method_cache: crate::fast::MethodCache,
    pub global_cache: crate::fast::GlobalCache,
    /// The qstr of each binary operator's special method, by operator number (0: none).
    pub op_q: [u32; 64],
    /// The qstr of each unary operator's special method, by operator number (0: none).
    pub unary_q: [u32; 16],
    /// Native methods of builtin types by (layout kind, qstr of the name).
    pub methods: ferrite_bytecode::Index,
    /// Current nesting of recursive data operations (==, <, hash, repr).
    pub data_depth: usize,
    /// Instructions executed (wrapping), to poll for Ctrl-C now and then.
    pub ticks: u32,
}

impl Vm {
    // ---------------------------------------------------------------- safe points and GC

    /// Collects garbage now: the roots are everything the VM holds.
    pub fn collect(&mut self) {
        let mut roots: Vec<Value> = Vec::with_capacity(256);
        for f in &self.frames {
            f.trace(&mut |v| roots.push(v));
        }
        roots.extend_from_slice(&self.roots);
        roots.extend_from_slice(&[
            self.builtins,
            self.modules,
            self.sys_path,
            self.argv,
            self.memory_error,
            self.main_globals,
            self.scratch_slice,
        ]);
        self.t.trace(&mut |v| roots.push(v));
        self.heap.collect(&mut roots.into_iter());
        self.global_cache.clear();
        for handle in core::mem::take(&mut self.heap.dead_handles) {
            self.port.close_handle(handle);
        }
    }

    #[inline]
    fn safe_point(&mut self) -> PyResult<()> {
        if self.heap.wants_collect() {
            self.collect();
        }
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks & 0x3ff == 0 && self.port.interrupted() {
            return Err(self.new_exc_msg_none(self.t.keyboard_interrupt));
        }
        Ok(())
    }

    // ---------------------------------------------------------------- running

    /// Runs the frame on top of `frames` (which the caller pushed, kind Reentry or Generator)
    /// until it returns or yields.
    pub fn run_top(&mut self) -> PyResult<Exit> {
        if self.nested >= MAX_NESTED_RUNS {
            self.recycle_top();
            return Err(self.recursion_error());
        }
        self.nested += 1;
        let base = self.frames.len() - 1;
        let r = self.run_loop(base);
        self.nested -= 1;
        r
    }

    fn run_loop(&mut self, base: usize) -> PyResult<Exit> {
        loop {
            match self.step(base) {
                Ok(Control::Next) => {}
                Ok(Control::Exit(e)) => return Ok(e),
                Err(e) => self.unwind(e, base)?,
            }
        }
    }

    pub fn recursion_error(&mut self) -> PyErr {
        self.new_exc_msg(self.t.runtime_error, "maximum recursion depth exceeded")
    }

    /// Pushes a frame for a Python-to-Python call, checking the depth.
    fn push_frame(&mut self, f: Frame) -> PyResult<()> {
        if self.frames.len() >= self.config.recursion_limit {
            return Err(self.recursion_error());
        }
        // Frames are not heap objects (they go when the call returns), but their memory is
        // bounded: the frame stack may use as much as the heap.
        let fb = f.bytes();
        if self.frame_bytes + fb > self.heap.limit.max(256 * 1024) {
            return Err(self.mem_error());
        }
        self.frame_bytes += fb;
        self.frames.push(f);
        Ok(())
    }

    /// Calls a bytecode function from native code: runs it to completion in a nested loop.
    pub fn run_frame(&mut self, mut f: Frame) -> PyResult<Value> {
        f.kind = FrameKind::Reentry;
        self.push_frame(f)?;
        match self.run_top()? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(v) => Ok(v),
        }
    }

    /// Dispatches an exception raised in the top frame: to a handler of that frame, or
    /// outwards through the frames above `base`. Err when it leaves the base frame.
    fn unwind(&mut self, err: PyErr, base: usize) -> PyResult<()> {
        let exc = err.0;
        let mut add_tb = true;
        loop {
            let fi = self.frames.len() - 1;
            let (cur, op, target) = {
                let fr = &self.frames[fi];
                let cur = fr.cur;
                match decode_instruction(&fr.code.bytecode, cur) {
                    Ok(i) => (cur, Some(i.op), i.jump_target()),
                    Err(_) => (cur, None, None),
                }
            };
            if self.is_stop_iteration(exc) {
                if op == Some(Opcode::ForIter) {
                    let fr = &mut self.frames[fi];
                    let n = fr.stack.len().saturating_sub(4);
                    fr.stack.truncate(n);
                    fr.ip = target.unwrap_or(fr.ip);
                    return Ok(());
                }
                if op == Some(Opcode::YieldFrom) {
                    let v = self.stop_iteration_value(exc);
                    let fr = &mut self.frames[fi];
                    if let Some(t) = fr.stack.last_mut() {
                        *t = v;
                    }
                    fr.ip = cur + 1;
                    return Ok(());
                }
            }
            let reraise = matches!(op, Some(Opcode::EndFinally) | Some(Opcode::RaiseLast));
            if add_tb && !reraise && exc != self.t.generator_exit_instance {
                let (file, line, name) = {
                    let fr = &self.frames[fi];
                    (fr.code.file(), fr.code.line_for(cur) as u32, fr.code.name)
                };
                self.add_traceback(exc, file, line, name);
            }
            add_tb = true;
            let ctx = self.frames[fi]
                .exc
                .iter()
                .rev()
                .find(|e| e.handler <= cur && !e.prev_exc.is_null() && e.prev_exc != exc)
                .map(|e| e.prev_exc);
            if let Some(c) = ctx {
                self.set_context(exc, c);
            }
            let fr = &mut self.frames[fi];
            while let Some(e) = fr.exc.last() {
                if e.handler <= cur {
                    fr.exc.pop();
                } else {
                    break;
                }
            }
            if let Some(e) = fr.exc.last_mut() {
                e.prev_exc = exc;
                let sp = e.sp;
                let h = e.handler;
                fr.stack.truncate(sp);
                fr.stack.push(exc);
                fr.ip = h;
                return Ok(());
            }
            // Not handled here: the frame ends.
            if fi == base {
                self.recycle_top();
                return Err(err);
            }
            self.recycle_top();
        }
    }

    /// Delivers a return value from the top frame.
    fn do_return(&mut self, v: Value, base: usize) -> PyResult<Control> {
        let fi = self.frames.len() - 1;
        let kind = self.frames[fi].kind;
        let is_base = fi == base;
        if !(is_base && kind == FrameKind::Generator) {
            self.recycle_top();
        }
        if is_base {
            return Ok(Control::Exit(Exit::Return(v)));
        }
        let result = match kind {
            FrameKind::Init(inst) => {
                if !v.is_none() {
                    return Err(self.init_result_error(v));
                }
                inst
            }
            FrameKind::BinOp(op, a, b) if v == Value::NOT_IMPLEMENTED => {
                // The operands were rooted by the frame that is gone now.
                let mark = self.roots.len();
                self.roots.extend_from_slice(&[a, b]);
                let r = match ferrite_bytecode::BinaryOp::from_u8(op) {
                    Some(op) => self.binop_after_forward(op, a, b),
                    None => Ok(v),
                };
                self.roots.truncate(mark);
                r?
            }
            _ => v,
        };
        self.top().stack.push(result);
        Ok(Control::Next)
    }

    /// Pops the top frame, keeping its buffers for the next call.
    pub(crate) fn recycle_top(&mut self) {
        // The frame is dropped where it lies (not moved out first).
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        if f.kind != FrameKind::Generator {
            self.release_frame(self.frames.len() - 1);
        }
        self.frames.truncate(self.frames.len() - 1);
    }

    /// Gives frame `fi`'s memory back to the frame budget and its buffers to the pool (a
    /// generator's frame keeps them: it lives on in the generator).
    #[inline(always)]
    pub(crate) fn release_frame(&mut self, fi: usize) {
        let f = &mut self.frames[fi];
        self.frame_bytes = self.frame_bytes.saturating_sub(f.bytes());
        if self.frame_pool.len() < 64 {
            self.frame_pool.push((
                core::mem::take(&mut f.locals),
                core::mem::take(&mut f.stack).into_buffer(),
            ));
        }
    }

    #[inline]
    pub(crate) fn top(&mut self) -> &mut Frame {
        let n = self.frames.len() - 1;
        &mut self.frames[n]
    }

    /// Drops the top `n` values of the stack.
    #[inline]
    fn popn(&mut self, n: usize) {
        let s = &mut self.top().stack;
        let keep = s.len().saturating_sub(n);
        s.truncate(keep);
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.top().stack.pop().unwrap_or(Value::NULL)
    }

    #[inline]
    fn push(&mut self, v: Value) {
        self.top().stack.push(v);
    }

    #[inline]
    fn peek(&mut self, n: usize) -> Value {
        let s = &self.top().stack;
        if n < s.len() {
            s[s.len() - 1 - n]
        } else {
            Value::NULL
        }
    }

    #[inline]
    fn qstr_arg(&self, i: u32) -> u32 {
        let fr = &self.frames[self.frames.len() - 1];
        fr.code.ctx.qstrs.get(i as usize).copied().unwrap_or(0)
    }

    /// Executes one instruction of the top frame.
    fn step(&mut self, base: usize) -> PyResult<Control> {
        // The inner loop first (it allocates nothing while the heap wants a collection), then
        // the safe point, just before the instruction it stopped at: a collection there sees
        // what the inner loop's stores let go of (`big = None` before `small = []` with a
        // full heap).
        if let Some(c) = self.run_fast(base)? {
            return Ok(c);
        }
        self.safe_point()?;
        let fi = self.frames.len() - 1;
        let (instr, cur) = {
            let fr = &mut self.frames[fi];
            // A generator resumed with `throw`: raise at the resume point.
            if !fr.throw.is_null() {
                let t = core::mem::replace(&mut fr.throw, Value::NULL);
                fr.cur = fr.ip;
                let at_yield_from = fr.code.bytecode.get(fr.ip) == Some(&(Opcode::YieldFrom as u8));
                if !at_yield_from {
                    return Err(PyErr(t));
                }
                // Delegate the throw to the sub-iterator (the sent value is not used).
                fr.stack.pop();
                fr.ip += 1;
                return self.yield_from(Value::NULL, t, base);
            }
            let cur = fr.ip;
            fr.cur = cur;
            match fetch(&fr.code.bytecode, cur, &self.op_table) {
                Some(i) => {
                    fr.ip = cur + i.len;
                    (i, cur)
                }
                None => {
                    return Err(self.new_exc_msg(self.t.runtime_error, "corrupt bytecode"));
                }
            }
        };
        let _ = cur;
        let arg = instr.arg_u32();
        match instr.op {
            Opcode::LoadConstFalse => self.push(Value::FALSE),
            Opcode::LoadConstNone => self.push(Value::NONE),
            Opcode::LoadConstTrue => self.push(Value::TRUE),
            Opcode::LoadNull => self.push(Value::NULL),
            Opcode::LoadConstSmallInt | Opcode::LoadConstSmallIntMulti => {
                let Operand::SmallInt(i) = instr.operand else {
                    return Err(self.corrupt());
                };
                let v = self.new_int(i)?;
                self.push(v);
            }
            Opcode::LoadConstString => {
                let q = self.qstr_arg(arg);
                self.push(Value::qstr(q));
            }
            Opcode::LoadConstObj => {
                let fr = self.top();
                let v = fr.code.ctx.consts.get(arg as usize).copied();
                match v {
                    Some(v) => fr.stack.push(v),
                    None => return Err(self.corrupt()),
                }
            }
            Opcode::LoadFastN | Opcode::LoadFastMulti => {
                let v = self
                    .top()
                    .locals
                    .get(arg as usize)
                    .copied()
                    .unwrap_or(Value::NULL);
                if v.is_null() {
                    return Err(self.unbound_local(arg));
                }
                self.push(v);
            }
            Opcode::StoreFastN | Opcode::StoreFastMulti => {
                let v = self.pop();
                if let Some(s) = self.top().locals.get_mut(arg as usize) {
                    *s = v;
                }
            }
            Opcode::DeleteFast => {
                let fr = self.top();
                let Some(s) = fr.locals.get_mut(arg as usize) else {
                    return Err(self.corrupt());
                };
                if s.is_null() {
                    return Err(self.unbound_local(arg));
                }
                *s = Value::NULL;
            }
            Opcode::LoadDeref => {
                let cell = self
                    .top()
                    .locals
                    .get(arg as usize)
                    .copied()
                    .unwrap_or(Value::NULL);
                let v = match self.heap.get(cell) {
                    Some(Obj::Cell(v)) => *v,
                    _ => Value::NULL,
                };
                if v.is_null() {
                    return Err(self.unbound_local(arg));
                }
                self.push(v);
            }
            Opcode::StoreDeref | Opcode::DeleteDeref => {
                let v = if instr.op == Opcode::StoreDeref {
                    self.pop()
                } else {
                    Value::NULL
                };
                let cell = self
                    .top()
                    .locals
                    .get(arg as usize)
                    .copied()
                    .unwrap_or(Value::NULL);
                match self.heap.get_mut(cell) {
                    Some(Obj::Cell(c)) => {
                        if v.is_null() && c.is_null() {
                            return Err(self.unbound_local(arg));
                        }
                        *c = v
                    }
                    _ => return Err(self.corrupt()),
                }
            }
            Opcode::LoadName => {
                let q = self.qstr_arg(arg);
                let v = self.load_name(q)?;
                self.push(v);
            }
            Opcode::LoadGlobal => {
                let q = self.qstr_arg(arg);
                let g = self.top().globals;
                let v = self.load_global(g, q)?;
                self.push(v);
            }
            Opcode::StoreName => {
                let q = self.qstr_arg(arg);
                let v = self.pop();
                let fr = self.top();
                let ns = if fr.names.is_null() {
                    fr.globals
                } else {
                    fr.names
                };
                self.dict_set_str(ns, q, v)?;
            }
            Opcode::StoreGlobal => {
                let q = self.qstr_arg(arg);
                let v = self.pop();
                let g = self.top().globals;
                self.dict_set_str(g, q, v)?;
            }
            Opcode::DeleteName | Opcode::DeleteGlobal => {
                let q = self.qstr_arg(arg);
                let fr = self.top();
                let ns = if instr.op == Opcode::DeleteName && !fr.names.is_null() {
                    fr.names
                } else {
                    fr.globals
                };
                if self.dict_del(ns, Value::qstr(q))?.is_none() {
                    let name = self.qstrs.get(q).to_string();
                    return Err(self.name_error(&name));
                }
            }
            Opcode::LoadAttr => {
                let q = self.qstr_arg(arg);
                let o = self.pop();
                self.push(o);
                let v = self.load_attr(o, q)?;
                let fr = self.top();
                if let Some(t) = fr.stack.last_mut() {
                    *t = v;
                }
            }
            Opcode::LoadMethod => {
                let q = self.qstr_arg(arg);
                let o = self.peek(0);
                let (m, s) = self.load_method(o, q)?;
                let fr = self.top();
                fr.stack.pop();
                fr.stack.push(m);
                fr.stack.push(s);
            }
            Opcode::LoadSuperMethod => {
                let q = self.qstr_arg(arg);
                let obj = self.peek(0);
                let cls = self.peek(1);
                let (m, s) = self.super_method(cls, obj, q)?;
                self.popn(3);
                self.push(m);
                self.push(s);
            }
            Opcode::StoreAttr => {
                let q = self.qstr_arg(arg);
                let o = self.peek(0);
                let v = self.peek(1);
                self.store_attr(o, q, v)?;
                self.pop();
                self.pop();
            }
            Opcode::LoadSubscr => {
                let idx = self.peek(0);
                let o = self.peek(1);
                let v = self.subscr(o, idx)?;
                let fr = self.top();
                fr.stack.pop();
                if let Some(t) = fr.stack.last_mut() {
                    *t = v;
                }
            }
            Opcode::StoreSubscr => {
                let idx = self.peek(0);
                let o = self.peek(1);
                let v = self.peek(2);
                self.store_subscr(o, idx, v)?;
                self.popn(3);
            }
            Opcode::DupTop => {
                let v = self.peek(0);
                self.push(v);
            }
            Opcode::DupTopTwo => {
                let a = self.peek(1);
                let b = self.peek(0);
                self.push(a);
                self.push(b);
            }
            Opcode::PopTop => {
                self.pop();
            }
            Opcode::RotTwo => {
                let s = &mut self.top().stack;
                let n = s.len();
                if n >= 2 {
                    s.swap(n - 1, n - 2);
                }
            }
            Opcode::RotThree => {
                let s = &mut self.top().stack;
                let n = s.len();
                if n >= 3 {
                    let t = s[n - 1];
                    s[n - 1] = s[n - 2];
                    s[n - 2] = s[n - 3];
                    s[n - 3] = t;
                }
            }
            Opcode::Jump => {
                let t = instr.jump_target().unwrap_or(0);
                self.top().ip = t;
            }
            Opcode::PopJumpIfTrue | Opcode::PopJumpIfFalse => {
                let v = self.pop();
                let b = self.truthy(v)?;
                if b == (instr.op == Opcode::PopJumpIfTrue) {
                    let t = instr.jump_target().unwrap_or(0);
                    self.top().ip = t;
                }
            }
            Opcode::JumpIfTrueOrPop | Opcode::JumpIfFalseOrPop => {
                let v = self.peek(0);
                let b = self.truthy(v)?;
                if b == (instr.op == Opcode::JumpIfTrueOrPop) {
                    let t = instr.jump_target().unwrap_or(0);
                    self.top().ip = t;
                } else {
                    self.pop();
                }
            }
            Opcode::SetupExcept | Opcode::SetupFinally => {
                let fr = self.top();
                let sp = fr.stack.len();
                fr.exc.push(ExcEntry {
                    handler: instr.jump_target().unwrap_or(0),
                    sp,
                    finally: instr.op == Opcode::SetupFinally,
                    prev_exc: Value::NULL,
                });
            }
            Opcode::SetupWith => {
                let ctx = self.peek(0);
                let q_exit = crate::qstr::q::EXIT;
                let q_enter = crate::qstr::q::ENTER;
                let (em, es) = self.load_method(ctx, q_exit)?;
                let (nm, ns) = self.load_method(ctx, q_enter)?;
                {
                    let fr = self.top();
                    fr.stack.pop();
                    fr.stack.push(em);
                    fr.stack.push(es);
                }
                let r = self.call_method_value(nm, ns, &[])?;
                let fr = self.top();
                let sp = fr.stack.len();
                fr.exc.push(ExcEntry {
                    handler: instr.jump_target().unwrap_or(0),
                    sp,
                    finally: true,
                    prev_exc: Value::NULL,
                });
                fr.stack.push(r);
            }
            Opcode::WithCleanup => self.with_cleanup()?,
            Opcode::EndFinally => {
                self.top().exc.pop();
                let v = self.pop();
                if v.is_none() || v.is_null() {
                } else if let Some(c) = v.as_small() {
                    if c < 0 {
                        return self.do_return_value(base);
                    }
                    return self.unwind_jump(c as usize);
                } else {
                    return Err(PyErr(v));
                }
            }
            Opcode::PopExceptJump => {
                let t = instr.jump_target().unwrap_or(0);
                let fr = self.top();
                fr.exc.pop();
                fr.ip = t;
            }
            Opcode::UnwindJump => {
                let t = instr.jump_target().unwrap_or(0);
                let fr = self.top();
                fr.stack.push(Value::small(t as isize));
                return self.unwind_jump(instr.extra as usize);
            }
            Opcode::GetIter => {
                let o = self.pop();
                let it = self.get_iter(o)?;
                self.push(it);
            }
            Opcode::GetIterStack => {
                let o = self.peek(0);
                let it = self.get_iter(o)?;
                let fr = self.top();
                fr.stack.pop();
                fr.stack
                    .extend_from_slice(&[Value::NULL, it, Value::NULL, Value::NULL]);
            }
            Opcode::ForIter => {
                let it = self.peek(2);
                match self.iter_next(it)? {
                    Some(v) => self.push(v),
                    None => {
                        let t = instr.jump_target().unwrap_or(0);
                        let fr = self.top();
                        let n = fr.stack.len().saturating_sub(4);
                        fr.stack.truncate(n);
                        fr.ip = t;
                    }
                }
            }
            Opcode::BuildTuple | Opcode::BuildList | Opcode::BuildSet => {
                let n = arg as usize;
                // `s - {k}`: the difference made without building the one-item set.
                if instr.op == Opcode::BuildSet && n == 1 {
                    let fr = self.top();
                    if fr.code.bytecode.get(fr.ip) == Some(&SUBTRACT_OP) {
                        let (s, k) = (self.peek(1), self.peek(0));
                        if let Some(r) = self.set_without(s, k) {
                            let v = r?;
                            let fr = self.top();
                            fr.ip += 1;
                            fr.stack.pop();
                            if let Some(t) = fr.stack.last_mut() {
                                *t = v;
                            }
                            return Ok(Control::Next);
                        }
                    }
                }
                let fr = self.top();
                let at = fr.stack.len().saturating_sub(n);
                let items: Vec<Value> = fr.stack[at..].to_vec();
                let v = match instr.op {
                    Opcode::BuildTuple => self.new_tuple(items)?,
                    Opcode::BuildList => self.new_list(items)?,
                    _ => self.set_from_items(&items, false)?,
                };
                let fr = self.top();
                fr.stack.truncate(at);
                fr.stack.push(v);
            }
            Opcode::BuildMap => {
                let d = self.new_dict()?;
                self.push(d);
            }
            Opcode::StoreMap => {
                let k = self.peek(0);
                let v = self.peek(1);
                let d = self.peek(2);
                self.dict_set(d, k, v)?;
                self.popn(2);
            }
            Opcode::BuildSlice => {
                if self.fused_slice(arg as usize)? {
                    return Ok(Control::Next);
                }
                let step = if arg == 3 { self.pop() } else { Value::NONE };
                let stop = self.pop();
                let start = self.pop();
                let v = match self.scratch_slice(start, stop, step) {
                    Some(v) => v,
                    None => self.alloc(Obj::Slice(start, stop, step))?,
                };
                self.push(v);
            }
            Opcode::StoreComp => {
                let kind = arg & 3;
                let depth = (arg >> 2) as usize;
                let fr = self.top();
                let n = fr.stack.len();
                let coll = if depth < n {
                    fr.stack[n - 1 - depth]
                } else {
                    Value::NULL
                };
                if kind == 1 {
                    let k = self.pop();
                    let v = self.pop();
                    self.dict_set(coll, k, v)?;
                } else {
                    let v = self.peek(0);
                    if kind == 0 {
                        self.list_append(coll, v)?;
                    } else {
                        self.set_add(coll, v)?;
                    }
                    self.pop();
                }
            }
            Opcode::UnpackSequence => {
                let seq = self.peek(0);
                let items = self.unpack(seq, arg as usize)?;
                let fr = self.top();
                fr.stack.pop();
                fr.stack.extend(items.iter().rev().copied());
            }
            Opcode::UnpackEx => {
                let seq = self.peek(0);
                let l = (arg & 0xff) as usize;
                let r = ((arg >> 8) & 0xff) as usize;
                let items = self.iter_to_vec(seq)?;
                if items.len() < l + r {
                    return Err(self.new_exc_msg(
                        self.t.value_error,
                        &alloc::format!("need more than {} values to unpack", items.len()),
                    ));
                }
                let mid = items[l..items.len() - r].to_vec();
                let midv = self.new_list(mid)?;
                let fr = self.top();
                fr.stack.pop();
                for &v in items[items.len() - r..].iter().rev() {
                    fr.stack.push(v);
                }
                fr.stack.push(midv);
                for &v in items[..l].iter().rev() {
                    fr.stack.push(v);
                }
            }
            Opcode::MakeFunction
            | Opcode::MakeFunctionDefargs
            | Opcode::MakeClosure
            | Opcode::MakeClosureDefargs => {
                let n_cells =
                    if matches!(instr.op, Opcode::MakeClosure | Opcode::MakeClosureDefargs) {
                        instr.extra as usize
                    } else {
                        0
                    };
                let fr = self.top();
                let at = fr.stack.len().saturating_sub(n_cells);
                let cells: Box<[Value]> = fr.stack[at..].into();
                fr.stack.truncate(at);
                let (defaults, kwdefaults) = if matches!(
                    instr.op,
                    Opcode::MakeFunctionDefargs | Opcode::MakeClosureDefargs
                ) {
                    let kw = self.pop();
                    let d = self.pop();
                    (d, kw)
                } else {
                    (Value::NULL, Value::NULL)
                };
                let fr = self.top();
                let Some(code) = fr.code.children.get(arg as usize).cloned() else {
                    return Err(self.corrupt());
                };
                let globals = fr.globals;
                let f = self.alloc(Obj::Function(Box::new(crate::obj::FunObj {
                    code,
                    globals,
                    defaults,
                    kwdefaults,
                    closure: cells,
                    dict: Value::NULL,
                })))?;
                self.push(f);
            }
            Opcode::CallFunction | Opcode::CallFunctionVarKw => {
                let n_pos = (arg & 0xff) as usize;
                let n_kw = ((arg >> 8) & 0xff) as usize;
                let var = instr.op == Opcode::CallFunctionVarKw;
                return self.op_call(n_pos, n_kw, var, false);
            }
            Opcode::CallMethod | Opcode::CallMethodVarKw => {
                let n_pos = (arg & 0xff) as usize;
                let n_kw = ((arg >> 8) & 0xff) as usize;
                let var = instr.op == Opcode::CallMethodVarKw;
                return self.op_call(n_pos, n_kw, var, true);
            }
            Opcode::ReturnValue => return self.do_return_value(base),
            Opcode::RaiseLast => {
                let fr = self.top();
                let last = fr
                    .exc
                    .iter()
                    .rev()
                    .find(|e| !e.prev_exc.is_null())
                    .map(|e| e.prev_exc);
                return Err(match last {
                    Some(e) => PyErr(e),
                    None => {
                        self.new_exc_msg(self.t.runtime_error, "no active exception to reraise")
                    }
                });
            }
            Opcode::RaiseObj => {
                let v = self.pop();
                return Err(self.make_raise(v)?);
            }
            Opcode::RaiseFrom => {
                let cause = self.pop();
                let v = self.pop();
                let e = self.make_raise(v)?;
                let cause = if cause.is_none() {
                    Value::NONE
                } else {
                    self.make_raise(cause)?.0
                };
                if let Some(Obj::Exception(x)) = self.heap.get_mut(e.0) {
                    x.cause = cause;
                    x.suppress_context = true;
                }
                return Err(e);
            }
            Opcode::YieldValue => {
                let v = self.peek(0);
                if self.frames.len() - 1 != base || self.top().kind != FrameKind::Generator {
                    return Err(self.corrupt());
                }
                return Ok(Control::Exit(Exit::Yield(v)));
            }
            Opcode::YieldFrom => {
                let send = self.pop();
                return self.yield_from(send, Value::NULL, base);
            }
            Opcode::ImportName => {
                let q = self.qstr_arg(arg);
                let fromlist = self.peek(0);
                let level = self.peek(1);
                let g = self.top().globals;
                let m = (self.lib.import_name)(self, q, fromlist, level, g)?;
                self.pop();
                self.pop();
                self.push(m);
            }
            Opcode::ImportFrom => {
                let q = self.qstr_arg(arg);
                let m = self.peek(0);
                let v = (self.lib.import_from)(self, m, q)?;
                self.push(v);
            }
            Opcode::ImportStar => {
                let m = self.pop();
                let fr = self.top();
                let ns = if fr.names.is_null() {
                    fr.globals
                } else {
                    fr.names
                };
                (self.lib.import_star)(self, m, ns)?;
            }
            Opcode::LoadBuildClass => {
                let v = self.native_value("__build_class__");
                self.push(v);
            }
            Opcode::UnaryOpMulti => {
                let Operand::Unary(op) = instr.operand else {
                    return Err(self.corrupt());
                };
                let v = self.peek(0);
                let r = self.unary_op(op, v)?;
                if let Some(t) = self.top().stack.last_mut() {
                    *t = r;
                }
            }
            Opcode::BinaryOpMulti => {
                let Operand::Binary(op) = instr.operand else {
                    return Err(self.corrupt());
                };
                let b = self.peek(0);
                let a = self.peek(1);
                let r = self.binary_op(op, a, b)?;
                let fr = self.top();
                fr.stack.pop();
                if let Some(t) = fr.stack.last_mut() {
                    *t = r;
                }
            }
        }
        Ok(Control::Next)
    }

    fn corrupt(&mut self) -> PyErr {
        self.new_exc_msg(self.t.runtime_error, "corrupt bytecode")
    }

    fn unbound_local(&mut self, slot: u32) -> PyErr {
        let _ = slot;
        self.new_exc_msg(
            self.t.name_error,
            "local variable referenced before assignment",
        )
    }

    /// RETURN_VALUE, also resumed by END_FINALLY for a pending return (§5.6.3).
    fn do_return_value(&mut self, base: usize) -> PyResult<Control> {
        let ret = self.pop();
        loop {
            let fr = self.top();
            let ip = fr.ip;
            let Some(e) = fr.exc.last().copied() else {
                break;
            };
            if e.finally {
                if e.handler >= ip {
                    fr.stack.truncate(e.sp);
                    fr.stack.push(ret);
                    fr.stack.push(Value::small(-1));
                    fr.ip = e.handler;
                    return Ok(Control::Next);
                }
                Self::cancel_active_finally(fr);
            }
            fr.exc.pop();
        }
        self.do_return(ret, base)
    }

    fn cancel_active_finally(fr: &mut Frame) {
        let n = fr.stack.len();
        if n >= 2 && fr.stack[n - 2].is_small() {
            if n >= 3 {
                fr.stack[n - 3] = fr.stack[n - 1];
                fr.stack.truncate(n - 2);
            }
        } else if n >= 2 {
            fr.stack[n - 2] = fr.stack[n - 1];
            fr.stack.truncate(n - 1);
        }
    }

    /// The unwinding part of UNWIND_JUMP (§5.6.5); the target is on the stack.
    fn unwind_jump(&mut self, mut u: usize) -> PyResult<Control> {
        let fr = self.top();
        let ip = fr.ip;
        while u & 0x7f > 0 {
            u -= 1;
            let Some(e) = fr.exc.last().copied() else {
                break;
            };
            if e.finally {
                if e.handler >= ip {
                    fr.stack.push(Value::small(u as isize));
                    fr.ip = e.handler;
                    return Ok(Control::Next);
                }
                Self::cancel_active_finally(fr);
            }
            fr.exc.pop();
        }
        let t = fr.stack.pop().and_then(|v| v.as_small()).unwrap_or(0);
        if u != 0 {
            let n = fr.stack.len().saturating_sub(4);
            fr.stack.truncate(n);
        }
        fr.ip = t as usize;
        Ok(Control::Next)
    }

    fn with_cleanup(&mut self) -> PyResult<()> {
        let tos = self.peek(0);
        if tos.is_none() || tos.is_null() {
            let es = self.peek(1);
            let em = self.peek(2);
            self.call_method_value(em, es, &[Value::NONE, Value::NONE, Value::NONE])?;
            let fr = self.top();
            let n = fr.stack.len().saturating_sub(3);
            fr.stack.truncate(n);
            fr.stack.push(Value::NONE);
        } else if tos.is_small() {
            let x = self.peek(1);
            let es = self.peek(2);
            let em = self.peek(3);
            self.call_method_value(em, es, &[Value::NONE, Value::NONE, Value::NONE])?;
            let fr = self.top();
            let n = fr.stack.len().saturating_sub(4);
            fr.stack.truncate(n);
            fr.stack.push(x);
            fr.stack.push(tos);
        } else {
            let es = self.peek(1);
            let em = self.peek(2);
            let ty = self.type_of(tos);
            let r = self.call_method_value(em, es, &[ty, tos, Value::NONE])?;
            let swallow = self.truthy(r)?;
            let fr = self.top();
            let n = fr.stack.len().saturating_sub(3);
            fr.stack.truncate(n);
            fr.stack.push(if swallow { Value::NONE } else { tos });
        }
        Ok(())
    }

    /// Calls `meth` as LOAD_METHOD left it: with `self_` prepended unless it is NULL.
    pub fn call_method_value(
        &mut self,
        meth: Value,
        self_: Value,
        args: &[Value],
    ) -> PyResult<Value> {
        if self_.is_null() {
            self.call(meth, args, &[])
        } else {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(self_);
            all.extend_from_slice(args);
            self.call(meth, &all, &[])
        }
    }

    /// CALL_FUNCTION / CALL_METHOD and their VAR_KW forms.
    fn op_call(&mut self, n_pos: usize, n_kw: usize, var: bool, method: bool) -> PyResult<Control> {
        let extra = usize::from(var);
        let slots = n_pos + 2 * n_kw + extra + 1 + usize::from(method);
        let fr = self.top();
        if fr.stack.len() < slots {
            return Err(self.corrupt());
        }
        let at = fr.stack.len() - slots;
        let f = fr.stack[at];
        // The common call: positional arguments only, few of them: no heap buffer.
        if !var && n_kw == 0 && n_pos < 8 {
            let mut buf = [Value::NULL; 9];
            let mut n = 0;
            let mut first = at + 1;
            if method {
                let s = fr.stack[at + 1];
                first += 1;
                if !s.is_null() {
                    buf[0] = s;
                    n = 1;
                }
            }
            buf[n..n + n_pos].copy_from_slice(&fr.stack[first..first + n_pos]);
            n += n_pos;
            return match self.call_from_loop(f, &buf[..n], &[])? {
                Some(v) => {
                    let fr = self.top();
                    fr.stack.truncate(at);
                    fr.stack.push(v);
                    Ok(Control::Next)
                }
                None => {
                    let n = self.frames.len();
                    self.frames[n - 2].stack.truncate(at);
                    Ok(Control::Next)
                }
            };
        }
        let mut pos: Vec<Value> = Vec::with_capacity(n_pos + 1);
        let mut first = at + 1;
        if method {
            let s = fr.stack[at + 1];
            first += 1;
            if !s.is_null() {
                pos.push(s);
            }
        }
        let args_end = first + n_pos + 2 * n_kw;
        let mut kw: Vec<(Value, Value)> = Vec::new();
        if !var {
            pos.extend_from_slice(&fr.stack[first..first + n_pos]);
            for k in 0..n_kw {
                let i = first + n_pos + 2 * k;
                kw.push((fr.stack[i], fr.stack[i + 1]));
            }
        } else {
            let bitmap = fr.stack[args_end].as_small().unwrap_or(0) as usize;
            let raw: Vec<Value> = fr.stack[first..args_end].to_vec();
            for (i, &v) in raw[..n_pos].iter().enumerate() {
                if i < usize::BITS as usize && bitmap & (1 << i) != 0 {
                    let items = self.iter_to_vec(v)?;
                    pos.extend(items);
                } else {
                    pos.push(v);
                }
            }
            for k in 0..n_kw {
                let (key, val) = (raw[n_pos + 2 * k], raw[n_pos + 2 * k + 1]);
                if key.is_null() {
                    self.expand_kwargs(val, &mut kw)?;
                } else {
                    kw.push((key, val));
                }
            }
        }
        // Keep everything rooted: the stack keeps the originals, `roots` the expansions.
        let mark = self.roots.len();
        if var {
            self.roots.extend(pos.iter().copied());
            self.roots.extend(kw.iter().flat_map(|&(k, v)| [k, v]));
        }
        let r = self.call_from_loop(f, &pos, &kw);
        self.roots.truncate(mark);
        match r? {
            Some(v) => {
                let fr = self.top();
                fr.stack.truncate(at);
                fr.stack.push(v);
            }
            None => {
                // A frame was pushed; the caller's call slots go away now.
                let n = self.frames.len();
                let caller = &mut self.frames[n - 2];
                caller.stack.truncate(at);
            }
        }
        Ok(Control::Next)
    }

    /// Calls `f` from the loop: bytecode functions (and classes with a bytecode `__init__`)
    /// get a frame pushed (`None`); anything else runs now (`Some(result)`).
    pub(crate) fn call_from_loop(
        &mut self,
        f: Value,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Option<Value>> {
        match self.heap.get(f) {
            Some(Obj::Function(_)) => {
                let fr = self.make_frame(f, pos, kw)?;
                if fr.code.is_generator() {
                    return Ok(Some(self.new_generator(fr)?));
                }
                self.push_frame(fr)?;
                Ok(None)
            }
            Some(Obj::BoundMethod(m, s)) => {
                let (m, s) = (*m, *s);
                if let Some(Obj::Function(_)) = self.heap.get(m) {
                    if pos.len() < 8 {
                        let mut buf = [Value::NULL; 9];
                        buf[0] = s;
                        buf[1..=pos.len()].copy_from_slice(pos);
                        return self.call_from_loop(m, &buf[..=pos.len()], kw);
                    }
                    let mut all = Vec::with_capacity(pos.len() + 1);
                    all.push(s);
                    all.extend_from_slice(pos);
                    return self.call_from_loop(m, &all, kw);
                }
                Ok(Some(self.call(f, pos, kw)?))
            }
            // `str(x)`, `int(x)`, `list(x)`...: the builtin type's constructor, at once.
            Some(Obj::Type(t)) if t.builtin && t.kind != crate::obj::Kind::Exception => {
                let kind = t.kind;
                Ok(Some(crate::natives::construct(self, kind, f, pos, kw)?))
            }
            // A user class or an exception type.
            Some(Obj::Type(_)) => match self.instantiate(f, pos, kw)? {
                crate::types::NewInstance::Done(v) => Ok(Some(v)),
                crate::types::NewInstance::Init(inst, init) => {
                    let mut all = Vec::with_capacity(pos.len() + 1);
                    all.push(inst);
                    all.extend_from_slice(pos);
                    let mut fr = self.make_frame(init, &all, kw)?;
                    if fr.code.is_generator() {
                        return Err(
                            self.type_error("__init__() should return None, not 'generator'")
                        );
                    }
                    fr.kind = FrameKind::Init(inst);
                    self.push_frame(fr)?;
                    Ok(None)
                }
            },
            _ => Ok(Some(self.call(f, pos, kw)?)),
        }
    }

    /// For BUILD_SLICE of small ints or None followed at once by LOAD_SUBSCR or
    /// STORE_SUBSCR on a list, tuple, str, bytes or bytearray (on top of the stack): one
    /// slice object kept by the VM, set to these bounds, instead of a new one. Those
    /// subscripts read the bounds and never keep the slice, and no Python code runs between
    /// (the bounds need no `__index__`), so no one sees it change. None otherwise.
    fn scratch_slice(&mut self, start: Value, stop: Value, step: Value) -> Option<Value> {
        let plain = |v: Value| v.is_none() || v.is_small();
        if !(plain(start) && plain(stop) && plain(step)) {
            return None;
        }
        let fr = self.frames.last()?;
        if !matches!(fr.code.bytecode.get(fr.ip), Some(0x55 | 0x56)) {
            return None;
        }
        let seq = *fr.stack.last()?;
        use crate::obj::Kind;
        if !matches!(
            crate::fast::builtin_kind(&self.heap, seq),
            Some(Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray)
        ) {
            return None;
        }
        if self.scratch_slice.is_null() {
            if self.heap.wants_collect() {
                return None;
            }
            self.scratch_slice = self.heap.alloc(Obj::Slice(start, stop, step)).ok()?;
            return Some(self.scratch_slice);
        }
        match self.heap.get_mut(self.scratch_slice) {
            Some(Obj::Slice(a, b, c)) => {
                (*a, *b, *c) = (start, stop, step);
                Some(self.scratch_slice)
            }
            _ => None,
        }
    }

    /// The error of an `__init__` that returned `v`, not None.
    #[cold]
    fn init_result_error(&mut self, v: Value) -> PyErr {
        let tn = self.type_name(v);
        self.type_error(&alloc::format!("__init__() should return None, not '{tn}'"))
    }

    /// Calls any callable from native code.
    pub fn call(&mut self, f: Value, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        if let Some(id) = f.as_native() {
            // The arguments may be fresh values only the caller's Rust locals hold.
            let mark = self.roots.len();
            self.roots.extend_from_slice(pos);
            self.roots.extend(kw.iter().flat_map(|&(k, v)| [k, v]));
            let r = crate::natives::call_native(self, id, pos, kw);
            self.roots.truncate(mark);
            return r;
        }
        match self.heap.get(f) {
            Some(Obj::Function(_)) => {
                let fr = self.make_frame(f, pos, kw)?;
                if fr.code.is_generator() {
                    return self.new_generator(fr);
                }
                self.run_frame(fr)
            }
            Some(Obj::BoundMethod(m, s)) => {
                let (m, s) = (*m, *s);
                let mut all = Vec::with_capacity(pos.len() + 1);
                all.push(s);
                all.extend_from_slice(pos);
                self.call(m, &all, kw)
            }
            Some(Obj::Type(_)) => match self.instantiate(f, pos, kw)? {
                crate::types::NewInstance::Done(v) => Ok(v),
                crate::types::NewInstance::Init(inst, init) => {
                    let mark = self.roots.len();
                    self.roots.push(inst);
                    let mut all = Vec::with_capacity(pos.len() + 1);
                    all.push(inst);
                    all.extend_from_slice(pos);
                    let r = self.call(init, &all, kw);
                    self.roots.truncate(mark);
                    let r = r?;
                    if !r.is_none() {
                        return Err(self.init_result_error(r));
                    }
                    Ok(inst)
                }
            },
            Some(Obj::Partial(g, bound)) => {
                let g = *g;
                let mut all: Vec<Value> = bound.to_vec();
                all.extend_from_slice(pos);
                self.call(g, &all, kw)
            }
            Some(Obj::StaticMethod(g)) => {
                let g = *g;
                self.call(g, pos, kw)
            }
            _ => {
                let q = crate::qstr::q::CALL;
                if let Some(m) = self.lookup_special(f, q) {
                    let mut all = Vec::with_capacity(pos.len() + 1);
                    all.push(f);
                    all.extend_from_slice(pos);
                    return self.call(m, &all, kw);
                }
                let tn = self.type_name(f);
                Err(self.type_error(&alloc::format!("'{tn}' object isn't callable")))
            }
        }
    }

    /// Binds arguments to a new frame for bytecode function `f` (§5.3).
    #[expect(
        clippy::needless_range_loop,
        reason = "argument slots, names and defaults are indexed in parallel, as §5.3 states it"
    )]
    pub fn make_frame(
        &mut self,
        f: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Frame> {
        let Some(Obj::Function(fun)) = self.heap.get(f) else {
            return Err(self.corrupt());
        };
        let code = fun.code.clone();
        let globals = fun.globals;
        let defaults = fun.defaults;
        let kwdefaults = fun.kwdefaults;
        let closure: Vec<Value> = fun.closure.to_vec();
        let n_state = code.n_state.max(1);
        let (mut locals, stack) = self.frame_pool.pop().unwrap_or_default();
        let mut locals = {
            locals.clear();
            locals.resize(n_state, Value::NULL);
            locals
        };
        let p = code.n_pos_args;
        let k = code.n_kwonly_args;
        let d = code.n_def_pos_args;
        let flags = code.flags;
        use ferrite_bytecode::prelude::{SCOPE_DEFKWARGS, SCOPE_VARARGS, SCOPE_VARKEYWORDS};
        // Captured cells come first.
        let mut all: Vec<Value>;
        let args: &[Value] = if closure.is_empty() {
            args
        } else {
            all = closure;
            all.extend_from_slice(args);
            &all
        };
        let n_defaults = match self.heap.get(defaults) {
            Some(Obj::Tuple(t)) => t.len(),
            _ => 0,
        };
        let default_at = |heap: &Heap, i: usize| -> Option<Value> {
            if i >= n_defaults {
                return None;
            }
            match heap.get(defaults) {
                Some(Obj::Tuple(t)) => t.get(i).copied(),
                _ => None,
            }
        };
        let fname = code.name;
        let mut n_args = args.len();
        let mut varslot = p + k;
        if n_args > p {
            if flags & SCOPE_VARARGS == 0 {
                let given = n_args - code_closure_len(&self.heap, f);
                let want = p - code_closure_len(&self.heap, f);
                return Err(self.type_error(&alloc::format!(
                    "{}() takes {want} positional arguments but {given} were given",
                    self.qstrs.get(fname)
                )));
            }
            let t = self.new_tuple(args[p..].to_vec())?;
            set_local(&mut locals, varslot, t);
            varslot += 1;
            n_args = p;
        } else if flags & SCOPE_VARARGS != 0 {
            let t = self.new_tuple(Vec::new())?;
            set_local(&mut locals, varslot, t);
            varslot += 1;
        }
        for (i, &a) in args.iter().enumerate().take(n_args) {
            set_local(&mut locals, i, a);
        }
        if !kw.is_empty() || flags & SCOPE_DEFKWARGS != 0 {
            let kwdict = if flags & SCOPE_VARKEYWORDS != 0 {
                let dd = self.new_dict()?;
                set_local(&mut locals, varslot, dd);
                dd
            } else {
                Value::NULL
            };
            for &(name, value) in kw {
                let Some(nq) = self.str_qstr(name) else {
                    return Err(self.type_error("keywords must be strings"));
                };
                let mut found = false;
                for j in 0..(p + k).min(code.arg_names.len()) {
                    if code.arg_names[j] == nq {
                        if !locals[j].is_null() {
                            let n = self.qstrs.get(nq).to_string();
                            return Err(self.type_error(&alloc::format!(
                                "function got multiple values for argument '{n}'"
                            )));
                        }
                        locals[j] = value;
                        found = true;
                        break;
                    }
                }
                if found {
                    continue;
                }
                if kwdict.is_null() {
                    let n = self.qstrs.get(nq).to_string();
                    return Err(
                        self.type_error(&alloc::format!("unexpected keyword argument '{n}'"))
                    );
                }
                self.dict_set(kwdict, Value::qstr(nq), value)?;
            }
            for i in p.saturating_sub(d)..p {
                if locals[i].is_null() {
                    if let Some(dv) = default_at(&self.heap, i - (p - d)) {
                        locals[i] = dv;
                    }
                }
            }
            for i in 0..p {
                if locals[i].is_null() {
                    let n = self
                        .qstrs
                        .get(code.arg_names.get(i).copied().unwrap_or(0))
                        .to_string();
                    let _ = n;
                    return Err(self.type_error(&alloc::format!(
                        "function missing required positional argument #{}",
                        i + 1
                    )));
                }
            }
            for i in 0..k {
                if locals[p + i].is_null() {
                    let nq = code.arg_names.get(p + i).copied().unwrap_or(0);
                    let dv = if kwdefaults.is_null() {
                        None
                    } else {
                        self.dict_get(kwdefaults, Value::qstr(nq))?
                    };
                    match dv {
                        Some(v) => locals[p + i] = v,
                        None => {
                            let n = self.qstrs.get(nq).to_string();
                            return Err(self.type_error(&alloc::format!(
                                "function missing required keyword argument '{n}'"
                            )));
                        }
                    }
                }
            }
        } else {
            if n_args < p.saturating_sub(d) {
                let c = code_closure_len(&self.heap, f);
                return Err(self.type_error(&alloc::format!(
                    "{}() takes {} positional arguments but {} were given",
                    self.qstrs.get(fname),
                    p - c,
                    n_args - c
                )));
            }
            for i in n_args..p {
                if let Some(dv) = default_at(&self.heap, i - (p - d)) {
                    locals[i] = dv;
                }
            }
            if k != 0 {
                return Err(self.type_error("function missing keyword-only argument"));
            }
            if flags & SCOPE_VARKEYWORDS != 0 {
                let dd = self.new_dict()?;
                set_local(&mut locals, varslot, dd);
            }
        }
        for &c in code.cells.iter() {
            let c = c as usize;
            if c < locals.len() {
                let cell = self.alloc(Obj::Cell(locals[c]))?;
                locals[c] = cell;
            }
        }
        let stack = FrameStack::with_buffer(stack, code.n_state + 2);
        Ok(Frame {
            code,
            ip: 0,
            cur: 0,
            locals,
            stack,
            exc: ExcStack::new(),
            globals,
            names: Value::NULL,
            kind: FrameKind::Call,
            throw: Value::NULL,
        })
    }

    /// YIELD_FROM: delegate to the sub-iterator at TOS (§5.10).
    fn yield_from(&mut self, send: Value, throw: Value, base: usize) -> PyResult<Control> {
        let it = self.peek(0);
        let r = self.resume_any(it, send, throw);
        match r {
            Ok(crate::obj::gen::Resumed::Yield(v)) => {
                let fr = self.top();
                fr.ip = fr.cur;
                fr.stack.push(v);
                if self.frames.len() - 1 != base || self.top().kind != FrameKind::Generator {
                    return Err(self.corrupt());
                }
                Ok(Control::Exit(Exit::Yield(v)))
            }
            Ok(crate::obj::gen::Resumed::Return(v)) => {
                if let Some(t) = self.top().stack.last_mut() {
                    *t = v;
                }
                if !throw.is_null() && self.is_instance_of(throw, self.t.generator_exit) {
                    return Err(PyErr(throw));
                }
                Ok(Control::Next)
            }
            Err(e) => {
                self.pop();
                Err(e)
            }
        }
    }
}

fn set_local(locals: &mut [Value], i: usize, v: Value) {
    if let Some(s) = locals.get_mut(i) {
        *s = v;
    }
}

fn code_closure_len(heap: &Heap, f: Value) -> usize {
    match heap.get(f) {
        Some(Obj::Function(fun)) => fun.closure.len(),
        _ => 0,
    }
}

#[cfg(test)]
mod frame_stack_tests {
    use super::FrameStack;
    use crate::value::Value;
    use alloc::boxed::Box;
    use alloc::vec;

    #[test]
    fn pushes_pops_and_grows_past_its_buffer() {
        let mut s = FrameStack::with_buffer(Box::default(), 2);
        assert!(s.is_empty() && s.capacity() >= 2);
        for i in 0..5 {
            s.push(Value::small(i));
        }
        assert_eq!(s.len(), 5);
        assert!(s.capacity() >= 5);
        assert_eq!(s.last(), Some(&Value::small(4)));
        assert_eq!(s.pop(), Some(Value::small(4)));
        s.truncate(2);
        assert_eq!(&s[..], &[Value::small(0), Value::small(1)]);
        s.truncate(7);
        assert_eq!(s.len(), 2);
        s.extend_from_slice(&[Value::NONE, Value::TRUE]);
        s[0] = Value::FALSE;
        assert_eq!(
            &s[..],
            &[Value::FALSE, Value::small(1), Value::NONE, Value::TRUE]
        );
        s.clear();
        assert_eq!(s.pop(), None);
        assert!(s.is_empty());
    }

    #[test]
    fn a_reused_buffer_keeps_its_size_and_shows_no_stale_values() {
        let buf: Box<[Value]> = vec![Value::TRUE; 8].into_boxed_slice();
        let mut s = FrameStack::with_buffer(buf, 4);
        assert_eq!((s.len(), s.capacity()), (0, 8));
        assert!(s.iter().next().is_none());
        s.reserve(20);
        assert!(s.capacity() >= 20);
        let back = s.into_buffer();
        assert!(back.len() >= 20);
    }
}
