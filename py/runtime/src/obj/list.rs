//! `list` and `tuple`: construction, indexing and slicing, and their methods (sorting too).
//! Always compiled.

use alloc::vec::Vec;

use crate::natives::Args;
use crate::obj::Obj;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A resolved slice: (start, stop, step, count).
pub(crate) type Slice = (isize, isize, isize, usize);

/// A slice's bounds resolved against a sequence of `len` items as CPython does it, where a
/// None bound takes its default. None for a zero step.
pub(crate) fn resolve_slice(
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
    len: usize,
) -> Option<Slice> {
    // A step beyond a machine word is clamped, as CPython does (every slice of a sequence
    // that fits in memory takes at most its first item with such a step).
    let step = step.unwrap_or(1).max(-isize::MAX);
    if step == 0 {
        return None;
    }
    let n = len as isize;
    let norm = |v: Option<isize>, dflt: isize, lo: isize, hi: isize| match v {
        None => dflt,
        Some(i) => (if i < 0 { i.saturating_add(n) } else { i }).clamp(lo, hi),
    };
    let (start, stop) = if step > 0 {
        (norm(start, 0, 0, n), norm(stop, n, 0, n))
    } else {
        (norm(start, n - 1, -1, n - 1), norm(stop, -1, -1, n - 1))
    };
    // Without overflow for any step: the first item, then one per whole step left.
    let count = if step > 0 && stop > start {
        (stop - start - 1) as usize / step as usize + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) as usize / step.unsigned_abs() + 1
    } else {
        0
    };
    Some((start, stop, step, count))
}

impl Vm {
    pub fn new_list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc(Obj::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.alloc(Obj::Tuple(items.into_boxed_slice()))
    }

    pub fn list_append(&mut self, l: Value, v: Value) -> PyResult<()> {
        let l = self.native_self(l);
        let grow = match self.heap.get(l) {
            Some(Obj::List(items)) => {
                if items.len() == items.capacity() {
                    items.capacity().max(4) * core::mem::size_of::<Value>()
                } else {
                    0
                }
            }
            _ => return Err(self.type_error("not a list")),
        };
        self.charge_growth(grow)?;
        if let Some(Obj::List(items)) = self.heap.get_mut(l) {
            items.push(v);
        }
        Ok(())
    }

    pub fn list_extend_vec(&mut self, l: Value, items: Vec<Value>) -> PyResult<()> {
        let l = self.native_self(l);
        self.heap
            .charge(items.len() * core::mem::size_of::<Value>())
            .map_err(|_| self.mem_error())?;
        if let Some(Obj::List(v)) = self.heap.get_mut(l) {
            v.extend(items);
        }
        Ok(())
    }

    /// Items of a list or tuple (a copy).
    pub fn seq_items(&self, v: Value) -> Option<Vec<Value>> {
        match self.heap.get(v)? {
            Obj::List(l) => Some(l.clone()),
            Obj::Tuple(t) => Some(t.to_vec()),
            Obj::Instance(i) if !i.base.is_null() => self.seq_items(i.base),
            _ => None,
        }
    }

    /// Resolves a slice against a length: (start, stop, step, count).
    pub fn slice_indices(
        &mut self,
        slice: Value,
        len: usize,
    ) -> PyResult<(isize, isize, isize, usize)> {
        let Some(Obj::Slice(a, b, c)) = self.heap.get(slice) else {
            return Err(self.type_error("not a slice"));
        };
        let (a, b, c) = (*a, *b, *c);
        let bound = |vm: &mut Vm, v: Value| -> PyResult<Option<isize>> {
            if v.is_none() {
                return Ok(None);
            }
            vm.slice_bound(v).map(Some)
        };
        // The step first: a zero step is the error whatever the other bounds are.
        let step = bound(self, c)?;
        let r = if step == Some(0) {
            None
        } else {
            let (start, stop) = (bound(self, a)?, bound(self, b)?);
            resolve_slice(start, stop, step, len)
        };
        r.ok_or_else(|| self.new_exc_msg(self.t.value_error, "slice step can't be zero"))
    }

