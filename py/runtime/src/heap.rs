//! The heap: an arena of objects named by slot number, byte accounting against the port's
//! heap size, and a precise mark-sweep collector. Always compiled.
//!
//! # Rooting rule
//! Collection runs only at VM safe points (between instructions), never inside a native
//! function. At a safe point every live value is reachable from the roots the VM hands to
//! [`Heap::collect`]: the frames (locals, value stacks, globals), the loaded modules, the
//! builtin types and constants, and `Vm::roots` — the stack where code that calls back into
//! Python parks the values it holds across the call. A value held only in a Rust local across
//! a call into Python must be pushed there first.
//!
//! # Accounting
//! Each object is charged its slot plus the buffers it owns; buffer growth is charged when it
//! happens (`Heap::charge`). After a collection the charge is recomputed from the survivors.
//! An allocation that would take the charge over the limit fails with [`OutOfMemory`]; the VM
//! collects before it gets there, whenever the charge passes the next threshold.

use alloc::vec::Vec;

use crate::obj::Obj;
use crate::value::Value;

/// An allocation did not fit in the heap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

pub struct Heap {
    slots: Vec<Option<Obj>>,
    marks: Vec<bool>,
    free: Vec<usize>,
    /// Bytes charged to live (or not yet collected) objects.
    pub bytes: usize,
    /// The port's heap size.
    pub limit: usize,
    /// Collect at the next safe point once `bytes` passes this.
    pub next_gc: usize,
    /// Something was allocated since the last collection.
    pub dirty: bool,
    /// gc-stress: collect at every safe point after an allocation; never reuse a freed slot.
    pub stress: bool,
    pub collections: usize,
    /// `gc.disable()`: no automatic collections (explicit `gc.collect()` still runs).
    pub disabled: bool,
    /// An allocation failed: the reserve is open to the code handling the MemoryError.
    pub emergency: bool,
    /// Open files of file objects the last collection freed: the VM closes them
    /// (`Vm::collect`), as a finaliser would.
    pub dead_handles: Vec<i32>,
}

/// Bytes kept back for handling a MemoryError (at most a sixteenth of the heap).
const RESERVE: usize = 4096;

/// Allocation between collections when little is live: small enough that the slot table a
/// sweep walks stays in cache, big enough that marking the roots is rare.
const GC_STEP: usize = 256 * 1024;
/// The largest step of allocation between collections that the heap's size alone gives.
const GC_STEP_MAX: usize = 4 * 1024 * 1024;

/// Bytes charged for one slot, whatever it holds.
const SLOT_BYTES: usize = core::mem::size_of::<Option<Obj>>() + 1;

impl Heap {
    pub fn new(limit: usize, stress: bool) -> Heap {
        Heap {
            slots: Vec::new(),
            marks: Vec::new(),
            free: Vec::new(),
            bytes: 0,
            limit,
            next_gc: (limit / 4).clamp(16 * 1024, GC_STEP).min(limit),
            dirty: false,
            stress,
            collections: 0,
            disabled: false,
            emergency: false,
            dead_handles: Vec::new(),
        }
    }

    /// Whether `n` more bytes fit. The last `RESERVE` bytes of the heap are kept back until
    /// an allocation fails: then the code handling that MemoryError may use them (to bind the
    /// exception, store a result, print), until a collection frees enough again.
    #[inline]
    fn fits(&mut self, n: usize) -> bool {
        let reserve = if self.emergency {
            0
        } else {
            (self.limit / 16).min(RESERVE)
        };
        if self.bytes.saturating_add(n) <= self.limit - reserve {
            return true;
        }
        self.emergency = true;
        false
    }

    /// Puts `obj` on the heap, or fails when it does not fit.
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> Result<Value, OutOfMemory> {
        let size = SLOT_BYTES + obj_extra_bytes(&obj);
        self.place(obj, size)
    }

