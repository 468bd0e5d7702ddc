//! Iteration: `iter()` of every iterable, the builtin iterators' `next`, and helpers that
//! drain an iterable. End of iteration is `None`, not an exception. Always compiled.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::obj::{IterObj, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    fn new_iter(&mut self, it: IterObj) -> PyResult<Value> {
        self.alloc(Obj::Iter(Box::new(it)))
    }

    /// `iter(o)`.
    pub fn get_iter(&mut self, o: Value) -> PyResult<Value> {
        if o.as_qstr().is_some() {
            return self.new_iter(IterObj::Str { s: o, pos: 0 });
        }
        let it = match self.heap.get(o) {
            Some(Obj::List(_))
            | Some(Obj::Tuple(_))
            | Some(Obj::Bytes(_))
            | Some(Obj::ByteArray(_)) => IterObj::Seq { seq: o, idx: 0 },
            Some(Obj::Str(_)) => IterObj::Str { s: o, pos: 0 },
            Some(Obj::MemView(..)) | Some(Obj::Array(_)) => IterObj::GetItem { obj: o, idx: 0 },
            Some(Obj::Range(r)) => IterObj::Range {
                cur: r.start,
                stop: r.stop,
                step: r.step,
            },
            Some(Obj::Dict(x)) | Some(Obj::Set(x, _)) => IterObj::Dict {
                d: o,
                idx: 0,
                kind: 0,
                len: x.len(),
            },
            Some(Obj::Iter(i)) => match **i {
                IterObj::DictView { d, kind } => IterObj::Dict {
                    d,
                    idx: 0,
                    kind,
                    len: match self.heap.get(d) {
                        Some(Obj::Dict(x)) => x.len(),
                        _ => 0,
                    },
                },
                _ => return Ok(o),
            },
            Some(Obj::Generator(_)) | Some(Obj::Stream(_)) => return Ok(o),
            Some(Obj::Instance(_)) | Some(Obj::Type(_)) | Some(Obj::Exception(_)) => {
                let q = crate::qstr::q::ITER;
                if let Some(m) = self.lookup_special(o, q) {
                    return self.call(m, &[o], &[]);
                }
                // `await x` compiles to GET_ITER on x: an awaitable gives its iterator.
                let qa = crate::qstr::q::AWAIT;
                if let Some(m) = self.lookup_special(o, qa) {
                    return self.call(m, &[o], &[]);
                }
                let qg = crate::qstr::q::GETITEM;
                if self.lookup_special(o, qg).is_some() {
                    IterObj::GetItem { obj: o, idx: 0 }
                } else {
                    let b = self.native_self(o);
                    if b != o {
                        return self.get_iter(b);
                    }
                    return Err(self.not_iterable(o));
                }
            }
            _ => return Err(self.not_iterable(o)),
        };
        self.new_iter(it)
    }

    fn not_iterable(&mut self, o: Value) -> crate::vm::PyErr {
        let tn = self.type_name(o);
        self.type_error(&alloc::format!("'{tn}' object isn't iterable"))
    }

    /// `next(it)`: `None` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(obj) = self.heap.get(it) else {
            return Err(self.not_an_iterator(it));
        };
        match obj {
            Obj::Iter(b) => {
                match **b {
                    IterObj::Seq { seq, idx } => {
                        let v = match self.heap.get(seq) {
                            Some(Obj::List(l)) => l.get(idx).copied(),
                            Some(Obj::Tuple(t)) => t.get(idx).copied(),
                            Some(Obj::Bytes(b)) => b.get(idx).map(|&x| Value::small(x as isize)),
                            Some(Obj::ByteArray(b)) => {
                                b.get(idx).map(|&x| Value::small(x as isize))
                            }
                            _ => None,
                        };
                        if v.is_some() {
                            self.set_iter_pos(it, idx + 1);
                        }
                        return Ok(v);
                    }
                    IterObj::Str { s, pos } => {
                        let c = self
                            .str_of(s)
                            .and_then(|t| t.get(pos..))
                            .and_then(|t| t.chars().next());
                        let Some(c) = c else { return Ok(None) };
                        self.set_iter_pos(it, pos + c.len_utf8());
                        let mut buf = [0u8; 4];
                        return Ok(Some(self.new_str(c.encode_utf8(&mut buf))?));
                    }
                    IterObj::Range { cur, stop, step } => {
                        if (step > 0 && cur < stop) || (step < 0 && cur > stop) {
                            if let Some(Obj::Iter(b)) = self.heap.get_mut(it) {
                                if let IterObj::Range { cur: c, .. } = &mut **b {
                                    *c = cur + step;
                                }
                            }
                            return Ok(Some(self.new_int(cur as i64)?));
                        }
                        return Ok(None);
                    }
                    IterObj::Dict { d, idx, kind, len } => {
                        let (next, now) = match self.heap.get(d) {
                            Some(Obj::Dict(x)) | Some(Obj::Set(x, _)) => (x.next_at(idx), x.len()),
                            _ => (None, len),
                        };
                        if now != len {
                            let what = if matches!(self.heap.get(d), Some(Obj::Set(..))) {
                                "Set"
                            } else {
                                "dictionary"
                            };
                            return Err(self.new_exc_msg(
                                self.t.runtime_error,
                                &alloc::format!("{what} changed size during iteration"),
                            ));
                        }
                        let Some((pos, e)) = next else {
                            return Ok(None);
                        };
                        self.set_iter_pos(it, pos);
                        return Ok(Some(match kind {
                            0 => e.key,
                            1 => e.value,
                            _ => self.new_tuple(alloc::vec![e.key, e.value])?,
                        }));
                    }
                    IterObj::DictView { .. } => return Err(self.not_an_iterator(it)),
                    _ => {}
                }
                self.iter_next_slow(it)
            }
            Obj::Generator(_) => self.gen_next(it),
            Obj::Stream(_) => {
                let line = (self.lib.stream_method)(
                    self,
                    "readline",
                    &crate::natives::Args {
                        pos: &[it],
                        kw: &[],
                    },
                )?;
                if self.len_of(line)? == 0 {
                    Ok(None)
                } else {
                    Ok(Some(line))
                }
            }
            _ => {
                let q = crate::qstr::q::NEXT;
                if let Some(m) = self.lookup_special(it, q) {
                    return match self.call(m, &[it], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.is_stop_iteration(e.0) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                Err(self.not_an_iterator(it))
            }
        }
    }

    fn not_an_iterator(&mut self, it: Value) -> crate::vm::PyErr {
        let tn = self.type_name(it);
        self.type_error(&alloc::format!("'{tn}' object isn't an iterator"))
    }

    fn set_iter_pos(&mut self, it: Value, p: usize) {
        if let Some(Obj::Iter(b)) = self.heap.get_mut(it) {
            match &mut **b {
                IterObj::Seq { idx, .. }
                | IterObj::Dict { idx, .. }
                | IterObj::GetItem { idx, .. } => *idx = p,
                IterObj::Str { pos, .. } => *pos = p,
                IterObj::Reversed { idx, .. } => *idx = p,
                _ => {}
            }
        }
    }

    /// The iterators that call back into Python.
    fn iter_next_slow(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(Obj::Iter(b)) = self.heap.get(it) else {
            return Ok(None);
        };
        match &**b {
            IterObj::GetItem { obj, idx } => {
                let (obj, idx) = (*obj, *idx);
                let i = Value::small(idx as isize);
                match self.subscr(obj, i) {
                    Ok(v) => {
                        self.set_iter_pos(it, idx + 1);
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.is_instance_of(e.0, self.t.index_error)
                            || self.is_stop_iteration(e.0) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterObj::Enumerate { it: inner, n } => {
                let (inner, n) = (*inner, *n);
                let Some(v) = self.iter_next(inner)? else {
                    return Ok(None);
                };
                let mark = self.roots.len();
                self.roots.push(v);
                let n1 = self.binary_op(ferrite_bytecode::BinaryOp::Add, n, Value::small(1));
                self.roots.truncate(mark);
                let n1 = n1?;
                if let Some(Obj::Iter(b)) = self.heap.get_mut(it) {
                    if let IterObj::Enumerate { n: nn, .. } = &mut **b {
                        *nn = n1;
                    }
                }
                Ok(Some(self.new_tuple(alloc::vec![n, v])?))
            }
            IterObj::Zip { its } => {
                let its = its.to_vec();
                let mark = self.roots.len();
                let Some(items) = self.next_of_each(&its, mark)? else {
                    return Ok(None);
                };
                let r = self.new_tuple(items);
                self.roots.truncate(mark);
                Ok(Some(r?))
            }
            IterObj::Map { f, its } => {
                let f = *f;
                let its = its.to_vec();
                let mark = self.roots.len();
                let Some(args) = self.next_of_each(&its, mark)? else {
                    return Ok(None);
                };
                let r = self.call(f, &args, &[]);
                self.roots.truncate(mark);
                Ok(Some(r?))
            }
            IterObj::Filter { f, it: inner } => {
                let (f, inner) = (*f, *inner);
                loop {
                    let Some(v) = self.iter_next(inner)? else {
                        return Ok(None);
                    };
                    let mark = self.roots.len();
                    self.roots.push(v);
                    let keep = if f.is_none() {
                        self.truthy(v)
                    } else {
                        match self.call(f, &[v], &[]) {
                            Ok(r) => self.truthy(r),
                            Err(e) => Err(e),
                        }
                    };
                    self.roots.truncate(mark);
                    if keep? {
                        return Ok(Some(v));
                    }
                }
            }
            IterObj::Reversed { seq, idx } => {
                let (seq, idx) = (*seq, *idx);
                if idx == 0 {
                    return Ok(None);
                }
                self.set_iter_pos(it, idx - 1);
                let i = Value::small(idx as isize - 1);
                self.subscr(seq, i).map(Some)
            }
            IterObj::Callable { f, sentinel } => {
                let (f, s) = (*f, *sentinel);
                let v = self.call(f, &[], &[])?;
                if self.eq(v, s)? {
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            _ => Ok(None),
        }
    }

    /// The next item of each iterator (for `zip` and `map`), left on `roots` above `mark` for
    /// the caller to use and then drop; `None` (roots restored) when any is exhausted.
    fn next_of_each(&mut self, its: &[Value], mark: usize) -> PyResult<Option<Vec<Value>>> {
        let mut out = Vec::with_capacity(its.len());
        for &i in its {
            match self.iter_next(i) {
                Ok(Some(v)) => {
                    self.roots.push(v);
                    out.push(v);
                }
                Ok(None) => {
                    self.roots.truncate(mark);
                    return Ok(None);
                }
                Err(e) => {
                    self.roots.truncate(mark);
                    return Err(e);
                }
            }
        }
        Ok(Some(out))
    }

    /// `iter()` of each value (the arguments of `zip` and `map`).
    pub fn iters_of(&mut self, objs: &[Value]) -> PyResult<Vec<Value>> {
        let mark = self.roots.len();
        let mut its = Vec::with_capacity(objs.len());
        for &x in objs {
            match self.get_iter(x) {
                Ok(it) => {
                    self.roots.push(it);
                    its.push(it);
                }
                Err(e) => {
                    self.roots.truncate(mark);
                    return Err(e);
                }
            }
        }
        self.roots.truncate(mark);
        Ok(its)
    }

    /// All items of an iterable.
    pub fn iter_to_vec(&mut self, o: Value) -> PyResult<Vec<Value>> {
        match self.heap.get(o) {
            Some(Obj::List(l)) => return Ok(l.clone()),
            Some(Obj::Tuple(t)) => return Ok(t.to_vec()),
            // A set's or dict's keys, in their order.
            Some(Obj::Set(d, _) | Obj::Dict(d)) => return Ok(d.iter().map(|e| e.key).collect()),
            // A range no larger than the heap could hold as a list.
            Some(Obj::Range(r)) if r.len() <= self.heap.limit / core::mem::size_of::<Value>() => {
                let r = *r;
                let items: Option<Vec<Value>> = (0..r.len() as i64)
                    .map(|i| Value::try_small(r.start as i64 + i * r.step as i64))
                    .collect();
                if let Some(items) = items {
                    return Ok(items);
                }
            }
            _ => {}
        }
        let it = self.get_iter(o)?;
        let mark = self.roots.len();
        self.roots.push(it);
        let mut out = Vec::new();
        let r = loop {
            match self.iter_next(it) {
                Ok(Some(v)) => {
                    self.roots.push(v);
                    out.push(v);
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.roots.truncate(mark);
        r.map(|_| out)
    }

    /// UNPACK_SEQUENCE: exactly `n` items.
    pub fn unpack(&mut self, o: Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match self.heap.get(o) {
            Some(Obj::List(l)) => l.clone(),
            Some(Obj::Tuple(t)) => t.to_vec(),
            _ => {
                // Iterate, stopping one past n so infinite iterators fail cleanly.
                let it = self.get_iter(o)?;
                let mark = self.roots.len();
                self.roots.push(it);
                let mut out = Vec::new();
                let r = loop {
                    if out.len() > n {
                        break Ok(());
                    }
                    match self.iter_next(it) {
                        Ok(Some(v)) => {
                            self.roots.push(v);
                            out.push(v);
                        }
                        Ok(None) => break Ok(()),
                        Err(e) => break Err(e),
                    }
                };
                self.roots.truncate(mark);
                r?;
                out
            }
        };
        if items.len() < n {
            return Err(self.new_exc_msg(
                self.t.value_error,
                &alloc::format!("need more than {} values to unpack", items.len()),
            ));
        }
        if items.len() > n {
            return Err(self.new_exc_msg(
                self.t.value_error,
                &alloc::format!("too many values to unpack (expected {n})"),
            ));
        }
        Ok(items)
    }

    pub fn make_iter(&mut self, it: IterObj) -> PyResult<Value> {
        self.new_iter(it)
    }
}
