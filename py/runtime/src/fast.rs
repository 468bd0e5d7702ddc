//! The VM's inner loop: the instructions that need no allocation, no call into native code and
//! cannot raise — locals, constants, small-int and float arithmetic, jumps, globals, instance
//! attributes, list and tuple items, `for` over ranges and lists — and calls of and returns
//! from plain bytecode functions. Everything else, and every case these paths do not cover
//! (a missing name, an index out of range, a descriptor...), stops the loop at that
//! instruction, which `Vm::step` then executes in full. Always compiled.
//!
//! Nothing here allocates a heap object except a float result, which is made only while the
//! heap does not want a collection; so every GC safe point is still passed in `step`.

use ferrite_bytecode::prelude::{
    SCOPE_DEFKWARGS, SCOPE_GENERATOR, SCOPE_VARARGS, SCOPE_VARKEYWORDS,
};

use crate::code::{pre_op, pre_parts, pre_small, PreWord, LOOP_TEST_BIT};
use crate::heap::Heap;
use crate::obj::{Dict, IterObj, Obj, CLASS_DESCRIPTORS, CLASS_SETATTR};
use crate::qstr::Interner;
use crate::value::Value;
use crate::vm::{Control, Exit, Frame, FrameKind, PyResult, Vm};

/// Why the inner loop stopped.
enum Stop {
    /// At an instruction `step` must execute.
    Other,
    /// At CALL_FUNCTION or CALL_METHOD.
    Call,
    /// At RETURN_VALUE.
    Return,
    /// At LOAD_METHOD on a value of a builtin type.
    Method,
    /// At YIELD_VALUE.
    Yield,
    /// At BINARY_OP with an arithmetic operator and an instance of a user class on the left.
    Dunder,
}

/// Where BINARY_OP `b` with left operand `a` goes when the inner loop cannot compute it: an
/// arithmetic operator on an instance of a user class may have its method run as a frame.
#[inline]
fn binop_stop(heap: &Heap, b: u8, a: Value) -> Stop {
    if (0xed..=0xf9).contains(&b) && matches!(heap.get(a), Some(Obj::Instance(_))) {
        Stop::Dunder
    } else {
        Stop::Other
    }
}

/// The operand of the instruction at `ip` and the offset of the next one, from the code's
/// pre-decoded table; None when the operand was not pre-decoded (the general path decodes it).
#[inline(always)]
fn operand(pre: &[PreWord], ip: usize) -> Option<(u32, usize)> {
    decoded(*pre.get(ip)?, ip)
}

/// [`operand`] from the word at `ip`, already loaded.
#[inline(always)]
fn decoded(w: PreWord, ip: usize) -> Option<(u32, usize)> {
    let (operand, len) = pre_parts(w);
    if len == 0 {
        return None;
    }
    Some((operand, ip + len))
}

/// The byte at `i` of the code whose pre-decoded table is `pre`.
#[inline(always)]
fn op_at(pre: &[PreWord], i: usize) -> Option<u8> {
    pre.get(i).map(|&w| pre_op(w))
}

/// Runs `DUP_TOP; LOAD_CONST_SMALL_INT n | LOAD_FAST k; BINARY_OP LESS | MORE;
/// POP_JUMP_IF_TRUE` at `ip` (marked by [`LOOP_TEST_BIT`]) for a small-int `counter` on the stack
/// and a small-int limit: the offset it continues at, with the stack as the four leave it
/// (the counter stays). None when an operand is not a small int.
#[inline(always)]
fn loop_test(pre: &[PreWord], locals: &[Value], ip: usize, counter: Value) -> Option<usize> {
    let i = counter.as_small()?;
    let i1 = ip + 1;
    let b1 = op_at(pre, i1)?;
    let (limit, i2) = match b1 {
        0x70..=0xaf => (isize::from(b1) - 0x80, i1 + 1),
        0xb0..=0xbf => (locals.get(usize::from(b1 - 0xb0))?.as_small()?, i1 + 1),
        0x22 => {
            let (w, next) = operand(pre, i1)?;
            (pre_small(w), next)
        }
        0x24 => {
            let (k, next) = operand(pre, i1)?;
            (locals.get(k as usize)?.as_small()?, next)
        }
        _ => return None,
    };
    let go = match op_at(pre, i2)? {
        0xd7 => i < limit,
        0xd8 => i > limit,
        _ => return None,
    };
    let (target, after) = operand(pre, i2 + 1)?;
    Some(if go { target as usize } else { after })
}

/// Runs `DUP_TOP_TWO; ROT_TWO; BINARY_OP LESS | MORE; POP_JUMP_IF_TRUE` at `ip` (marked by
/// [`LOOP_TEST_BIT`]) for small ints `counter` (on top) and `end` (under it): the offset it
/// continues at, with the stack as the four leave it. None when either is not a small int.
#[inline(always)]
fn loop_test_two(pre: &[PreWord], ip: usize, counter: Value, end: Value) -> Option<usize> {
    let (i, limit) = (counter.as_small()?, end.as_small()?);
    let go = match op_at(pre, ip + 2)? {
        0xd7 => i < limit,
        0xd8 => i > limit,
        _ => return None,
    };
    let (target, after) = operand(pre, ip + 3)?;
    Some(if go { target as usize } else { after })
}

const UNPACK_SEQUENCE: u8 = 0x30;

/// The next item of list or tuple iterator `it` (over `seq`, at `idx`), which advances:
/// Some(None) at the end, None when `seq` is neither.
#[inline(always)]
fn seq_next(heap: &mut Heap, it: Value, seq: Value, idx: usize) -> Option<Option<Value>> {
    let v = match heap.get(seq)? {
        Obj::List(l) => l.get(idx).copied(),
        Obj::Tuple(t) => t.get(idx).copied(),
        _ => return None,
    };
    if v.is_some() {
        if let Some(Obj::Iter(b)) = heap.get_mut(it) {
            if let IterObj::Seq { idx: i, .. } = &mut **b {
                *i = idx + 1;
            }
        }
    }
    Some(v)
}

/// The next pair of enumerate iterator `it` over a list's or tuple's iterator `inner`, with
/// count `k`, both advanced: Some(None) at the end, None when the general path must do it
/// (another iterator, a count past the small ints).
#[inline(always)]
fn enumerate_next(
    heap: &mut Heap,
    it: Value,
    inner: Value,
    k: Value,
) -> Option<Option<(Value, Value)>> {
    let k1 = Value::try_small(k.as_small()? as i64 + 1)?;
    let Some(Obj::Iter(b)) = heap.get(inner) else {
        return None;
    };
    let IterObj::Seq { seq, idx } = **b else {
        return None;
    };
    let Some(v) = seq_next(heap, inner, seq, idx)? else {
        return Some(None);
    };
    if let Some(Obj::Iter(b)) = heap.get_mut(it) {
        if let IterObj::Enumerate { n, .. } = &mut **b {
            *n = k1;
        }
    }
    Some(Some((k, v)))
}