    fn index_in(&mut self, idx: Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match self.to_index(idx) {
            Ok(i) => i,
            Err(_) => {
                let tn = self.type_name(idx);
                return Err(
                    self.type_error(&alloc::format!("{what} indices must be integers, not {tn}"))
                );
            }
        };
        let n = len as isize;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.new_exc_msg(
                self.t.index_error,
                &alloc::format!("{what} index out of range"),
            ));
        }
        Ok(j as usize)
    }

    pub fn seq_subscr(&mut self, o: Value, idx: Value) -> PyResult<Value> {
        // The common case first: an int index, no copy of the items.
        if let Some(i) = idx.as_small() {
            let (len, is_list) = match self.heap.get(o) {
                Some(Obj::List(l)) => (l.len(), true),
                Some(Obj::Tuple(t)) => (t.len(), false),
                _ => return Err(self.type_error("not a sequence")),
            };
            let j = if i < 0 { i + len as isize } else { i };
            if j >= 0 && (j as usize) < len {
                return Ok(match self.heap.get(o) {
                    Some(Obj::List(l)) => l[j as usize],
                    Some(Obj::Tuple(t)) => t[j as usize],
                    _ => Value::NONE,
                });
            }
            let what = if is_list { "list" } else { "tuple" };
            return Err(self.new_exc_msg(
                self.t.index_error,
                &alloc::format!("{what} index out of range"),
            ));
        }
        let (len, is_list) = match self.heap.get(o) {
            Some(Obj::List(l)) => (l.len(), true),
            Some(Obj::Tuple(t)) => (t.len(), false),
            _ => return Err(self.type_error("not a sequence")),
        };
        if let Some(Obj::Slice(..)) = self.heap.get(idx) {
            let r = self.slice_indices(idx, len)?;
            return self.seq_slice(o, r);
        }
        let j = self.index_in(idx, len, if is_list { "list" } else { "tuple" })?;
        Ok(match self.heap.get(o) {
            Some(Obj::List(l)) => l.get(j).copied().unwrap_or(Value::NONE),
            Some(Obj::Tuple(t)) => t.get(j).copied().unwrap_or(Value::NONE),
            _ => Value::NONE,
        })
    }

    pub fn list_store(&mut self, l: Value, idx: Value, v: Value) -> PyResult<()> {
        let len = match self.heap.get(l) {
            Some(Obj::List(x)) => x.len(),
            _ => return Err(self.type_error("not a list")),
        };
        if let Some(Obj::Slice(..)) = self.heap.get(idx) {
            let (start, stop, step, n) = self.slice_indices(idx, len)?;
            if v.is_null() {
                let Some(Obj::List(x)) = self.heap.get_mut(l) else {
                    return Ok(());
                };
                // One pass over the list (removing items one by one would move the rest
                // each time).
                let mut dead = alloc::vec![false; x.len()];
                for k in 0..n {
                    if let Some(d) = dead.get_mut((start + k as isize * step) as usize) {
                        *d = true;
                    }
                }
                let mut i = 0;
                x.retain(|_| {
                    i += 1;
                    !dead[i - 1]
                });
                return Ok(());
            }
            return self.list_store_slice(l, (start, stop, step, n), v);
        }
        let j = self.index_in(idx, len, "list")?;
        if let Some(Obj::List(x)) = self.heap.get_mut(l) {
            if v.is_null() {
                x.remove(j);
            } else {
                x[j] = v;
            }
        }
        Ok(())
    }

    /// The items of list or tuple `o` at the resolved slice `(start, _, step, n)`, as a new
    /// object of its type.
    fn seq_slice(&mut self, o: Value, (start, _, step, n): Slice) -> PyResult<Value> {
        let (items, is_list): (&[Value], bool) = match self.heap.get(o) {
            Some(Obj::List(l)) => (l, true),
            Some(Obj::Tuple(t)) => (t, false),
            _ => (&[], false),
        };
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(items.get(i as usize).copied().unwrap_or(Value::NONE));
            i = i.wrapping_add(step);
        }
        if is_list {
            self.new_list(out)
        } else {
            self.new_tuple(out)
        }
    }

    /// `l[slice] = v` for list `l` and the resolved slice `(start, stop, step, n)`.
    fn list_store_slice(
        &mut self,
        l: Value,
        (start, stop, step, n): Slice,
        v: Value,
    ) -> PyResult<()> {
        let new = self.iter_to_vec(v)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            let start = start as usize;
            let Some(Obj::List(x)) = self.heap.get_mut(l) else {
                return Ok(());
            };
            // As many items as the slice has: written in place.
            if let Some(window) = x.get_mut(start..stop).filter(|w| w.len() == new.len()) {
                window.copy_from_slice(&new);
                return Ok(());
            }
            let before = x.capacity();
            replace_range(x, start, stop, &new);
            let grew = x.capacity().saturating_sub(before) * core::mem::size_of::<Value>();
            return self.charge_growth(grew);
        }
        if new.len() != n {
            let msg = alloc::format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                new.len()
            );
            return Err(self.new_exc_msg(self.t.value_error, &msg));
        }
        if let Some(Obj::List(x)) = self.heap.get_mut(l) {
            // (Items the source's iteration removed from the list are not written.)
            for (k, nv) in new.into_iter().enumerate() {
                if let Some(slot) = x.get_mut((start + k as isize * step) as usize) {
                    *slot = nv;
                }
            }
        }
        Ok(())
    }

    /// BUILD_SLICE of `n` bounds that are small ints or None, followed at once by
    /// LOAD_SUBSCR of a list, tuple or ASCII str or STORE_SUBSCR into a list: both
    /// instructions run here, with no slice object. False, with nothing changed, for anything
    /// else (the general path then runs BUILD_SLICE).
    pub(crate) fn fused_slice(&mut self, n: usize) -> PyResult<bool> {
        let Some(fr) = self.frames.last() else {
            return Ok(false);
        };
        let store = match fr.code.bytecode.get(fr.ip) {
            Some(0x55) => false,
            Some(0x56) => true,
            _ => return Ok(false),
        };
        // The stack: [value (to store),] sequence, n bounds.
        let Some(seq_at) = fr.stack.len().checked_sub(n + 1) else {
            return Ok(false);
        };
        let mut b = [None; 3];
        for (slot, &v) in b.iter_mut().zip(&fr.stack[seq_at + 1..]) {
            if !v.is_none() {
                let Some(i) = v.as_small() else {
                    return Ok(false);
                };
                *slot = Some(i);
            }
        }
        let seq = fr.stack[seq_at];
        let value = match seq_at.checked_sub(1) {
            Some(i) if store => fr.stack[i],
            _ => Value::NULL,
        };
        // The length, and whether `seq` is a list or tuple (else an ASCII str).
        let (len, items) = match self.heap.get(seq) {
            Some(Obj::List(l)) if !store || !value.is_null() => (l.len(), true),
            Some(Obj::Tuple(t)) if !store => (t.len(), true),
            // (A str itself: a subclass's instance may have its own `__getitem__`.)
            Some(Obj::Str(t)) if !store && t.ascii => (t.s.len(), false),
            None if !store && seq.as_qstr().is_some() && self.str_is_ascii(seq) => {
                (self.str_of(seq).map_or(0, str::len), false)
            }
            _ => return Ok(false),
        };
        // (A zero step is for the general path to raise.)
        let Some(r) = resolve_slice(b[0], b[1], b[2], len) else {
            return Ok(false);
        };
        // The sequence and the value stay rooted on the stack until it is cut.
        let keep = if store {
            self.list_store_slice(seq, r, value)?;
            seq_at - 1
        } else {
            let v = if items {
                self.seq_slice(seq, r)?
            } else {
                self.ascii_slice(seq, r)?
            };
            let fr = self.top();
            fr.stack[seq_at] = v;
            seq_at + 1
        };
        let fr = self.top();
        fr.stack.truncate(keep);
        fr.ip += 1;
        Ok(true)
    }

    /// `seq * n` for str, bytes, list and tuple; `None` for other types.
    pub fn seq_repeat(&mut self, a: Value, n: i64) -> PyResult<Option<Value>> {
        let n = n.max(0) as usize;
        if let Some(s) = self.str_of(a) {
            if s.len().saturating_mul(n) > self.heap.limit {
                return Err(self.mem_error());
            }
            let r = s.repeat(n);
            return Ok(Some(self.new_str_owned(r)?));
        }
        if let Some(b) = self.bytes_of(a) {
            if b.len().saturating_mul(n) > self.heap.limit {
                return Err(self.mem_error());
            }
            let r = b.repeat(n);
            let ba = matches!(self.heap.get(a), Some(Obj::ByteArray(_)));
            return Ok(Some(if ba {
                self.alloc(Obj::ByteArray(r))?
            } else {
                self.new_bytes(r)?
            }));
        }
        let (items, list) = match self.heap.get(a) {
            Some(Obj::List(l)) => (l.clone(), true),
            Some(Obj::Tuple(t)) => (t.to_vec(), false),
            _ => return Ok(None),
        };
        if items
            .len()
            .saturating_mul(n)
            .saturating_mul(core::mem::size_of::<Value>())
            > self.heap.limit
        {
            return Err(self.mem_error());
        }
        let mut out = Vec::with_capacity(items.len() * n);
        for _ in 0..n {
            out.extend_from_slice(&items);
        }
        Ok(Some(if list {
            self.new_list(out)?
        } else {
            self.new_tuple(out)?
        }))
    }

    /// Sorts values in place with an optional key function; stable.
    pub fn sort_values(
        &mut self,
        items: &mut Vec<Value>,
        key: Value,
        reverse: bool,
    ) -> PyResult<()> {
        let mark = self.roots.len();
        self.roots.extend_from_slice(items);
        let keys: Vec<Value> = if key.is_none() || key.is_null() {
            items.clone()
        } else {
            let mut ks = Vec::with_capacity(items.len());
            for &it in items.iter() {
                let k = match self.call(key, &[it], &[]) {
                    Ok(k) => k,
                    Err(e) => {
                        self.roots.truncate(mark);
                        return Err(e);
                    }
                };
                self.roots.push(k);
                ks.push(k);
            }
            ks
        };
        // Keys that compare without Python code (numbers, strings, tuples of them) compare
        // in their native order; others through `compare`, whose errors stop the sort.
        if let Some(mut pairs) = keys
            .iter()
            .enumerate()
            .map(|(i, k)| k.as_small().map(|n| (n, i)))
            .collect::<Option<Vec<(isize, usize)>>>()
        {
            // Small ints only (the common case): their order is that of machine integers.
            self.roots.truncate(mark);
            let _ = merge_sort_by(&mut pairs, &mut |a, b| {
                Ok::<bool, PyErr>(if reverse { b.0 < a.0 } else { a.0 < b.0 })
            });
            *items = pairs.iter().map(|&(_, i)| items[i]).collect();
            return Ok(());
        }
        let native = natively_ordered(self, &keys);
        let mut idx: Vec<usize> = (0..items.len()).collect();
        let r = merge_sort_by(&mut idx, &mut |i: usize, j: usize| {
            let (a, b) = if reverse {
                (keys[j], keys[i])
            } else {
                (keys[i], keys[j])
            };
            if native {
                // A total order (checked above): never None.
                Ok(native_order(self, a, b) == Some(core::cmp::Ordering::Less))
            } else {
                self.compare(ferrite_bytecode::BinaryOp::Less, a, b)
            }
        });
        self.roots.truncate(mark);
        r?;
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
        *items = sorted;
        Ok(())
    }
}