    /// Puts `obj`, which owns `extra` bytes outside its slot, on the heap (what
    /// [`Heap::alloc`] charges, for a caller that knows it).
    #[inline]
    pub fn alloc_owning(&mut self, obj: Obj, extra: usize) -> Result<Value, OutOfMemory> {
        debug_assert_eq!(extra, obj_extra_bytes(&obj));
        self.place(obj, SLOT_BYTES + extra)
    }

    /// A float value: immediate when it fits in the word, else boxed on the heap (a float
    /// owns nothing outside its slot).
    #[inline(always)]
    pub fn alloc_float(&mut self, f: f64) -> Result<Value, OutOfMemory> {
        if let Some(v) = Value::try_float(f) {
            return Ok(v);
        }
        self.place(Obj::Float(f), SLOT_BYTES)
    }

    /// The double of a float value, immediate or boxed (not of a float subclass instance).
    #[inline(always)]
    pub fn float_of(&self, v: Value) -> Option<f64> {
        if let Some(f) = v.as_float() {
            return Some(f);
        }
        match self.get(v)? {
            Obj::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// Puts `obj`, charged `size` bytes, in a free slot.
    #[inline(always)]
    fn place(&mut self, obj: Obj, size: usize) -> Result<Value, OutOfMemory> {
        if !self.fits(size) {
            return Err(self.out_of_memory());
        }
        self.bytes += size;
        self.dirty = true;
        if let Some(slot) = self.free.pop() {
            self.slots[slot] = Some(obj);
            Ok(Value::heap(slot))
        } else {
            self.slots.push(Some(obj));
            self.marks.push(false);
            Ok(Value::heap(self.slots.len() - 1))
        }
    }

    /// An allocation that did not fit: the next safe point collects (in every mode), so
    /// that memory the program lets go of after its MemoryError is found again.
    #[cold]
    fn out_of_memory(&mut self) -> OutOfMemory {
        self.dirty = true;
        self.next_gc = 0;
        OutOfMemory
    }

    /// Charges `n` more bytes (a buffer grew), or fails when they do not fit.
    pub fn charge(&mut self, n: usize) -> Result<(), OutOfMemory> {
        if !self.fits(n) {
            return Err(self.out_of_memory());
        }
        self.bytes += n;
        self.dirty = true;
        Ok(())
    }

    #[inline]
    pub fn get(&self, v: Value) -> Option<&Obj> {
        let slot = v.as_heap()?;
        self.slots.get(slot)?.as_ref()
    }

    #[inline]
    pub fn get_mut(&mut self, v: Value) -> Option<&mut Obj> {
        let slot = v.as_heap()?;
        self.slots.get_mut(slot)?.as_mut()
    }

    /// Whether a safe point should collect now.
    #[inline]
    pub fn wants_collect(&self) -> bool {
        // gc-stress collects after every allocation, and never less often than the schedule.
        (self.stress && self.dirty)
            || (self.bytes >= self.next_gc && (!self.disabled || self.bytes * 8 >= self.limit * 7))
    }

    /// Marks everything reachable from `roots`, frees the rest, recomputes the charge.
    pub fn collect(&mut self, roots: &mut dyn Iterator<Item = Value>) {
        self.collections += 1;
        let mut work: Vec<usize> = Vec::new();
        for m in self.marks.iter_mut() {
            *m = false;
        }
        let marks = &mut self.marks;
        let slots = &self.slots;
        // Marks `v`; an object that holds values goes on the work list (a string, number or
        // byte string is only marked).
        let mut push = |v: Value, work: &mut Vec<usize>| {
            if let Some(s) = v.as_heap() {
                if let Some(m) = marks.get_mut(s) {
                    if !*m {
                        *m = true;
                        if !matches!(slots.get(s), Some(Some(o)) if crate::trace::is_leaf(o)) {
                            work.push(s);
                        }
                    }
                }
            }
        };
        for r in roots {
            push(r, &mut work);
        }
        while let Some(s) = work.pop() {
            match slots.get(s) {
                // The common containers traced here, the rest through `children`.
                Some(Some(Obj::List(l))) => l.iter().for_each(|&v| push(v, &mut work)),
                Some(Some(Obj::Tuple(t))) => t.iter().for_each(|&v| push(v, &mut work)),
                Some(Some(obj)) => crate::trace::children(obj, &mut |v| push(v, &mut work)),
                _ => {}
            }
        }
        let mut live = 0usize;
        let mut top = 0usize;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if slot.is_none() {
                continue;
            }
            if self.marks[i] {
                if let Some(obj) = slot {
                    live += SLOT_BYTES + obj_extra_bytes(obj);
                }
                top = i + 1;
            } else {
                if let Some(Obj::Stream(st)) = slot {
                    if st.handle != crate::obj::NO_HANDLE {
                        self.dead_handles.push(st.handle);
                    }
                }
                free_obj(slot.take());
            }
        }
        if !self.stress {
            // Drop the free tail, and hand out the lowest free slots first so the table
            // stays short (gc-stress never reuses a slot, to expose missing roots).
            self.slots.truncate(top);
            self.marks.truncate(top);
            self.free.clear();
            for i in (0..top).rev() {
                if self.slots[i].is_none() {
                    self.free.push(i);
                }
            }
        }
        self.bytes = live;
        self.dirty = false;
        if live + 2 * RESERVE.min(self.limit / 16) <= self.limit {
            self.emergency = false;
        }
        let headroom = self.limit - live.min(self.limit);
        // The next collection after twice the live size, or a step of at least 256 KB and
        // 1/32 of the heap up to 4 MB: a large heap is used more before it is traced again
        // (MicroPython's own collector waits for the heap to fill), while the memory a
        // process touches stays near its live size. Near the limit, at most half of what is
        // left is used before the next collection: native code (a `split` of a long text)
        // cannot collect while it allocates, so the other half is its room.
        let step = live.max(GC_STEP).max((self.limit / 32).min(GC_STEP_MAX));
        self.next_gc = live + step.min(headroom / 2);
    }
}

/// Drops a dead object: one out-of-line call to the drop code of every kind of object,
/// rather than a copy of it inside the collector.
#[inline(never)]
fn free_obj(obj: Option<Obj>) {
    drop(obj);
}

/// Bytes an object owns outside its slot.
#[inline]
fn obj_extra_bytes(obj: &Obj) -> usize {
    use core::mem::size_of;
    let w = size_of::<Value>();
    match obj {
        Obj::Str(s) => s.s.len(),
        Obj::Bytes(b) => b.len(),
        Obj::ByteArray(b) => b.capacity(),
        Obj::Array(a) => a.data.capacity() + core::mem::size_of::<crate::obj::array::ArrayObj>(),
        Obj::Int(i) => i.bits() as usize / 8 + w,
        Obj::Tuple(t) => t.len() * w,
        Obj::List(l) => l.capacity() * w,
        Obj::Dict(d) | Obj::Set(d, _) => d.bytes(),
        Obj::Function(f) => size_of::<crate::obj::FunObj>() + f.closure.len() * w,
        Obj::Type(t) => size_of::<crate::obj::TypeObj>() + t.dict.bytes() + t.mro.len() * w,
        Obj::Instance(i) => size_of::<crate::obj::Instance>() + i.dict.bytes(),
        Obj::Exception(e) => {
            size_of::<crate::obj::ExcObj>()
                + e.traceback.len() * size_of::<crate::obj::TbEntry>()
                + e.dict.bytes()
        }
        Obj::Module(_) => size_of::<crate::obj::ModuleObj>(),
        Obj::Generator(g) => {
            size_of::<crate::obj::GenObj>() + g.frame.as_ref().map_or(0, |f| f.bytes())
        }
        Obj::Iter(_) => size_of::<crate::obj::IterObj>(),
        Obj::Partial(_, a) => a.len() * w,
        _ => 0,
    }
}