/// The groups of opcodes the inner loop runs: its one `match` on these, exhaustive, is one
/// jump table with no range check (a range or a guard in that match would be tested by
/// comparisons before the jump). Opcodes with the index in the byte, such as
/// LOAD_FAST_MULTI, are one group each.
#[derive(Clone, Copy)]
#[repr(u8)]
enum G {
    LoadFastMulti,
    StoreFastMulti,
    SmallIntMulti,
    ConstFalse,
    ConstNone,
    ConstTrue,
    LoadNull,
    DupTop,
    DupTopTwo,
    PopTop,
    RotTwo,
    RotThree,
    SmallInt,
    ConstString,
    ConstObj,
    FastN,
    LoadName,
    StoreName,
    LoadAttr,
    StoreAttr,
    LoadSubscr,
    StoreSubscr,
    ForIter,
    Jump,
    Unpack,
    Not,
    BinaryOp,
    Call,
    Return,
    Yield,
    /// Everything the inner loop leaves to `step`.
    Other,
}

/// The group of each opcode byte.
static OP_GROUP: [G; 256] = {
    let mut t = [G::Other; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            0xb0..=0xbf => G::LoadFastMulti,
            0xc0..=0xcf => G::StoreFastMulti,
            0x70..=0xaf => G::SmallIntMulti,
            0x50 => G::ConstFalse,
            0x51 => G::ConstNone,
            0x52 => G::ConstTrue,
            0x53 => G::LoadNull,
            0x57 => G::DupTop,
            0x58 => G::DupTopTwo,
            0x59 => G::PopTop,
            0x5a => G::RotTwo,
            0x5b => G::RotThree,
            0x22 => G::SmallInt,
            0x10 => G::ConstString,
            0x23 => G::ConstObj,
            0x24..=0x26 => G::FastN,
            0x12 | 0x11 => G::LoadName,
            0x17 | 0x16 => G::StoreName,
            0x13 | 0x14 => G::LoadAttr,
            0x18 => G::StoreAttr,
            0x55 => G::LoadSubscr,
            0x56 => G::StoreSubscr,
            0x4b => G::ForIter,
            0x42..=0x46 => G::Jump,
            UNPACK_SEQUENCE => G::Unpack,
            0xd3 => G::Not,
            0xd7..=0xf9 => G::BinaryOp,
            0x34 | 0x36 => G::Call,
            0x63 => G::Return,
            0x67 => G::Yield,
            _ => G::Other,
        };
        b += 1;
    }
    t
};

/// The layout of a list, dict, str, set, tuple, bytes or bytearray value, read off the value
/// itself (instances of their subclasses are instances); None for anything else.
#[inline(always)]
pub(crate) fn builtin_kind(heap: &Heap, o: Value) -> Option<crate::obj::Kind> {
    use crate::obj::Kind;
    if o.as_qstr().is_some() {
        return Some(Kind::Str);
    }
    Some(match heap.get(o)? {
        Obj::List(_) => Kind::List,
        Obj::Dict(_) => Kind::Dict,
        Obj::Str(_) => Kind::Str,
        Obj::Set(_, false) => Kind::Set,
        Obj::Set(_, true) => Kind::FrozenSet,
        Obj::Tuple(_) => Kind::Tuple,
        Obj::Bytes(_) => Kind::Bytes,
        Obj::ByteArray(_) => Kind::ByteArray,
        _ => return None,
    })
}

/// Loop back edges and calls run in the inner loop before it returns to `step` (which polls
/// for Ctrl-C now and then): every endless run passes one or the other.
const BUDGET: u32 = 2048;

/// The value of interned string `q` in namespace `d`.
#[inline]
fn ns_lookup(qstrs: &Interner, d: &Dict, q: u32) -> Option<Value> {
    if d.immediate_keys() {
        d.get_word(qstrs.hash(q), Value::qstr(q))
    } else {
        None
    }
}

/// The slot of (object, name) in a direct-mapped cache of `size` entries.
#[inline(always)]
fn cache_slot(o: Value, q: u32, size: usize) -> usize {
    ((o.raw() >> 3) ^ (q as usize).wrapping_mul(0x9e37_79b9)) % size
}

/// Where LOAD_GLOBAL found a name: (globals dict, name) -> the entry's position in the globals,
/// or in the builtins while the globals have had no key added. An answer is checked before
/// use (the entry at the position must still hold the name), so it never needs updating; it
/// is emptied at each collection, the only time a dict's heap slot can be taken by another.
pub struct GlobalCache {
    entries: alloc::vec::Vec<GlobalSlot>,
}

#[derive(Clone, Copy)]
struct GlobalSlot {
    globals: Value,
    q: u32,
    pos: u32,
    /// For a builtin: the globals' [`Dict::keys_added`] when it was found absent there;
    /// `u64::MAX` for a global.
    added: u64,
}

const GLOBAL_CACHE_SIZE: usize = 256;
const NOT_BUILTIN: u64 = u64::MAX;