/// Whether a small int converts to a float exactly.
#[inline]
fn exact_in_f64(i: isize) -> bool {
    (i.unsigned_abs() as u64) < 1 << 53
}

/// What the values at one position of the sort keys are, for [`natively_ordered`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyClass {
    Unset,
    /// Small ints only (any size).
    Int,
    /// Floats (not NaN) and small ints that convert exactly.
    Num,
    Str,
    Mixed,
}

fn key_class(vm: &Vm, v: Value, was: KeyClass) -> KeyClass {
    use KeyClass::*;
    let this = if v.as_small().is_some() {
        Int
    } else if vm.plain_str(v).is_some() {
        Str
    } else {
        match vm.heap.float_of(v) {
            Some(f) if !f.is_nan() => Num,
            _ => return Mixed,
        }
    };
    match (was, this) {
        (Unset, c) => c,
        (Int, Num) => Num,
        (Num, Int) => Num,
        (a, b) if a == b => a,
        _ => Mixed,
    }
}

/// Whether every pair of `keys` compares by [`native_order`] in a total order: all numbers,
/// all strings, or all tuples (of up to 8 items) whose items at each position are all
/// numbers or all strings. Small ints too large to convert to float exactly are not mixed
/// with floats, and NaN is excluded.
fn natively_ordered(vm: &Vm, keys: &[Value]) -> bool {
    const MAX_ITEMS: usize = 8;
    let mut classes = [KeyClass::Unset; MAX_ITEMS];
    let mut big_int = [false; MAX_ITEMS];
    let tuples = matches!(
        keys.first().and_then(|&k| vm.heap.get(k)),
        Some(Obj::Tuple(_))
    );
    for &k in keys {
        let items: &[Value] = match vm.heap.get(k) {
            Some(Obj::Tuple(t)) if tuples && t.len() <= MAX_ITEMS => t,
            _ if !tuples => core::slice::from_ref(&k),
            _ => return false,
        };
        for (p, &v) in items.iter().enumerate() {
            classes[p] = key_class(vm, v, classes[p]);
            big_int[p] |= v.as_small().is_some_and(|i| !exact_in_f64(i));
            if classes[p] == KeyClass::Mixed || (classes[p] == KeyClass::Num && big_int[p]) {
                return false;
            }
        }
    }
    true
}

