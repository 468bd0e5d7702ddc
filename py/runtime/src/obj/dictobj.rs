//! `dict` objects: the VM's keyed access (hashing through the VM) and the dict methods.
//! Always compiled.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::natives::Args;
use crate::obj::{Dict, Obj};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    pub fn new_dict(&mut self) -> PyResult<Value> {
        self.alloc(Obj::Dict(Box::default()))
    }

    /// Takes the dict (or set) storage out of `d` so it can be changed while keys are
    /// compared through the heap; [`Vm::put_dict`] puts it back.
    fn take_dict(&mut self, d: Value) -> Option<Dict> {
        match self.heap.get_mut(d)? {
            Obj::Dict(x) | Obj::Set(x, _) => Some(core::mem::take(&mut **x)),
            Obj::Instance(i) if !i.base.is_null() => {
                let b = i.base;
                self.take_dict(b)
            }
            Obj::Module(_) => None,
            _ => None,
        }
    }

    fn put_dict(&mut self, d: Value, x: Dict) {
        match self.heap.get_mut(d) {
            Some(Obj::Dict(y)) | Some(Obj::Set(y, _)) => **y = x,
            Some(Obj::Instance(i)) if !i.base.is_null() => {
                let b = i.base;
                self.put_dict(b, x)
            }
            _ => {}
        }
    }

    fn dict_ref(&self, d: Value) -> Option<&Dict> {
        match self.heap.get(d)? {
            Obj::Dict(x) | Obj::Set(x, _) => Some(&**x),
            Obj::Instance(i) if !i.base.is_null() => self.dict_ref(i.base),
            _ => None,
        }
    }

    /// For a key whose class defines `__eq__`: the stored key equal to it (found with
    /// `__eq__` among the entries of the same hash), else the key itself.
    fn canonical_key(&mut self, d: Value, h: u32, k: Value) -> PyResult<Value> {
        if !matches!(self.heap.get(k), Some(Obj::Instance(_))) {
            // A stored key that is an instance of that hash decides with its `__eq__`.
            let stored = match self.heap.get(d) {
                Some(Obj::Dict(x) | Obj::Set(x, _)) if x.has_object_keys() => x
                    .find_hashed(h, |kk| {
                        kk != k && matches!(self.heap.get(kk), Some(Obj::Instance(_)))
                    })
                    .map(|p| x.entries[p].key),
                _ => None,
            };
            if let Some(c) = stored {
                if self.lookup_special(c, crate::qstr::q::EQ).is_some() && self.eq(c, k)? {
                    return Ok(c);
                }
            }
            return Ok(k);
        }
        let q = crate::qstr::q::EQ;
        if self.lookup_special(k, q).is_none() {
            return Ok(k);
        }
        let cands: Vec<Value> = match self.dict_ref(d) {
            Some(x) => x
                .iter()
                .filter(|e| e.hash == h && e.key != k)
                .map(|e| e.key)
                .collect(),
            None => Vec::new(),
        };
        for c in cands {
            if self.eq(k, c)? {
                return Ok(c);
            }
        }
        Ok(k)
    }

    pub fn dict_get(&mut self, d: Value, k: Value) -> PyResult<Option<Value>> {
        if let Some(h) = self.imm_probe(d, k) {
            return Ok(self.dict_ref(d).and_then(|x| x.get_ident(h, k)));
        }
        if let Some((_, p)) = self.heap_str_find(d, k) {
            return Ok(p.and_then(|p| Some(self.dict_ref(d)?.entries[p].value)));
        }
        let h = self.hash(k)?;
        if let Some(Ok(p)) = self.find_str_key(d, h, k) {
            return Ok(p.and_then(|p| Some(self.dict_ref(d)?.entries[p].value)));
        }
        let k = self.canonical_key(d, h, k)?;
        let Some(x) = self.dict_ref(d) else {
            return Err(self.type_error("not a dict"));
        };
        Ok(x.get(h, &mut |kk| self.key_eq(kk, k)))
    }

    /// For a plain string key `k` of hash `h` and a dict or set `d`: the position of the key
    /// equal to it, found comparing text only (`Some(Ok(None))` when absent). `Some(Err)`
    /// when an entry of that hash is something else (its `__eq__` decides: the general path),
    /// None when `k` is not a plain string or `d` not a dict or set.
    #[inline(always)]
    fn find_str_key(&self, d: Value, h: u32, k: Value) -> Option<Result<Option<usize>, ()>> {
        if k.as_qstr().is_none() && !matches!(self.heap.get(k), Some(Obj::Str(_))) {
            return None;
        }
        self.find_str_key_in(d, h, k)
    }

    /// For a heap str key `k` (not a str subclass instance) and a dict or set `d`: its hash
    /// (computed once, then kept in the string, as `hash` does) and the position of the key
    /// equal to it. None for other keys, or when the general path must decide.
    #[inline]
    fn heap_str_find(&mut self, d: Value, k: Value) -> Option<(u32, Option<usize>)> {
        let Some(Obj::Str(s)) = self.heap.get_mut(k) else {
            return None;
        };
        if s.hash == crate::obj::STR_HASH_UNSET {
            s.hash = crate::qstr::hash_bytes(s.s.as_bytes());
        }
        let h = s.hash;
        let p = self.find_str_key_in(d, h, k)?.ok()?;
        Some((h, p))
    }

    #[inline(never)]
    fn find_str_key_in(&self, d: Value, h: u32, k: Value) -> Option<Result<Option<usize>, ()>> {
        let s = self.plain_str(k)?;
        let (Obj::Dict(x) | Obj::Set(x, _)) = self.heap.get(d)? else {
            return None;
        };
        let other = core::cell::Cell::new(false);
        let p = x.find_hashed(h, |kk| {
            kk == k
                || match self.plain_str(kk) {
                    Some(t) => t == s,
                    None => {
                        other.set(true);
                        false
                    }
                }
        });
        Some(if other.get() { Err(()) } else { Ok(p) })
    }

    /// The hash of an immediate key, without the general `hash` (None for heap values).
    #[inline]
    fn imm_hash(&self, k: Value) -> Option<u32> {
        if let Some(i) = k.as_small() {
            return Some(crate::ops::hash_int(i as i64));
        }
        if let Some(q) = k.as_qstr() {
            return Some(self.qstrs.hash(q));
        }
        k.as_bool().map(u32::from)
    }

    /// A dict or set whose keys are all immediates, for an immediate key `k`: its hash.
    #[inline]
    fn imm_probe(&self, d: Value, k: Value) -> Option<u32> {
        let h = self.imm_hash(k)?;
        match self.heap.get(d)? {
            Obj::Dict(x) | Obj::Set(x, _) if x.immediate_keys() => Some(h),
            _ => None,
        }
    }

    pub fn dict_set(&mut self, d: Value, k: Value, v: Value) -> PyResult<()> {
        // An immediate key in a table of immediates, or a plain string key: found (or known
        // absent) without a comparison callback, and set in place.
        if let Some(h) = self.imm_probe(d, k) {
            let p = self.dict_ref(d).and_then(|x| x.find_imm(h, k));
            return self.put_at(d, p, h, k, v);
        }
        if let Some((h, p)) = self.heap_str_find(d, k) {
            return self.put_at(d, p, h, k, v);
        }
        let h = self.hash(k)?;
        if let Some(Ok(p)) = self.find_str_key(d, h, k) {
            return self.put_at(d, p, h, k, v);
        }
        let k = self.canonical_key(d, h, k)?;
        let Some(mut x) = self.take_dict(d) else {
            return Err(self.type_error("not a dict"));
        };
        let before = x.bytes();
        if matches!(self.heap.get(k), Some(Obj::Instance(_))) {
            x.note_object_key();
        }
        x.insert(h, k, v, &mut |kk| self.key_eq(kk, k));
        let grew = x.bytes().saturating_sub(before);
        self.put_dict(d, x);
        self.charge_growth(grew)
    }

    /// Sets the value at position `p` of dict or set `d`, or (`None`) adds `k` as a key known
    /// to be absent; charges the heap for any growth of the table.
    fn put_at(&mut self, d: Value, p: Option<usize>, h: u32, k: Value, v: Value) -> PyResult<()> {
        let Some(Obj::Dict(x) | Obj::Set(x, _)) = self.heap.get_mut(d) else {
            return Err(self.type_error("not a dict"));
        };
        let before = x.bytes();
        match p {
            Some(p) => x.entries[p].value = v,
            None => x.push_distinct(h, k, v),
        }
        let grew = x.bytes().saturating_sub(before);
        self.charge_growth(grew)
    }

    /// Sets a str-keyed entry (names in namespaces).
    pub fn dict_set_str(&mut self, d: Value, q: u32, v: Value) -> PyResult<()> {
        self.dict_set(d, Value::qstr(q), v)
    }

    pub fn dict_get_str(&self, d: Value, q: u32) -> Option<Value> {
        let x = self.dict_ref(d)?;
        self.ns_get(x, q)
    }

    /// The value for the interned string `q` in `x` (a namespace, usually).
    #[inline]
    pub fn ns_get(&self, x: &crate::obj::Dict, q: u32) -> Option<Value> {
        if x.immediate_keys() {
            return x.get_word(self.qstrs.hash(q), Value::qstr(q));
        }
        x.get(self.qstrs.hash(q), &mut |kk| self.key_is_qstr(kk, q))
    }

    pub fn dict_del(&mut self, d: Value, k: Value) -> PyResult<Option<Value>> {
        let h = self.hash(k)?;
        let k = self.canonical_key(d, h, k)?;
        let Some(mut x) = self.take_dict(d) else {
            return Err(self.type_error("not a dict"));
        };
        let r = x.remove(h, &mut |kk| self.key_eq(kk, k));
        self.put_dict(d, x);
        Ok(r.map(|e| e.value))
    }

    pub fn dict_copy(&mut self, d: Value) -> PyResult<Value> {
        let x = self.dict_ref(d).cloned().unwrap_or_default();
        self.alloc(Obj::Dict(Box::new(x)))
    }

    /// Entries (key, value) of a dict, in order.
    pub fn dict_items(&self, d: Value) -> Vec<(Value, Value)> {
        self.dict_ref(d)
            .map_or_else(Vec::new, |x| x.iter().map(|e| (e.key, e.value)).collect())
    }

    /// `d.update(other)`: a dict, or an iterable of pairs, or an object with keys().
    pub fn dict_update_from(&mut self, d: Value, other: Value) -> PyResult<()> {
        if let Some(Obj::Dict(_)) = self.heap.get(self.native_self(other)) {
            for (k, v) in self.dict_items(other) {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let q = crate::qstr::q::KEYS;
        if self.lookup_special(other, q).is_some() {
            let keys = self.call_method_name(other, "keys", &[])?;
            for k in self.iter_to_vec(keys)? {
                let v = self.subscr(other, k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        for item in self.iter_to_vec(other)? {
            let kv = self.iter_to_vec(item)?;
            if kv.len() != 2 {
                return Err(
                    self.new_exc_msg(self.t.value_error, "dict update sequence has wrong length")
                );
            }
            self.dict_set(d, kv[0], kv[1])?;
        }
        Ok(())
    }

    /// `**mapping` in a call: appends its pairs.
    pub fn expand_kwargs(&mut self, m: Value, out: &mut Vec<(Value, Value)>) -> PyResult<()> {
        let items = if let Some(Obj::Dict(_)) = self.heap.get(m) {
            self.dict_items(m)
        } else {
            let keys = self.call_method_name(m, "keys", &[])?;
            let mut items = Vec::new();
            for k in self.iter_to_vec(keys)? {
                let v = self.subscr(m, k)?;
                items.push((k, v));
            }
            items
        };
        for (k, v) in items {
            if self.str_of(k).is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            out.push((k, v));
        }
        Ok(())
    }

    pub fn key_error(&mut self, k: Value) -> PyErr {
        let args = match self.new_tuple(alloc::vec![k]) {
            Ok(t) => t,
            Err(e) => return e,
        };
        self.new_exc_args(self.t.key_error, args)
    }

    // ------------------------------------------------------------------ sets

    pub fn new_set(&mut self, frozen: bool) -> PyResult<Value> {
        self.alloc(Obj::Set(Box::default(), frozen))
    }

    /// A new set of `items` (kept rooted while their hashes may run Python code).
    pub fn set_from_items(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        // Immediates (small ints, interned strings...): hashed and compared without a call.
        if items.iter().all(|k| k.is_ident_key()) {
            let mut d = Dict::with_capacity(items.len());
            for &k in items {
                let Some(h) = self.imm_hash(k) else {
                    return self.set_from_items_general(items, frozen);
                };
                if d.find_imm(h, k).is_none() {
                    d.push_distinct(h, k, Value::NONE);
                }
            }
            return self.alloc(Obj::Set(Box::new(d), frozen));
        }
        self.set_from_items_general(items, frozen)
    }

    fn set_from_items_general(&mut self, items: &[Value], frozen: bool) -> PyResult<Value> {
        let s = self.new_set(frozen)?;
        let mark = self.roots.len();
        self.roots.push(s);
        self.roots.extend_from_slice(items);
        let r = items.iter().try_for_each(|&k| self.set_add(s, k));
        self.roots.truncate(mark);
        r.map(|_| s)
    }

    /// `set(iterable)` / `frozenset(iterable)`.
    pub fn set_from_iterable(&mut self, it: Value, frozen: bool) -> PyResult<Value> {
        let items = self.iter_to_vec(it)?;
        self.set_from_items(&items, frozen)
    }

    pub fn set_add(&mut self, s: Value, k: Value) -> PyResult<()> {
        self.dict_set(s, k, Value::NONE)
    }

    pub fn set_contains(&mut self, s: Value, k: Value) -> PyResult<bool> {
        // An unhashable set probe looks for the frozen equivalent.
        let k = match self.heap.get(k) {
            Some(Obj::Set(d, false)) => {
                let d = d.clone();
                self.alloc(Obj::Set(d, true))?
            }
            _ => k,
        };
        Ok(self.dict_get(s, k)?.is_some())
    }

    pub fn set_keys(&self, s: Value) -> Vec<Value> {
        self.dict_ref(s)
            .map_or_else(Vec::new, |x| x.iter().map(|e| e.key).collect())
    }

    /// `s - {k}` for a set (or frozenset) of immediates and an immediate `k`, as
    /// [`Vm::set_op`] computes it: None for other operands.
    pub fn set_without(&mut self, s: Value, k: Value) -> Option<PyResult<Value>> {
        let h = self.imm_hash(k)?;
        let Some(Obj::Set(x, frozen)) = self.heap.get(s) else {
            return None;
        };
        if !x.immediate_keys() {
            return None;
        }
        let frozen = *frozen;
        let out = x.copy_without(x.find_imm(h, k));
        Some(self.alloc(Obj::Set(Box::new(out), frozen)))
    }

    pub fn set_op(
        &mut self,
        op: ferrite_bytecode::BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        use ferrite_bytecode::BinaryOp as B;
        let frozen = matches!(self.heap.get(a), Some(Obj::Set(_, true)));
        // Sets of immediates (small ints, interned strings...): straight on the tables.
        if let (Some(Obj::Set(x, _)), Some(Obj::Set(y, _))) = (self.heap.get(a), self.heap.get(b)) {
            if x.immediate_keys() && y.immediate_keys() {
                // At most both tables' keys; the keys of one table are distinct, so only a
                // second table's can repeat one already taken.
                let mut out = Dict::with_capacity(match op {
                    B::And | B::Subtract => x.len(),
                    _ => x.len() + y.len(),
                });
                let mut keep = |from: &Dict, other: &Dict, present: bool| {
                    let first = out.is_empty();
                    for e in from.iter() {
                        if other.find_imm(e.hash, e.key).is_some() == present
                            && (first || out.find_imm(e.hash, e.key).is_none())
                        {
                            out.push_distinct(e.hash, e.key, Value::NONE);
                        }
                    }
                };
                match op {
                    B::Or => {
                        keep(x, &Dict::new(), false);
                        keep(y, x, false);
                    }
                    B::And => keep(x, y, true),
                    B::Subtract => keep(x, y, false),
                    _ => {
                        keep(x, y, false);
                        keep(y, x, false);
                    }
                }
                let bytes = out.bytes();
                if inplace && !frozen {
                    let before = match self.heap.get_mut(a) {
                        Some(Obj::Set(d, _)) => {
                            let before = d.bytes();
                            **d = out;
                            before
                        }
                        _ => 0,
                    };
                    self.charge_growth(bytes.saturating_sub(before))?;
                    return Ok(a);
                }
                return self.alloc(Obj::Set(Box::new(out), frozen));
            }
        }
        let ak = self.set_keys(a);
        let bk = self.set_keys(b);
        let mut out = Vec::new();
        match op {
            B::Or => {
                out = ak.clone();
                for k in bk {
                    if !self.set_contains(a, k)? {
                        out.push(k);
                    }
                }
            }
            B::And => {
                for k in ak {
                    if self.set_contains(b, k)? {
                        out.push(k);
                    }
                }
            }
            B::Subtract => {
                for k in ak {
                    if !self.set_contains(b, k)? {
                        out.push(k);
                    }
                }
            }
            _ => {
                for k in ak {
                    if !self.set_contains(b, k)? {
                        out.push(k);
                    }
                }
                for k in bk {
                    if !self.set_contains(a, k)? {
                        out.push(k);
                    }
                }
            }
        }
        let r = if inplace && !frozen {
            if let Some(Obj::Set(d, _)) = self.heap.get_mut(a) {
                d.clear();
            }
            a
        } else {
            self.new_set(frozen)?
        };
        let mark = self.roots.len();
        self.roots.push(r);
        self.roots.extend_from_slice(&out);
        let res = out.into_iter().try_for_each(|k| self.set_add(r, k));
        self.roots.truncate(mark);
        res.map(|_| r)
    }
}

/// `dict.get(k[, default])`: a native of its own, the commonest dict method, so no dispatch
/// by name.
pub fn dict_get_method(vm: &mut Vm, _name: &str, a: &Args) -> PyResult<Value> {
    let this = vm.native_self(a.pos[0]);
    let arg = |i| a.pos.get(i).copied().unwrap_or(Value::NONE);
    Ok(vm.dict_get(this, arg(1))?.unwrap_or_else(|| arg(2)))
}

/// Native methods of `dict`.
pub fn call_dict_method(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    let this = vm.native_self(a.pos[0]);
    let p = &a.pos[1..];
    match name {
        "keys" | "values" | "items" => {
            let kind = match name {
                "keys" => 0,
                "values" => 1,
                _ => 2,
            };
            vm.alloc(Obj::Iter(alloc::boxed::Box::new(
                crate::obj::IterObj::DictView { d: this, kind },
            )))
        }
        "pop" => {
            let Some(&k) = p.first() else {
                return Err(vm.type_error("function missing 1 required positional arguments"));
            };
            match vm.dict_del(this, k)? {
                Some(v) => Ok(v),
                None => match p.get(1) {
                    Some(&d) => Ok(d),
                    None => Err(vm.key_error(k)),
                },
            }
        }
        "popitem" => {
            let e = match vm.heap.get_mut(this) {
                Some(Obj::Dict(d)) => d.pop_last(),
                _ => None,
            };
            match e {
                Some(e) => vm.new_tuple(alloc::vec![e.key, e.value]),
                None => Err(vm.new_exc_msg(vm.t.key_error, "popitem(): dictionary is empty")),
            }
        }
        "setdefault" => {
            let k = p.first().copied().unwrap_or(Value::NONE);
            let d = p.get(1).copied().unwrap_or(Value::NONE);
            match vm.dict_get(this, k)? {
                Some(v) => Ok(v),
                None => {
                    vm.dict_set(this, k, d)?;
                    Ok(d)
                }
            }
        }
        "update" => {
            if let Some(&o) = p.first() {
                vm.dict_update_from(this, o)?;
            }
            for &(k, v) in a.kw {
                vm.dict_set(this, k, v)?;
            }
            Ok(Value::NONE)
        }
        "clear" => {
            if let Some(Obj::Dict(d)) = vm.heap.get_mut(this) {
                d.clear();
            }
            Ok(Value::NONE)
        }
        "copy" => vm.dict_copy(this),
        "fromkeys" => {
            let d = vm.new_dict()?;
            let v = p.get(1).copied().unwrap_or(Value::NONE);
            for k in vm.iter_to_vec(p.first().copied().unwrap_or(Value::NONE))? {
                vm.dict_set(d, k, v)?;
            }
            Ok(d)
        }
        _ => Err(vm.new_exc_msg(
            vm.t.attribute_error,
            &alloc::format!("'dict' object has no attribute '{name}'"),
        )),
    }
}

/// Native methods of `set` and `frozenset`.
pub fn call_set_method(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Value> {
    use ferrite_bytecode::BinaryOp as B;
    let this = vm.native_self(a.pos[0]);
    let p = &a.pos[1..];
    let other_set = |vm: &mut Vm, v: Value| -> PyResult<Value> {
        if let Some(Obj::Set(..)) = vm.heap.get(v) {
            return Ok(v);
        }
        vm.set_from_iterable(v, false)
    };
    match name {
        "add" => {
            vm.set_add(this, p.first().copied().unwrap_or(Value::NONE))?;
            Ok(Value::NONE)
        }
        "remove" | "discard" => {
            let k = p.first().copied().unwrap_or(Value::NONE);
            if vm.dict_del(this, k)?.is_none() && name == "remove" {
                return Err(vm.key_error(k));
            }
            Ok(Value::NONE)
        }
        "pop" => {
            let e = match vm.heap.get_mut(this) {
                Some(Obj::Set(d, _)) => d.pop_first(),
                _ => None,
            };
            match e {
                Some(e) => Ok(e.key),
                None => Err(vm.new_exc_msg(vm.t.key_error, "pop from an empty set")),
            }
        }
        "clear" => {
            if let Some(Obj::Set(d, _)) = vm.heap.get_mut(this) {
                d.clear();
            }
            Ok(Value::NONE)
        }
        "copy" => {
            let d = vm.dict_ref(this).cloned().unwrap_or_default();
            let frozen = matches!(vm.heap.get(this), Some(Obj::Set(_, true)));
            vm.alloc(Obj::Set(Box::new(d), frozen))
        }
        "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
            let op = match name {
                "update" => B::Or,
                "intersection_update" => B::And,
                "difference_update" => B::Subtract,
                _ => B::Xor,
            };
            for &o in p {
                let o = other_set(vm, o)?;
                vm.set_op(op, this, o, true)?;
            }
            Ok(Value::NONE)
        }
        "union" | "intersection" | "difference" | "symmetric_difference" => {
            let op = match name {
                "union" => B::Or,
                "intersection" => B::And,
                "difference" => B::Subtract,
                _ => B::Xor,
            };
            let mut acc = this;
            for &o in p {
                let o = other_set(vm, o)?;
                acc = vm.set_op(op, acc, o, false)?;
            }
            if p.is_empty() {
                let d = vm.dict_ref(this).cloned().unwrap_or_default();
                acc = vm.alloc(Obj::Set(Box::new(d), false))?;
            }
            Ok(acc)
        }
        "issubset" | "issuperset" | "isdisjoint" => {
            let o = other_set(vm, p.first().copied().unwrap_or(Value::NONE))?;
            let r = match name {
                "issubset" => vm.compare(B::LessEqual, this, o)?,
                "issuperset" => vm.compare(B::MoreEqual, this, o)?,
                _ => {
                    let mut dis = true;
                    for k in vm.set_keys(this) {
                        if vm.set_contains(o, k)? {
                            dis = false;
                            break;
                        }
                    }
                    dis
                }
            };
            Ok(Value::bool(r))
        }
        _ => Err(vm.new_exc_msg(
            vm.t.attribute_error,
            &alloc::format!("'set' object has no attribute '{name}'"),
        )),
    }
}