impl GlobalCache {
    pub fn new() -> GlobalCache {
        GlobalCache {
            entries: alloc::vec::Vec::new(),
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    #[inline]
    fn slot(globals: Value, q: u32) -> usize {
        cache_slot(globals, q, GLOBAL_CACHE_SIZE)
    }

    fn put(&mut self, globals: Value, q: u32, pos: usize, added: u64) {
        if self.entries.is_empty() {
            let empty = GlobalSlot {
                globals: Value::NULL,
                q: 0,
                pos: 0,
                added: 0,
            };
            self.entries.resize(GLOBAL_CACHE_SIZE, empty);
        }
        let Ok(pos) = u32::try_from(pos) else {
            return;
        };
        if let Some(e) = self.entries.get_mut(Self::slot(globals, q)) {
            *e = GlobalSlot {
                globals,
                q,
                pos,
                added,
            };
        }
    }
}

impl Default for GlobalCache {
    fn default() -> Self {
        GlobalCache::new()
    }
}

/// The value of the entry at `pos` of `d` when it holds the name `key`.
#[inline(always)]
fn entry_if(d: &Dict, pos: u32, key: Value) -> Option<Value> {
    match d.entries.get(pos as usize) {
        Some(e) if e.key == key => Some(e.value),
        _ => None,
    }
}

/// The value of global `q` as LOAD_GLOBAL finds it (globals, then builtins); None when it is
/// not found by identity in either (the general path decides).
#[inline]
fn global_lookup(
    heap: &Heap,
    qstrs: &Interner,
    cache: &mut GlobalCache,
    globals: Value,
    builtins: Value,
    q: u32,
) -> Option<Value> {
    let Some(Obj::Dict(g)) = heap.get(globals) else {
        return None;
    };
    if !g.immediate_keys() {
        return None;
    }
    let key = Value::qstr(q);
    if let Some(&e) = cache.entries.get(GlobalCache::slot(globals, q)) {
        if e.globals == globals && e.q == q {
            let found = if e.added == NOT_BUILTIN {
                entry_if(g, e.pos, key)
            } else if e.added == g.keys_added() {
                match heap.get(builtins) {
                    Some(Obj::Dict(b)) => entry_if(b, e.pos, key),
                    _ => None,
                }
            } else {
                None
            };
            if found.is_some() {
                return found;
            }
        }
    }
    global_lookup_uncached(heap, qstrs, cache, g, globals, builtins, q)
}

/// [`global_lookup`] by searching the dicts, remembering where it found the name.
#[inline(never)]
fn global_lookup_uncached(
    heap: &Heap,
    qstrs: &Interner,
    cache: &mut GlobalCache,
    g: &Dict,
    globals: Value,
    builtins: Value,
    q: u32,
) -> Option<Value> {
    let (hash, key) = (qstrs.hash(q), Value::qstr(q));
    if let Some(p) = g.find_word_pos(hash, key) {
        cache.put(globals, q, p, NOT_BUILTIN);
        return g.entries.get(p).map(|e| e.value);
    }
    let Some(Obj::Dict(b)) = heap.get(builtins) else {
        return None;
    };
    if !b.immediate_keys() {
        return None;
    }
    let p = b.find_word_pos(hash, key)?;
    cache.put(globals, q, p, g.keys_added());
    b.entries.get(p).map(|e| e.value)
}

/// The namespace an attribute `q` of `o` is found in first: an instance's own (when its class
/// has no descriptors that could take precedence) or a module's globals — with whether `o` is
/// a module. `__class__` and `__dict__` are answered by the object, not by a namespace.
#[inline]
fn own_namespace(heap: &Heap, o: Value, q: u32) -> Option<(&Dict, bool)> {
    if q == crate::qstr::q::CLASS || q == crate::qstr::q::DICT {
        return None;
    }
    match heap.get(o)? {
        Obj::Instance(inst) => match heap.get(inst.class) {
            Some(Obj::Type(t)) if t.flags & CLASS_DESCRIPTORS == 0 => Some((&inst.dict, false)),
            _ => None,
        },
        Obj::Module(m) => match heap.get(m.globals) {
            Some(Obj::Dict(g)) => Some((&**g, true)),
            _ => None,
        },
        _ => None,
    }
}

/// A direct-mapped cache of [`class_method`]'s answers: (class, name) -> method. Emptied
/// whenever a class is made or a class attribute is set or deleted, the only events that
/// change an answer (a class value names one class while it lives).
pub struct MethodCache {
    entries: alloc::vec::Vec<(Value, u32, Value)>,
    /// (builtin layout, name) -> the native method: the answers of `Vm::type_method_q`
    /// (which never change) for LOAD_METHOD on lists, dicts, strings...
    builtins: alloc::vec::Vec<(u8, u32, u32)>,
}

const BUILTIN_CACHE_SIZE: usize = 64;

const METHOD_CACHE_SIZE: usize = 256;

impl MethodCache {
    pub fn new() -> MethodCache {
        MethodCache {
            entries: alloc::vec::Vec::new(),
            builtins: alloc::vec::Vec::new(),
        }
    }

    #[inline]
    fn builtin_slot(kind: u8, q: u32) -> usize {
        ((q as usize).wrapping_mul(0x9e37_79b9) ^ usize::from(kind)) % BUILTIN_CACHE_SIZE
    }

    #[inline]
    fn builtin(&self, kind: u8, q: u32) -> Option<usize> {
        match self.builtins.get(Self::builtin_slot(kind, q)) {
            Some(&(k, n, id)) if k == kind && n == q && id != u32::MAX => Some(id as usize),
            _ => None,
        }
    }

    fn put_builtin(&mut self, kind: u8, q: u32, id: usize) {
        if self.builtins.is_empty() {
            self.builtins.resize(BUILTIN_CACHE_SIZE, (0, 0, u32::MAX));
        }
        if let (Some(e), Ok(id)) = (
            self.builtins.get_mut(Self::builtin_slot(kind, q)),
            u32::try_from(id),
        ) {
            *e = (kind, q, id);
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    #[inline]
    fn slot(cls: Value, q: u32) -> usize {
        cache_slot(cls, q, METHOD_CACHE_SIZE)
    }

    #[inline]
    fn get(&self, cls: Value, q: u32) -> Option<Value> {
        match self.entries.get(Self::slot(cls, q)) {
            Some(&(c, n, m)) if c == cls && n == q => Some(m),
            _ => None,
        }
    }

    fn put(&mut self, cls: Value, q: u32, m: Value) {
        if self.entries.is_empty() {
            self.entries
                .resize(METHOD_CACHE_SIZE, (Value::NULL, 0, Value::NULL));
        }
        if let Some(e) = self.entries.get_mut(Self::slot(cls, q)) {
            *e = (cls, q, m);
        }
    }
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache::new()
    }
}

/// For LOAD_METHOD on an instance whose own namespace was searched for `q` in vain (and for
/// an operator's special method): the bytecode function `q` names in its class (or a user
/// base).
#[inline]
fn class_method(
    heap: &Heap,
    qstrs: &Interner,
    cache: &mut MethodCache,
    o: Value,
    q: u32,
) -> Option<Value> {
    let Some(Obj::Instance(inst)) = heap.get(o) else {
        return None;
    };
    if let Some(m) = cache.get(inst.class, q) {
        return Some(m);
    }
    let m = class_method_uncached(heap, qstrs, inst.class, q)?;
    cache.put(inst.class, q, m);
    Some(m)
}

/// [`class_method`] for class `class`, searched along its MRO.
fn class_method_uncached(heap: &Heap, qstrs: &Interner, class: Value, q: u32) -> Option<Value> {
    let Some(Obj::Type(cls)) = heap.get(class) else {
        return None;
    };
    for &c in &cls.mro {
        let Some(Obj::Type(t)) = heap.get(c) else {
            return None;
        };
        if t.builtin || !t.dict.immediate_keys() {
            return None;
        }
        if let Some(v) = ns_lookup(qstrs, &t.dict, q) {
            return match heap.get(v) {
                Some(Obj::Function(_)) => Some(v),
                _ => None,
            };
        }
    }
    None
}

/// The `__init__` that calling user class `class` runs, when instantiating it needs nothing
/// more than a blank instance and that bytecode function: the class and its bases are plain
/// user classes over `object`, and none defines `__new__`. Cached under a name that no
/// attribute has (the method cache is emptied whenever a class changes).
fn plain_init(
    heap: &Heap,
    qstrs: &Interner,
    cache: &mut MethodCache,
    class: Value,
) -> Option<Value> {
    const CLASS_LEVEL: u32 = 1 << 31;
    let key = crate::qstr::q::INIT | CLASS_LEVEL;
    if let Some(m) = cache.get(class, key) {
        return Some(m);
    }
    let Some(Obj::Type(cls)) = heap.get(class) else {
        return None;
    };
    if cls.builtin || cls.kind != crate::obj::Kind::Object {
        return None;
    }
    let mut init = None;
    for &c in &cls.mro {
        let Some(Obj::Type(t)) = heap.get(c) else {
            return None;
        };
        if t.builtin {
            // `object` ends the search: its `__new__` makes a blank instance.
            let init = init.filter(|_| t.kind == crate::obj::Kind::Object)?;
            cache.put(class, key, init);
            return Some(init);
        }
        if !t.dict.immediate_keys() || ns_lookup(qstrs, &t.dict, crate::qstr::q::NEW).is_some() {
            return None;
        }
        if init.is_none() {
            if let Some(v) = ns_lookup(qstrs, &t.dict, crate::qstr::q::INIT) {
                let Some(Obj::Function(_)) = heap.get(v) else {
                    return None;
                };
                init = Some(v);
            }
        }
    }
    None
}

/// Where a plain call's arguments are: `n` values from `first` on the calling frame's
/// stack, or a slice made by the caller.
enum CallArgs<'a> {
    Stack(usize, usize),
    Given(&'a [Value]),
}

/// Whether `o` is an instance whose class has no descriptors and no `__setattr__`.
#[inline]
fn plain_instance(heap: &Heap, o: Value) -> bool {
    match heap.get(o) {
        Some(Obj::Instance(inst)) => matches!(heap.get(inst.class),
            Some(Obj::Type(t)) if t.flags & (CLASS_DESCRIPTORS | CLASS_SETATTR) == 0),
        _ => false,
    }
}

/// A position from a small-int index (negative counts from the end), if in range.
#[inline]
fn index_in(i: isize, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as isize } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

/// `o[idx]` for a list, tuple, bytes, bytearray or str and a small-int index in range.
#[inline]
fn seq_item(heap: &Heap, qstrs: &mut Interner, o: Value, idx: Value) -> Option<Value> {
    let i = idx.as_small()?;
    if let Some(q) = o.as_qstr() {
        let s = qstrs.get(q).as_bytes();
        if !qstrs.is_ascii(q) {
            return None;
        }
        let c = s[index_in(i, s.len())?];
        return Some(Value::qstr(qstrs.char(c)));
    }
    match heap.get(o)? {
        Obj::List(l) => Some(l[index_in(i, l.len())?]),
        Obj::Tuple(t) => Some(t[index_in(i, t.len())?]),
        Obj::Bytes(b) => Some(Value::small(isize::from(b[index_in(i, b.len())?]))),
        Obj::ByteArray(b) => Some(Value::small(isize::from(b[index_in(i, b.len())?]))),
        Obj::Str(s) if s.ascii => {
            let c = s.s.as_bytes()[index_in(i, s.s.len())?];
            Some(Value::qstr(qstrs.char(c)))
        }
        _ => None,
    }
}

/// A number as a float operand: floats, and ints that convert exactly.
#[inline(always)]
fn float_operand(heap: &Heap, v: Value) -> Option<(f64, bool)> {
    match v.as_small() {
        Some(i) if (i.unsigned_abs() as u64) < (1u64 << 53) => Some((i as f64, false)),
        Some(_) => None,
        None => heap.float_of(v).map(|f| (f, true)),
    }
}

impl Vm {
    /// Runs the top frame (and frames it calls) in the inner loop until an instruction needs
    /// `step`, or the base frame (a generator) yields: then what `step` returns for it.
    #[inline]
    pub(crate) fn run_fast(&mut self, base: usize) -> PyResult<Option<Control>> {
        let mut budget = BUDGET;
        loop {
            let stop = self.run_simple(&mut budget);
            // A call counts against the budget (an endless recursion passes no back edge).
            if matches!(stop, Stop::Call | Stop::Dunder) {
                if budget == 0 {
                    return Ok(None);
                }
                budget -= 1;
            }
            let went_on = match stop {
                Stop::Other => false,
                Stop::Call => self.fast_call()?,
                Stop::Return => self.fast_return(base),
                Stop::Method => self.fast_builtin_method(),
                Stop::Dunder => self.fast_dunder(),
                Stop::Yield => return Ok(self.fast_yield(base)),
            };
            if !went_on {
                return Ok(None);
            }
        }
    }

    /// YIELD_VALUE from the base frame of a generator's loop: the value stays on the stack
    /// (the sent value replaces it on resumption).
    fn fast_yield(&mut self, base: usize) -> Option<Control> {
        let fi = self.frames.len() - 1;
        let fr = &mut self.frames[fi];
        if fi != base || fr.kind != FrameKind::Generator {
            return None;
        }
        let v = *fr.stack.last()?;
        fr.cur = fr.ip;
        fr.ip += 1;
        Some(Control::Exit(Exit::Yield(v)))
    }

    /// LOAD_METHOD at the top frame's `ip` on a list, dict, str... whose type has a native
    /// method of that name: pushes (method, self). False when the general path is needed.
    fn fast_builtin_method(&mut self) -> bool {
        let fi = self.frames.len() - 1;
        let fr = &self.frames[fi];
        let ip = fr.ip;
        let (Some((q, next)), Some(&o)) = (operand(&fr.code.pre, ip), fr.stack.last()) else {
            return false;
        };
        let Some(kind) = builtin_kind(&self.heap, o) else {
            return false;
        };
        let id = match self.method_cache.builtin(kind as u8, q) {
            Some(id) => id,
            None => {
                let Some(id) = self.type_method_q(kind, q) else {
                    return false;
                };
                self.method_cache.put_builtin(kind as u8, q, id);
                id
            }
        };
        let fr = &mut self.frames[fi];
        if let Some(t) = fr.stack.last_mut() {
            *t = Value::native(id);
        }
        fr.stack.push(o);
        fr.ip = next;
        true
    }

    /// The inner loop over the top frame's instructions.
    #[inline(never)]
    fn run_simple(&mut self, budget_left: &mut u32) -> Stop {
        let fi = self.frames.len() - 1;
        let Vm {
            frames,
            heap,
            qstrs,
            builtins,
            method_cache,
            global_cache,
            ..
        } = self;
        let builtins = *builtins;
        let Frame {
            code,
            ip: fip,
            locals,
            stack: stack_vec,
            throw,
            globals,
            names,
            ..
        } = &mut frames[fi];
        if !throw.is_null() {
            return Stop::Other;
        }
        let globals = *globals;
        // Module-level code: LOAD_NAME/STORE_NAME work on the globals.
        let module_level = names.is_null();
        let code: &crate::code::Code = code;
        let pre: &[PreWord] = &code.pre;
        let mut ip = *fip;
        let mut budget = *budget_left;
        // The value stack as a slice of its whole buffer with the depth `sp` in a local:
        // pushes and pops then touch no length field in memory, and entering or leaving
        // writes no slot. The buffer holds at least the code's `n_state` values (which bound
        // the depth valid bytecode reaches); an instruction that would go past its end stops
        // the loop before changing anything.
        let crate::vm::FrameStack { buf, sp: frame_sp } = stack_vec;
        let mut sp = *frame_sp;
        let stack: &mut [Value] = buf;
        let locals: &mut [Value] = locals;
        macro_rules! need {
            ($k:expr) => {
                if sp + $k > stack.len() {
                    break Stop::Other;
                }
            };
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                match stack.get_mut(sp) {
                    Some(slot) => *slot = v,
                    None => break Stop::Other,
                }
                sp += 1;
            }};
        }
        macro_rules! top {
            () => {
                match sp.checked_sub(1).and_then(|i| stack.get(i)) {
                    Some(&v) => v,
                    None => break Stop::Other,
                }
            };
        }
        // Jumps to `target`; a backward jump closes a loop and is counted against the budget.
        macro_rules! jump_to {
            ($target:expr) => {{
                let t = $target as usize;
                if t <= ip {
                    if budget == 0 {
                        break Stop::Other;
                    }
                    budget -= 1;
                }
                ip = t;
            }};
        }
        macro_rules! depth {
            ($k:expr) => {
                if sp < $k {
                    break Stop::Other;
                }
            };
        }
        let stop = loop {
            let Some(&w) = pre.get(ip) else {
                break Stop::Other;
            };
            let b = pre_op(w);
            match OP_GROUP[usize::from(b)] {
                // 0xb0-0xbf
                G::LoadFastMulti => {
                    let v = locals
                        .get(usize::from(b - 0xb0))
                        .copied()
                        .unwrap_or(Value::NULL);
                    if v.is_null() {
                        break Stop::Other;
                    }
                    push!(v);
                    ip += 1;
                }
                // 0xc0-0xcf
                G::StoreFastMulti => {
                    let v = top!();
                    sp -= 1;
                    if let Some(s) = locals.get_mut(usize::from(b - 0xc0)) {
                        *s = v;
                    }
                    ip += 1;
                }
                // 0x70-0xaf
                G::SmallIntMulti => {
                    push!(Value::small(isize::from(b) - 0x80));
                    ip += 1;
                }
                G::ConstFalse => {
                    push!(Value::FALSE);
                    ip += 1;
                }
                G::ConstNone => {
                    push!(Value::NONE);
                    ip += 1;
                }
                G::ConstTrue => {
                    push!(Value::TRUE);
                    ip += 1;
                }
                G::LoadNull => {
                    push!(Value::NULL);
                    ip += 1;
                }
                G::DupTop => {
                    let v = top!();
                    // The test of a counting loop, run as one instruction.
                    if w & LOOP_TEST_BIT != 0 {
                        if let Some(next) = loop_test(pre, locals, ip, v) {
                            jump_to!(next);
                            continue;
                        }
                    }
                    push!(v);
                    ip += 1;
                }
                G::DupTopTwo => {
                    depth!(2);
                    // The test of a counting loop whose end is on the stack, as one instruction.
                    if w & LOOP_TEST_BIT != 0 {
                        let (end, i) = (stack[sp - 2], stack[sp - 1]);
                        if let Some(next) = loop_test_two(pre, ip, i, end) {
                            jump_to!(next);
                            continue;
                        }
                    }
                    need!(2);
                    let n = sp;
                    let (a, c) = (stack[n - 2], stack[n - 1]);
                    push!(a);
                    push!(c);
                    ip += 1;
                }
                G::PopTop => {
                    depth!(1);
                    sp -= 1;
                    ip += 1;
                }
                G::RotTwo => {
                    depth!(2);
                    let n = sp;
                    stack.swap(n - 1, n - 2);
                    ip += 1;
                }
                G::RotThree => {
                    depth!(3);
                    let n = sp;
                    let t = stack[n - 1];
                    stack[n - 1] = stack[n - 2];
                    stack[n - 2] = stack[n - 3];
                    stack[n - 3] = t;
                    ip += 1;
                }
                // LOAD_CONST_SMALL_INT
                G::SmallInt => {
                    let Some((i, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    // 32-bit two's complement, within the small-int range (`predecode`).
                    push!(Value::small(pre_small(i)));
                    ip = next;
                }
                // LOAD_CONST_STRING
                G::ConstString => {
                    let Some((i, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    push!(Value::qstr(i));
                    ip = next;
                }
                // LOAD_CONST_OBJ
                G::ConstObj => {
                    let Some((i, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    let Some(&v) = code.ctx.consts.get(i as usize) else {
                        break Stop::Other;
                    };
                    push!(v);
                    ip = next;
                }
                // LOAD_FAST_N, STORE_FAST_N, LOAD_DEREF
                // 0x24-0x26
                G::FastN => {
                    let Some((i, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    let Some(slot) = locals.get_mut(i as usize) else {
                        break Stop::Other;
                    };
                    if b == 0x26 {
                        *slot = top!();
                        sp -= 1;
                    } else {
                        let v = if b == 0x24 {
                            *slot
                        } else {
                            match heap.get(*slot) {
                                Some(Obj::Cell(v)) => *v,
                                _ => Value::NULL,
                            }
                        };
                        if v.is_null() {
                            break Stop::Other;
                        }
                        push!(v);
                    }
                    ip = next;
                }
                // LOAD_GLOBAL, and LOAD_NAME where the names are the globals (module level)
                // (No match guards in this match: a guard splits its jump table.)
                G::LoadName => {
                    if b == 0x11 && !module_level {
                        break Stop::Other;
                    }
                    let Some((i, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    let q = i;
                    let Some(v) = global_lookup(heap, qstrs, global_cache, globals, builtins, q)
                    else {
                        break Stop::Other;
                    };
                    push!(v);
                    ip = next;
                }
                // STORE_GLOBAL (or STORE_NAME at module level) of a name the module already has
                G::StoreName => {
                    if b == 0x16 && !module_level {
                        break Stop::Other;
                    }
                    let Some((i, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    let (q, v) = (i, top!());
                    let hash = qstrs.hash(q);
                    let Some(Obj::Dict(g)) = heap.get_mut(globals) else {
                        break Stop::Other;
                    };
                    if !g.immediate_keys() {
                        break Stop::Other;
                    }
                    let Some(pos) = g.find_imm(hash, Value::qstr(q)) else {
                        break Stop::Other;
                    };
                    g.entries[pos].value = v;
                    sp -= 1;
                    ip = next;
                }
                // LOAD_ATTR, LOAD_METHOD on instances of user classes and on modules
                G::LoadAttr => {
                    let Some((i, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    let (q, o) = (i, top!());
                    need!(1);
                    let ns = own_namespace(heap, o, q);
                    let own = ns.and_then(|(d, _)| ns_lookup(qstrs, d, q));
                    let (v, self_) = match (ns, own, b) {
                        // A module's attribute: as a method, it is called without a self.
                        (Some((_, true)), Some(v), _) => (v, (b == 0x14).then_some(Value::NULL)),
                        (Some((_, false)), Some(v), 0x13) => (v, None),
                        // A method of the instance's class that the instance does not shadow.
                        (Some((d, false)), None, 0x14) if d.immediate_keys() => {
                            match class_method(heap, qstrs, method_cache, o, q) {
                                Some(m) => (m, Some(o)),
                                None => break Stop::Other,
                            }
                        }
                        (None, _, 0x14)
                            if !matches!(heap.get(o), Some(Obj::Instance(_) | Obj::Module(_))) =>
                        {
                            break Stop::Method
                        }
                        _ => break Stop::Other,
                    };
                    stack[sp - 1] = v;
                    if let Some(s) = self_ {
                        push!(s);
                    }
                    ip = next;
                }
                // STORE_ATTR on a plain instance (a new attribute only where its namespace has room)
                G::StoreAttr => {
                    let Some((i, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    depth!(2);
                    let n = sp;
                    let q = i;
                    let (o, v) = (stack[n - 1], stack[n - 2]);
                    // A NULL value deletes (`del o.x`).
                    let plain = !v.is_null() && plain_instance(heap, o);
                    if !plain {
                        break Stop::Other;
                    }
                    let hash = qstrs.hash(q);
                    let Some(Obj::Instance(inst)) = heap.get_mut(o) else {
                        break Stop::Other;
                    };
                    if !inst.dict.immediate_keys() {
                        break Stop::Other;
                    }
                    match inst.dict.find_imm(hash, Value::qstr(q)) {
                        Some(pos) => inst.dict.entries[pos].value = v,
                        // A new attribute, where the namespace has room for it.
                        None => {
                            if !inst.dict.push_in_room(hash, Value::qstr(q), v) {
                                break Stop::Other;
                            }
                        }
                    }
                    sp = n - 2;
                    ip = next;
                }
                // LOAD_SUBSCR of a list or tuple item
                G::LoadSubscr => {
                    depth!(2);
                    let n = sp;
                    let Some(v) = seq_item(heap, qstrs, stack[n - 2], stack[n - 1]) else {
                        break Stop::Other;
                    };
                    sp = n - 1;
                    stack[n - 2] = v;
                    ip += 1;
                }
                // STORE_SUBSCR of a list item
                G::StoreSubscr => {
                    depth!(3);
                    let n = sp;
                    let (v, o, idx) = (stack[n - 3], stack[n - 2], stack[n - 1]);
                    // A NULL value deletes (`del o[i]`).
                    let (Some(i), false) = (idx.as_small(), v.is_null()) else {
                        break Stop::Other;
                    };
                    match heap.get_mut(o) {
                        Some(Obj::List(l)) => {
                            let Some(j) = index_in(i, l.len()) else {
                                break Stop::Other;
                            };
                            l[j] = v;
                        }
                        Some(Obj::ByteArray(b)) => {
                            let (Some(j), Some(x)) = (
                                index_in(i, b.len()),
                                v.as_small().and_then(|x| u8::try_from(x).ok()),
                            ) else {
                                break Stop::Other;
                            };
                            b[j] = x;
                        }
                        _ => break Stop::Other,
                    }
                    sp = n - 3;
                    ip += 1;
                }
                // FOR_ITER over a range or a list
                G::ForIter => {
                    depth!(4);
                    need!(1);
                    let n = sp;
                    let Some((target, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    let it = stack[n - 3];
                    let Some(Obj::Iter(b)) = heap.get(it) else {
                        break Stop::Other;
                    };
                    let item = match **b {
                        // `for i, x in enumerate(seq)`: the pair goes straight onto the stack
                        // as UNPACK_SEQUENCE 2 would leave it, with no tuple made.
                        IterObj::Enumerate { it: inner, n: k } => {
                            let Some((2, after)) = operand(pre, next)
                                .filter(|_| op_at(pre, next) == Some(UNPACK_SEQUENCE))
                            else {
                                break Stop::Other;
                            };
                            need!(2);
                            match enumerate_next(heap, it, inner, k) {
                                Some(Some((i, v))) => {
                                    push!(v);
                                    push!(i);
                                    ip = after;
                                }
                                Some(None) => {
                                    sp = n - 4;
                                    ip = target as usize;
                                }
                                None => break Stop::Other,
                            }
                            continue;
                        }
                        IterObj::Range { cur, stop, step } => {
                            if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                                let Some(v) = Value::try_small(cur as i64) else {
                                    break Stop::Other;
                                };
                                if let Some(Obj::Iter(b)) = heap.get_mut(it) {
                                    if let IterObj::Range { cur: c, .. } = &mut **b {
                                        *c = cur + step;
                                    }
                                }
                                Some(v)
                            } else {
                                None
                            }
                        }
                        IterObj::Seq { seq, idx } => match seq_next(heap, it, seq, idx) {
                            Some(v) => v,
                            None => break Stop::Other,
                        },
                        // Keys or values of a dict or set whose size has not changed.
                        IterObj::Dict { d, idx, kind, len } if kind < 2 => {
                            let next = match heap.get(d) {
                                Some(Obj::Dict(x) | Obj::Set(x, _)) if x.len() == len => {
                                    x.next_at(idx)
                                }
                                _ => break Stop::Other,
                            };
                            if let Some((pos, _)) = next {
                                if let Some(Obj::Iter(b)) = heap.get_mut(it) {
                                    if let IterObj::Dict { idx: i, .. } = &mut **b {
                                        *i = pos;
                                    }
                                }
                            }
                            next.map(|(_, e)| if kind == 0 { e.key } else { e.value })
                        }
                        _ => break Stop::Other,
                    };
                    match item {
                        Some(v) => {
                            push!(v);
                            ip = next;
                        }
                        None => {
                            sp = n - 4;
                            ip = target as usize;
                        }
                    }
                }
                // 0x42-0x46
                G::Jump => {
                    let Some((target, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    // JUMP; POP_JUMP_IF_TRUE | FALSE; JUMP_IF_TRUE | FALSE_OR_POP (these
                    // keep the value when they jump).
                    let (take, pops) = if b == 0x42 {
                        (true, 0)
                    } else {
                        let v = top!();
                        let Some(t) = crate::ops::builtin_truth(heap, qstrs, v) else {
                            break Stop::Other;
                        };
                        let take = t == (b == 0x43 || b == 0x45);
                        (take, usize::from(b < 0x45 || !take))
                    };
                    if take {
                        jump_to!(target);
                    } else {
                        ip = next;
                    }
                    sp -= pops;
                }
                // UNPACK_SEQUENCE of a tuple or list of that many items
                G::Unpack => {
                    let Some((n, next)) = decoded(w, ip) else {
                        break Stop::Other;
                    };
                    let v = top!();
                    let items: &[Value] = match heap.get(v) {
                        Some(Obj::Tuple(t)) => t,
                        Some(Obj::List(l)) => l,
                        _ => break Stop::Other,
                    };
                    let base = sp - 1;
                    let Some(to) = stack.get_mut(base..base + n as usize) else {
                        break Stop::Other;
                    };
                    if items.len() != to.len() {
                        break Stop::Other;
                    }
                    // The first item ends on top.
                    for (slot, &x) in to.iter_mut().zip(items.iter().rev()) {
                        *slot = x;
                    }
                    sp = base + items.len();
                    ip = next;
                }
                // UNARY_OP NOT of a bool
                G::Not => {
                    let Some(x) = top!().as_bool() else {
                        break Stop::Other;
                    };
                    stack[sp - 1] = Value::bool(!x);
                    ip += 1;
                }
                // 0xd7-0xf9
                G::BinaryOp => {
                    depth!(2);
                    let n = sp;
                    let (a, c) = (stack[n - 2], stack[n - 1]);
                    // Small ints first: the commonest operands.
                    // (True division of small ints is float arithmetic, below.)
                    let true_div = matches!(b, 0xea | 0xf7);
                    let r = if let (Some(x), Some(y), false) =
                        (a.as_small(), c.as_small(), true_div)
                    {
                        match b - 0xd7 {
                            0 => Value::bool(x < y),
                            1 => Value::bool(x > y),
                            2 | 7 => Value::bool(x == y),
                            3 => Value::bool(x <= y),
                            4 => Value::bool(x >= y),
                            5 => Value::bool(x != y),
                            9 | 22 => Value::small(x | y),
                            10 | 23 => Value::small(x ^ y),
                            11 | 24 => Value::small(x & y),
                            14 | 27 => {
                                match x.checked_add(y).and_then(|s| Value::try_small(s as i64)) {
                                    Some(v) => v,
                                    None => break Stop::Other,
                                }
                            }
                            15 | 28 => {
                                match x.checked_sub(y).and_then(|s| Value::try_small(s as i64)) {
                                    Some(v) => v,
                                    None => break Stop::Other,
                                }
                            }
                            16 | 29 => {
                                match x.checked_mul(y).and_then(|s| Value::try_small(s as i64)) {
                                    Some(v) => v,
                                    None => break Stop::Other,
                                }
                            }
                            // Shifts: right by any amount; left while the result fits.
                            13 | 26 if y >= 0 => Value::small(x >> y.min(isize::BITS as isize - 1)),
                            12 | 25 if (0..isize::BITS as isize - 2).contains(&y) => {
                                let r = x << y;
                                match Value::try_small(r as i64) {
                                    Some(v) if r >> y == x => v,
                                    _ => break Stop::Other,
                                }
                            }
                            // Floor division and modulo round towards negative infinity.
                            18 | 31 if y != 0 => {
                                let q = x / y - isize::from((x % y != 0) && ((x < 0) != (y < 0)));
                                match Value::try_small(q as i64) {
                                    Some(v) => v,
                                    None => break Stop::Other,
                                }
                            }
                            20 | 33 if y != 0 => {
                                let m = x % y;
                                Value::small(if m != 0 && ((m < 0) != (y < 0)) {
                                    m + y
                                } else {
                                    m
                                })
                            }
                            _ => break Stop::Other,
                        }
                    } else if b - 0xd7 == 7 {
                        // `is`
                        Value::bool(a == c)
                    } else if let (Some(x), Some(y), 2 | 5) = (a.as_qstr(), c.as_qstr(), b - 0xd7) {
                        // Interned strings are equal exactly when they are the same one.
                        Value::bool((x == y) == (b - 0xd7 == 2))
                    } else if b - 0xd7 == 6 && a.as_heap().is_none() {
                        // `in` a set or dict of immediates.
                        let h = if let Some(i) = a.as_small() {
                            crate::ops::hash_int(i as i64)
                        } else if let Some(q) = a.as_qstr() {
                            qstrs.hash(q)
                        } else {
                            break Stop::Other;
                        };
                        match heap.get(c) {
                            Some(Obj::Set(d, _) | Obj::Dict(d)) if d.immediate_keys() => {
                                Value::bool(d.find_imm(h, a).is_some())
                            }
                            _ => break Stop::Other,
                        }
                    } else {
                        // Float arithmetic and comparisons (a float with a float or an int).
                        let (Some((x, fx)), Some((y, fy))) =
                            (float_operand(heap, a), float_operand(heap, c))
                        else {
                            break binop_stop(heap, b, a);
                        };
                        // Ints within 2**53 are exact as floats, so their quotient is
                        // rounded once, as `int / int` must be.
                        if !(fx || fy || true_div) {
                            break Stop::Other;
                        }
                        match b - 0xd7 {
                            0 => Value::bool(x < y),
                            1 => Value::bool(x > y),
                            2 => Value::bool(x == y),
                            3 => Value::bool(x <= y),
                            4 => Value::bool(x >= y),
                            5 => Value::bool(x != y),
                            14 | 27 | 15 | 28 | 16 | 29 | 19 | 32 => {
                                let f = match b - 0xd7 {
                                    14 | 27 => x + y,
                                    15 | 28 => x - y,
                                    16 | 29 => x * y,
                                    _ => {
                                        if y == 0.0 {
                                            break Stop::Other;
                                        }
                                        x / y
                                    }
                                };
                                match Value::try_float(f) {
                                    Some(v) => v,
                                    None if heap.wants_collect() => break Stop::Other,
                                    None => match heap.alloc_float(f) {
                                        Ok(v) => v,
                                        Err(_) => break Stop::Other,
                                    },
                                }
                            }
                            _ => break Stop::Other,
                        }
                    };
                    // A comparison followed by POP_JUMP_IF_TRUE/FALSE jumps at once, without
                    // pushing the bool.
                    if b <= 0xdc {
                        if let (Some(c), Some(j @ (0x43 | 0x44))) =
                            (r.as_bool(), op_at(pre, ip + 1))
                        {
                            if let Some((target, after)) = operand(pre, ip + 1) {
                                if c == (j == 0x43) {
                                    jump_to!(target);
                                } else {
                                    ip = after;
                                }
                                sp = n - 2;
                                continue;
                            }
                        }
                    }
                    sp = n - 1;
                    stack[n - 2] = r;
                    ip += 1;
                }
                G::Call => break Stop::Call,
                G::Return => break Stop::Return,
                G::Yield => break Stop::Yield,
                G::Other => break Stop::Other,
            }
        };
        *frame_sp = sp;
        *fip = ip;
        *budget_left = budget;
        stop
    }

    /// CALL_FUNCTION or CALL_METHOD at the top frame's `ip`: a plain bytecode function gets
    /// its frame pushed; anything else with up to 8 positional and 4 keyword arguments is
    /// called now. False when the call needs the general path.
    fn fast_call(&mut self) -> PyResult<bool> {
        let fi = self.frames.len() - 1;
        if fi + 1 >= self.config.recursion_limit {
            return Ok(false);
        }
        let fr = &self.frames[fi];
        let ip = fr.ip;
        let bc: &[u8] = &fr.code.bytecode;
        let method = bc.get(ip) == Some(&0x36);
        let Some((arg, next)) = operand(&fr.code.pre, ip) else {
            return Ok(false);
        };
        let n_pos = (arg & 0xff) as usize;
        let n_kw = (arg >> 8) as usize;
        let slots = n_pos + 2 * n_kw + 1 + usize::from(method);
        let Some(at) = fr.stack.len().checked_sub(slots) else {
            return Ok(false);
        };
        let f = fr.stack[at];
        let mut first = at + 1;
        if method && fr.stack[at + 1].is_null() {
            first += 1;
        }
        let n = fr.stack.len() - first - 2 * n_kw;
        // `len(x)` of a list, str, tuple, dict...: answered here.
        if f == self.len_fn && n_kw == 0 && n == 1 {
            let x = fr.stack[first];
            let n = crate::attr::builtin_len(&self.heap, &self.qstrs, x);
            if let Some(v) = n.and_then(|n| Value::try_small(n as i64)) {
                let caller = &mut self.frames[fi];
                caller.ip = next;
                caller.stack.truncate(at);
                caller.stack.push(v);
                return Ok(true);
            }
        }
        // (A native function is no heap object: no frame to try for it.)
        if n_kw == 0 && f.as_native().is_none() {
            if self.push_plain(f, CallArgs::Stack(first, n), FrameKind::Call, ip, next, at) {
                return Ok(true);
            }
            // A user class's plain instantiation (builtin types and the rest go on below).
            if n < 8
                && matches!(self.heap.get(f), Some(Obj::Type(_)))
                && self.fast_new(f, first, n, ip, next, at)
            {
                return Ok(true);
            }
        }
        // Anything else (a native function, a class, a bound method, a function with a
        // closure, `*args` or keyword arguments...) is called now, as CALL_FUNCTION does it in
        // `step` after its safe point — so not when the heap wants a collection. The
        // arguments stay rooted on the caller's stack until the call returns.
        if n > 8 || n_kw > 4 || self.heap.wants_collect() {
            return Ok(false);
        }
        let caller = &mut self.frames[fi];
        caller.cur = ip;
        caller.ip = next;
        let stack = &caller.stack;
        let mut pos = [Value::NULL; 8];
        pos[..n].copy_from_slice(&stack[first..first + n]);
        let r = match f.as_native() {
            Some(id) if n_kw == 0 => Some(crate::natives::call_native(self, id, &pos[..n], &[])?),
            _ => {
                let mut kw = [(Value::NULL, Value::NULL); 4];
                for (k, pair) in kw.iter_mut().enumerate().take(n_kw) {
                    let i = first + n + 2 * k;
                    *pair = (stack[i], stack[i + 1]);
                }
                self.call_from_loop(f, &pos[..n], &kw[..n_kw])?
            }
        };
        let caller = &mut self.frames[fi];
        caller.stack.truncate(at);
        if let Some(v) = r {
            caller.stack.push(v);
        }
        Ok(true)
    }

    /// The call at `ip` of user class `cls` with the `n` positional arguments at `first` on
    /// the top frame's stack, when [`plain_init`] finds its `__init__`: a blank instance and
    /// an `Init` frame of `__init__`. False (nothing changed but a blank instance perhaps made
    /// for nothing) when the general path is needed, also when the heap wants a collection: the
    /// instance is made only where no safe point is skipped.
    #[cold]
    #[inline(never)]
    fn fast_new(
        &mut self,
        cls: Value,
        first: usize,
        n: usize,
        ip: usize,
        next: usize,
        at: usize,
    ) -> bool {
        if self.heap.wants_collect() {
            return false;
        }
        let Some(init) = plain_init(&self.heap, &self.qstrs, &mut self.method_cache, cls) else {
            return false;
        };
        let fi = self.frames.len() - 1;
        let mut args = [Value::NONE; 9];
        let Some(given) = self.frames[fi].stack.get(first..first + n) else {
            return false;
        };
        args[1..=n].copy_from_slice(given);
        let blank = crate::types::blank_instance(&self.heap, cls);
        let Ok(inst) = self.heap.alloc(blank) else {
            return false;
        };
        args[0] = inst;
        self.push_given(init, &args[..=n], FrameKind::Init(inst), ip, next, at)
    }

    /// BINARY_OP at the top frame's `ip` whose left operand is an instance of a user class
    /// with a plain bytecode method for the operator: runs `a.__op__(b)` as a frame of kind
    /// `BinOp` (its NotImplemented sends the operator on to the general path). False when the
    /// general path is needed.
    fn fast_dunder(&mut self) -> bool {
        let fi = self.frames.len() - 1;
        if fi + 1 >= self.config.recursion_limit {
            return false;
        }
        let fr = &self.frames[fi];
        let ip = fr.ip;
        let (Some(&b), n) = (fr.code.bytecode.get(ip), fr.stack.len()) else {
            return false;
        };
        if n < 2 {
            return false;
        }
        let (a, c) = (fr.stack[n - 2], fr.stack[n - 1]);
        let op = b.wrapping_sub(0xd7);
        let Some(&q) = self.op_q.get(usize::from(op)).filter(|&&q| q != 0) else {
            return false;
        };
        let Some(m) = class_method(&self.heap, &self.qstrs, &mut self.method_cache, a, q) else {
            return false;
        };
        let kind = FrameKind::BinOp(op, a, c);
        self.push_given(m, &[a, c], kind, ip, ip + 1, n - 2)
    }

    /// [`Vm::push_plain`] with the arguments in a slice: one copy for `__init__` and operator
    /// methods (size; a call here costs ~10 instructions).
    #[inline(never)]
    fn push_given(
        &mut self,
        f: Value,
        args: &[Value],
        kind: FrameKind,
        ip: usize,
        next: usize,
        keep: usize,
    ) -> bool {
        self.push_plain(f, CallArgs::Given(args), kind, ip, next, keep)
    }

    /// Calls `f` with `args` when it is a plain bytecode function (positional parameters,
    /// some with defaults, only; no closure, cells or generator): its frame of `kind` goes over
    /// the top frame, which goes on at `next` with its stack cut to `keep` (the instruction at
    /// `ip` made the call). False, with nothing changed, when the general path is needed, or
    /// when the frames would take more memory than the heap's size allows. The frame is
    /// written where it lies in the frame stack (built elsewhere and moved there, its loads
    /// stalled on the stores just made: a tenth of `step`'s time in raytrace).
    #[inline(always)]
    fn push_plain(
        &mut self,
        f: Value,
        args: CallArgs<'_>,
        kind: FrameKind,
        ip: usize,
        next: usize,
        keep: usize,
    ) -> bool {
        let Vm {
            heap,
            frames,
            frame_pool,
            frame_bytes,
            ..
        } = self;
        let Some(Obj::Function(fun)) = heap.get(f) else {
            return false;
        };
        let code = &fun.code;
        if code.flags & (SCOPE_GENERATOR | SCOPE_VARARGS | SCOPE_VARKEYWORDS | SCOPE_DEFKWARGS) != 0
            || code.n_kwonly_args != 0
            || !code.cells.is_empty()
            || !fun.closure.is_empty()
        {
            return false;
        }
        let fi = frames.len() - 1;
        let args: &[Value] = match args {
            CallArgs::Stack(first, n) => match frames[fi].stack.get(first..first + n) {
                Some(a) => a,
                None => return false,
            },
            CallArgs::Given(a) => a,
        };
        let (p, d) = (code.n_pos_args, code.n_def_pos_args);
        let n = args.len();
        if n > p || n + d < p {
            return false;
        }
        let defaults: &[Value] = if n < p {
            match heap.get(fun.defaults) {
                Some(Obj::Tuple(t)) if t.len() == d => &t[n + d - p..],
                _ => return false,
            }
        } else {
            &[]
        };
        let n_state = code.n_state.max(1);
        let (mut locals, stack) = frame_pool.pop().unwrap_or_default();
        fill_locals(&mut locals, n_state, args, defaults);
        let stack = crate::vm::FrameStack::with_buffer(stack, code.n_state + 2);
        let fb = Frame::bytes_of(locals.len(), stack.capacity());
        if *frame_bytes + fb > heap.limit.max(256 * 1024) {
            frame_pool.push((locals, stack.into_buffer()));
            return false;
        }
        let caller = &mut frames[fi];
        caller.cur = ip;
        caller.ip = next;
        caller.stack.truncate(keep);
        *frame_bytes += fb;
        frames.push(Frame {
            code: code.clone(),
            ip: 0,
            cur: 0,
            locals,
            stack,
            exc: crate::vm::ExcStack::new(),
            globals: fun.globals,
            names: Value::NULL,
            kind,
            throw: Value::NULL,
        });
        true
    }

    /// RETURN_VALUE from a frame called by bytecode, with no `finally` to run: pops the frame
    /// and pushes the result on the caller's stack. False when the general path is needed.
    fn fast_return(&mut self, base: usize) -> bool {
        let fi = self.frames.len() - 1;
        if fi == base || fi == 0 {
            return false;
        }
        let fr = &self.frames[fi];
        if !fr.exc.is_empty() {
            return false;
        }
        let Some(&v) = fr.stack.last() else {
            return false;
        };
        // A call's result, or for `__init__` (which must return None) the new instance.
        let v = match fr.kind {
            FrameKind::Call => v,
            FrameKind::Init(inst) if v.is_none() => inst,
            FrameKind::BinOp(..) if v != Value::NOT_IMPLEMENTED => v,
            _ => return false,
        };
        // `recycle_top` for a frame known to be no generator's (no kind test).
        self.release_frame(fi);
        self.frames.truncate(fi);
        self.frames[fi - 1].stack.push(v);
        true
    }
}

/// A callee's `n_state` local slots: the arguments, the defaults, then unbound slots, each
/// written once by a plain loop over the few slots (one `extend` over chained iterators cost
/// ~140 instructions a call; one copy of this for the three callers of `push_plain`). A
/// pooled buffer mostly has the length already.
#[inline(never)]
fn fill_locals(
    locals: &mut alloc::vec::Vec<Value>,
    n_state: usize,
    args: &[Value],
    defaults: &[Value],
) {
    if locals.len() < n_state {
        locals.resize(n_state, Value::NULL);
    }
    locals.truncate(n_state);
    let (given, rest) = locals.split_at_mut(args.len().min(n_state));
    for (slot, &v) in given.iter_mut().zip(args) {
        *slot = v;
    }
    let (from_defaults, unbound) = rest.split_at_mut(defaults.len().min(rest.len()));
    for (slot, &v) in from_defaults.iter_mut().zip(defaults) {
        *slot = v;
    }
    for slot in unbound {
        *slot = Value::NULL;
    }
}