/// The order of `a` and `b` as `<` and `==` give it, for keys [`natively_ordered`] accepts
/// (None for others).
fn native_order(vm: &Vm, a: Value, b: Value) -> Option<core::cmp::Ordering> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Some(x.cmp(&y));
    }
    if let (Some(x), Some(y)) = (vm.plain_str(a), vm.plain_str(b)) {
        // UTF-8 byte order is code point order.
        return Some(x.as_bytes().cmp(y.as_bytes()));
    }
    let num = |v: Value| match v.as_small() {
        Some(i) if exact_in_f64(i) => Some(i as f64),
        Some(_) => None,
        None => vm.heap.float_of(v),
    };
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return x.partial_cmp(&y);
    }
    let (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) = (vm.heap.get(a), vm.heap.get(b)) else {
        return None;
    };
    for (&p, &q) in x.iter().zip(y.iter()) {
        match native_order(vm, p, q)? {
            core::cmp::Ordering::Equal => {}
            o => return Some(o),
        }
    }
    Some(x.len().cmp(&y.len()))
}

/// Sorts `v` by `less` (a strict order), stably: a merge sort whose runs of up to 16 items
/// are sorted by insertion, and which skips merging two runs already in order. The first
/// error `less` returns stops the sort and is returned (`v` is then some permutation).
pub fn merge_sort_by<T: Copy, E>(
    v: &mut [T],
    less: &mut impl FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    let mut buf = v.to_vec();
    merge_runs(v, &mut buf, less)
}

fn merge_runs<T: Copy, E>(
    v: &mut [T],
    buf: &mut [T],
    less: &mut impl FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n <= 16 {
        for i in 1..n {
            let x = v[i];
            let mut j = i;
            while j > 0 && less(x, v[j - 1])? {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_runs(&mut v[..mid], &mut buf[..mid], less)?;
    merge_runs(&mut v[mid..], &mut buf[mid..n], less)?;
    if !less(v[mid], v[mid - 1])? {
        return Ok(());
    }
    buf[..n].copy_from_slice(v);
    let (left, right) = buf[..n].split_at(mid);
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        // The right run's item goes first only when strictly smaller (stability); chosen
        // without a branch, which random data would mispredict.
        let (l, r) = (left[i], right[j]);
        let r_first = less(r, l)?;
        v[k] = if r_first { r } else { l };
        j += usize::from(r_first);
        i += usize::from(!r_first);
        k += 1;
    }
    // One run is used up; the rest of the other is in order already.
    if i < left.len() {
        v[k..].copy_from_slice(&left[i..]);
    } else {
        v[k..].copy_from_slice(&right[j..]);
    }
    Ok(())
}

/// Sorts strings in code-point order (through [`merge_sort_by`], so one sort serves all).
/// `v[start..stop] = new`, as `Vec::splice` does it (growing the same way) but without its
/// drop glue (1.9 KB for lists and bytearrays). Bounds out of range leave `v` as it is.
pub fn replace_range<T: Copy>(v: &mut Vec<T>, start: usize, stop: usize, new: &[T]) {
    let len = v.len();
    if start > stop || stop > len {
        return;
    }
    let old = stop - start;
    if new.len() <= old {
        let end = start + new.len();
        v[start..end].copy_from_slice(new);
        if end < stop {
            v.copy_within(stop..len, end);
            v.truncate(len - (old - new.len()));
        }
    } else {
        let (head, extra) = new.split_at(old);
        v.extend_from_slice(extra);
        v.copy_within(stop..len, stop + extra.len());
        v[start..stop].copy_from_slice(head);
        v[stop..stop + extra.len()].copy_from_slice(extra);
    }
}

pub fn sort_strings(v: &mut Vec<alloc::string::String>) {
    let mut idx: Vec<usize> = (0..v.len()).collect();
    let _ = merge_sort_by(&mut idx, &mut |i: usize, j: usize| {
        Ok::<bool, PyErr>(v[i] < v[j])
    });
    let mut old: Vec<Option<alloc::string::String>> = v.drain(..).map(Some).collect();
    v.extend(idx.into_iter().filter_map(|i| old[i].take()));
}

/// The error unless a method's arguments after `self` are at least `n`.
fn need_args(vm: &mut Vm, p: &[Value], n: usize) -> PyResult<()> {
    if p.len() < n {
        return Err(vm.type_error(&alloc::format!(
            "function takes {} positional arguments but {} were given",
            n + 1,
            p.len() + 1
        )));
    }
    Ok(())
}

/// `list.append(x)`: a native of its own, the commonest method call, so no dispatch by name.
pub fn list_append_method(vm: &mut Vm, _name: &str, a: &Args) -> PyResult<Value> {
    match a.pos {
        [this, x, ..] => vm.list_append(*this, *x)?,
        _ => need_args(vm, &[], 1)?,
    }
    Ok(Value::NONE)
}

/// Native methods of `list` and `tuple`; `a.pos[0]` is the object.
pub fn call_list_method(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    let this = vm.native_self(a.pos[0]);
    let p = &a.pos[1..];
    let need = |vm: &mut Vm, n: usize| need_args(vm, p, n);
    match name {
        "extend" => {
            need(vm, 1)?;
            let items = vm.iter_to_vec(p[0])?;
            vm.list_extend_vec(this, items)?;
            Ok(Value::NONE)
        }
        "insert" => {
            need(vm, 2)?;
            let i = vm.to_index(p[0])?;
            vm.heap
                .charge(core::mem::size_of::<Value>())
                .map_err(|_| vm.mem_error())?;
            if let Some(Obj::List(l)) = vm.heap.get_mut(this) {
                let n = l.len() as isize;
                let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
                l.insert(j as usize, p[1]);
            }
            Ok(Value::NONE)
        }
        "pop" => {
            let len = match vm.heap.get(this) {
                Some(Obj::List(l)) => l.len(),
                _ => 0,
            };
            if len == 0 {
                return Err(vm.new_exc_msg(vm.t.index_error, "pop from empty list"));
            }
            let i = match p.first() {
                Some(&v) => vm.to_index(v)?,
                None => -1,
            };
            let j = if i < 0 { i + len as isize } else { i };
            if j < 0 || j >= len as isize {
                return Err(vm.new_exc_msg(vm.t.index_error, "list index out of range"));
            }
            match vm.heap.get_mut(this) {
                Some(Obj::List(l)) => Ok(l.remove(j as usize)),
                _ => Ok(Value::NONE),
            }
        }
        "remove" => {
            need(vm, 1)?;
            let items = vm.seq_items(this).unwrap_or_default();
            for (i, it) in items.iter().enumerate() {
                if vm.eq(*it, p[0])? {
                    if let Some(Obj::List(l)) = vm.heap.get_mut(this) {
                        if i < l.len() {
                            l.remove(i);
                        }
                    }
                    return Ok(Value::NONE);
                }
            }
            Err(vm.new_exc_msg(vm.t.value_error, "object not in sequence"))
        }
        "clear" => {
            if let Some(Obj::List(l)) = vm.heap.get_mut(this) {
                l.clear();
            }
            Ok(Value::NONE)
        }
        "copy" => {
            let items = vm.seq_items(this).unwrap_or_default();
            vm.new_list(items)
        }
        "reverse" => {
            if let Some(Obj::List(l)) = vm.heap.get_mut(this) {
                l.reverse();
            }
            Ok(Value::NONE)
        }
        "index" => {
            need(vm, 1)?;
            let items = vm.seq_items(this).unwrap_or_default();
            let n = items.len() as isize;
            let norm = |i: isize| if i < 0 { (i + n).max(0) } else { i.min(n) };
            let st = match p.get(1) {
                Some(&v) => norm(vm.to_index(v)?),
                None => 0,
            };
            let en = match p.get(2) {
                Some(&v) => norm(vm.to_index(v)?),
                None => n,
            };
            for i in st..en {
                if vm.eq(items[i as usize], p[0])? {
                    return Ok(Value::small(i));
                }
            }
            Err(vm.new_exc_msg(vm.t.value_error, "object not in sequence"))
        }
        "count" => {
            need(vm, 1)?;
            let items = vm.seq_items(this).unwrap_or_default();
            let mut c = 0;
            for it in items {
                if vm.eq(it, p[0])? {
                    c += 1;
                }
            }
            Ok(Value::small(c))
        }
        "sort" => {
            if !p.is_empty() {
                return Err(vm.type_error("function takes 1 positional arguments but 2 were given"));
            }
            let key = a.kw_get(vm, "key").unwrap_or(Value::NONE);
            let rev = match a.kw_get(vm, "reverse") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut items = vm.seq_items(this).unwrap_or_default();
            vm.sort_values(&mut items, key, rev)?;
            if let Some(Obj::List(l)) = vm.heap.get_mut(this) {
                *l = items;
            }
            Ok(Value::NONE)
        }
        _ => Err(vm.new_exc_msg(
            vm.t.attribute_error,
            &alloc::format!("'list' object has no attribute '{name}'"),
        )),
    }
}
