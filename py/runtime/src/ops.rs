//! Operators: truth, equality, ordering, hashing, unary and binary operations, with the
//! special-method fallbacks of user classes. Always compiled.

use alloc::string::String;
use alloc::vec::Vec;
use ferrite_bigint::{BigInt, SmallInt};
use ferrite_bytecode::{BinaryOp, UnaryOp};

use crate::heap::Heap;
use crate::obj::number::{base_op, Num};
use crate::obj::Obj;
use crate::qstr::Interner;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// The truth value of `v`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(b) = builtin_truth(&self.heap, &self.qstrs, v) {
            return Ok(b);
        }
        // An instance of a user class.
        let qb = crate::qstr::q::BOOL;
        if let Some(m) = self.lookup_special(v, qb) {
            let r = self.call(m, &[v], &[])?;
            return self.truthy(r);
        }
        let ql = crate::qstr::q::LEN;
        if let Some(m) = self.lookup_special(v, ql) {
            let r = self.call(m, &[v], &[])?;
            return self.truthy(r);
        }
        let base = self.native_self(v);
        if base != v {
            return self.truthy(base);
        }
        Ok(true)
    }

    /// Enters a recursive operation on nested data; RuntimeError when nested too deeply.
    pub fn enter_nested(&mut self) -> PyResult<()> {
        if self.data_depth >= MAX_DATA_DEPTH {
            return Err(self.recursion_error());
        }
        self.data_depth += 1;
        Ok(())
    }

    /// `a == b`.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        self.enter_nested()?;
        let r = self.eq_inner(a, b);
        self.data_depth -= 1;
        r
    }

    fn eq_inner(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a != b
            && (matches!(self.heap.get(a), Some(Obj::Instance(_)))
                || matches!(self.heap.get(b), Some(Obj::Instance(_))))
        {
            return self.eq_user(a, b);
        }
        if a == b {
            // Identity implies equality except for NaN.
            if let Some(Obj::Float(f)) = self.heap.get(a) {
                return Ok(!f.is_nan());
            }
            return Ok(true);
        }
        if a.is_small() && b.is_small() {
            return Ok(false);
        }
        if let Some(r) = self.eq_builtin(a, b) {
            return Ok(r);
        }
        if let (Some(Obj::Range(x)), Some(Obj::Range(y))) = (self.heap.get(a), self.heap.get(b)) {
            let (n, m) = (x.len(), y.len());
            return Ok(n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step))));
        }
        // Sequences of arbitrary items.
        let seqs = match (self.heap.get(a), self.heap.get(b)) {
            (Some(Obj::List(x)), Some(Obj::List(y))) => Some((x.clone(), y.clone())),
            (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) => Some((x.to_vec(), y.to_vec())),
            // Slices compare as (start, stop, step).
            (Some(&Obj::Slice(a0, a1, a2)), Some(&Obj::Slice(b0, b1, b2))) => {
                Some((alloc::vec![a0, a1, a2], alloc::vec![b0, b1, b2]))
            }
            _ => None,
        };
        if let Some((x, y)) = seqs {
            if x.len() != y.len() {
                return Ok(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !self.eq(*p, *q)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let dicts = match (self.heap.get(a), self.heap.get(b)) {
            (Some(Obj::Dict(x)), Some(Obj::Dict(y))) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                Some(x.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>())
            }
            (Some(Obj::Set(x, _)), Some(Obj::Set(y, _))) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                Some(x.iter().map(|e| (e.key, Value::NULL)).collect::<Vec<_>>())
            }
            _ => None,
        };
        if let Some(items) = dicts {
            let is_set = matches!(self.heap.get(a), Some(Obj::Set(..)));
            for (k, v) in items {
                if is_set {
                    if !self.set_contains(b, k)? {
                        return Ok(false);
                    }
                } else {
                    match self.dict_get(b, k)? {
                        Some(w) => {
                            if !self.eq(v, w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
            }
            return Ok(true);
        }
        self.eq_user(a, b)
    }

    /// `==` when an operand is an instance of a user class: its `__eq__` (either side), then
    /// the builtin value of a builtin subclass, then identity.
    fn eq_user(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let q = crate::qstr::q::EQ;
        if let Some(m) = self.lookup_special(a, q) {
            let r = self.call(m, &[a, b], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return self.truthy(r);
            }
        }
        if let Some(m) = self.lookup_special(b, q) {
            let r = self.call(m, &[b, a], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return self.truthy(r);
            }
        }
        let (na, nb) = (self.native_self(a), self.native_self(b));
        if na != a || nb != b {
            return self.eq(na, nb);
        }
        Ok(false)
    }

    /// Equality for values that need no calls (numbers, strings, bytes, bound methods);
    /// `None` otherwise.
    pub fn eq_builtin(&self, a: Value, b: Value) -> Option<bool> {
        if let (Some(Obj::BoundMethod(f1, s1)), Some(Obj::BoundMethod(f2, s2))) =
            (self.heap.get(a), self.heap.get(b))
        {
            return Some(f1 == f2 && s1 == s2);
        }
        if let (Some(x), Some(y)) = (self.str_of(a), self.str_of(b)) {
            return Some(x == y);
        }
        if let (Some(x), Some(y)) = (self.bytes_of(a), self.bytes_of(b)) {
            return Some(x == y);
        }
        let (x, y) = match (self.num_fast(a), self.num_fast(b)) {
            (Some(x), Some(y)) => (x, y),
            (Some(_), None) | (None, Some(_)) => {
                // A number against a str/bytes/None: unequal, without calling anything.
                if self.str_of(a).is_some()
                    || self.str_of(b).is_some()
                    || a.is_none()
                    || b.is_none()
                {
                    return Some(false);
                }
                return None;
            }
            _ => {
                if a.is_none() || b.is_none() {
                    return Some(false);
                }
                if (self.str_of(a).is_some() && self.heap.get(b).is_none())
                    || (self.str_of(b).is_some() && self.heap.get(a).is_none())
                {
                    return Some(false);
                }
                return None;
            }
        };
        Some(num_eq(&x, &y))
    }

    /// The number in `v` when `v` is a builtin number (not a subclass instance).
    fn num_fast(&self, v: Value) -> Option<Num> {
        if let Some(i) = v.as_small() {
            return Some(Num::I(i as i64));
        }
        if let Some(f) = v.as_float() {
            return Some(Num::F(f));
        }
        if let Some(b) = v.as_bool() {
            return Some(Num::I(i64::from(b)));
        }
        match self.heap.get(v)? {
            Obj::Int(b) => Some(Num::B(b.clone())),
            Obj::Float(f) => Some(Num::F(*f)),
            Obj::Complex(r, i) => Some(Num::C(*r, *i)),
            _ => None,
        }
    }

    /// Key equality for dicts and sets: builtin equality, else `__eq__`-free identity.
    pub fn key_eq(&self, a: Value, b: Value) -> bool {
        self.key_eq_depth(a, b, 0)
    }

    fn key_eq_depth(&self, a: Value, b: Value, depth: usize) -> bool {
        if depth > MAX_DATA_DEPTH {
            return false;
        }
        if a == b {
            return true;
        }
        // The commonest keys after immediates: plain strings.
        if let (Some(x), Some(y)) = (self.plain_str(a), self.plain_str(b)) {
            return x == y;
        }
        if let Some(r) = self.eq_builtin(a, b) {
            return r;
        }
        match (self.heap.get(a), self.heap.get(b)) {
            (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) => {
                x.len() == y.len()
                    && x.iter()
                        .zip(y.iter())
                        .all(|(p, q)| self.key_eq_depth(*p, *q, depth + 1))
            }
            (Some(Obj::Set(x, true)), Some(Obj::Set(y, true))) => {
                x.len() == y.len()
                    && x.iter()
                        .all(|e| y.iter().any(|f| self.key_eq(e.key, f.key)))
            }
            _ => false,
        }
    }

    /// `hash(v)`, as the dict uses it.
    pub fn hash(&mut self, v: Value) -> PyResult<u32> {
        if v.is_small() || v.as_qstr().is_some() {
            return self.hash_inner(v);
        }
        self.enter_nested()?;
        let r = self.hash_inner(v);
        self.data_depth -= 1;
        r
    }

    fn hash_inner(&mut self, v: Value) -> PyResult<u32> {
        if let Some(i) = v.as_small() {
            return Ok(hash_int(i as i64));
        }
        if let Some(q) = v.as_qstr() {
            return Ok(self.qstrs.hash(q));
        }
        if let Some(b) = v.as_bool() {
            return Ok(u32::from(b));
        }
        if let Some(f) = v.as_float() {
            return Ok(hash_float(f));
        }
        if let Some(Obj::Str(s)) = self.heap.get_mut(v) {
            if s.hash == crate::obj::STR_HASH_UNSET {
                s.hash = crate::qstr::hash_bytes(s.s.as_bytes());
            }
            return Ok(s.hash);
        }
        let r = match self.heap.get(v) {
            Some(Obj::Bytes(b)) => crate::qstr::hash_bytes(b),
            // The low bits of the two's complement, as for small ints and integral floats.
            Some(Obj::Int(b)) => hash_int(b.low_u64() as i64),
            Some(Obj::Float(f)) => hash_float(*f),
            Some(Obj::Complex(r, i)) => hash_float(*r) ^ hash_float(*i).wrapping_mul(1_000_003),
            Some(Obj::Tuple(t)) => {
                let items = t.to_vec();
                let mut h: u32 = 0x345678;
                for it in items {
                    let x = self.hash(it)?;
                    h = (h ^ x).wrapping_mul(1_000_003);
                }
                h & 0x3fff_ffff
            }
            Some(Obj::List(_))
            | Some(Obj::Dict(_))
            | Some(Obj::Set(_, false))
            | Some(Obj::ByteArray(_))
            | Some(Obj::Slice(..)) => {
                let tn = self.type_name(v);
                return Err(
                    self.type_error(&alloc::format!("unsupported type for __hash__: '{tn}'"))
                );
            }
            Some(Obj::BoundMethod(f, s)) => {
                ((f.raw() ^ s.raw().rotate_left(7)) >> 2) as u32 & 0x3fff_ffff
            }
            Some(Obj::Set(d, true)) => {
                let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
                let mut h: u32 = 0;
                for k in keys {
                    h ^= self.hash(k)?;
                }
                h
            }
            Some(Obj::Instance(_)) => {
                let q = crate::qstr::q::HASH;
                if let Some(m) = self.lookup_special(v, q) {
                    if m.is_none() {
                        let tn = self.type_name(v);
                        return Err(self
                            .type_error(&alloc::format!("unsupported type for __hash__: '{tn}'")));
                    }
                    let r = self.call(m, &[v], &[])?;
                    if !self.is_int(r) {
                        return Err(self.type_error("__hash__ should return an int"));
                    }
                    return self.hash(r);
                }
                let qe = crate::qstr::q::EQ;
                if self.lookup_special(v, qe).is_some() {
                    let tn = self.type_name(v);
                    return Err(
                        self.type_error(&alloc::format!("unsupported type for __hash__: '{tn}'"))
                    );
                }
                // A subclass of a builtin type (str, int, tuple...) hashes as its value does.
                if let Some(Obj::Instance(i)) = self.heap.get(v) {
                    if !i.base.is_null() {
                        let b = i.base;
                        return self.hash(b);
                    }
                }
                (v.raw() >> 2) as u32 & 0x3fff_ffff
            }
            _ => (v.raw() >> 2) as u32 & 0x3fff_ffff,
        };
        Ok(r)
    }

    /// Ordering: `a < b` (op Less), `>`, `<=`, `>=`.
    pub fn compare(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return Ok(cmp_result(op, x.cmp(&y)));
        }
        self.enter_nested()?;
        let r = self.compare_inner(op, a, b);
        self.data_depth -= 1;
        r
    }

    /// Two lists or two tuples as slices; None for other operands.
    fn seq_pair(&self, a: Value, b: Value) -> Option<(&[Value], &[Value])> {
        match (self.heap.get(a)?, self.heap.get(b)?) {
            (Obj::List(x), Obj::List(y)) => Some((x, y)),
            (Obj::Tuple(x), Obj::Tuple(y)) => Some((x, y)),
            _ => None,
        }
    }

    fn compare_inner(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<bool> {
        if matches!(self.heap.get(a), Some(Obj::Instance(_)))
            || matches!(self.heap.get(b), Some(Obj::Instance(_)))
        {
            return self.compare_user(op, a, b);
        }
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return Ok(cmp_result(op, x.cmp(&y)));
        }
        if let (Some(x), Some(y)) = (self.num_fast(a), self.num_fast(b)) {
            if !matches!(x, Num::C(..)) && !matches!(y, Num::C(..)) {
                return Ok(match num_cmp(&x, &y) {
                    Some(o) => cmp_result(op, o),
                    None => false,
                });
            }
        }
        if let (Some(x), Some(y)) = (self.str_of(a), self.str_of(b)) {
            return Ok(cmp_result(op, x.cmp(y)));
        }
        if let (Some(x), Some(y)) = (self.bytes_of(a), self.bytes_of(b)) {
            return Ok(cmp_result(op, x.cmp(y)));
        }
        // Lists and tuples: item by item, read in place (an item's `__eq__` may change a
        // list, so each pair and the final lengths are read afresh).
        if self.seq_pair(a, b).is_some() {
            let mut i = 0;
            while let Some((p, q)) = self
                .seq_pair(a, b)
                .and_then(|(x, y)| Some((*x.get(i)?, *y.get(i)?)))
            {
                let mark = self.roots.len();
                self.roots.extend_from_slice(&[p, q]);
                let same = self.eq(p, q);
                self.roots.truncate(mark);
                if !same? {
                    return self.compare(op, p, q);
                }
                i += 1;
            }
            let (la, lb) = self
                .seq_pair(a, b)
                .map_or((0, 0), |(x, y)| (x.len(), y.len()));
            return Ok(cmp_result(op, la.cmp(&lb)));
        }
        let sets = matches!(
            (self.heap.get(a), self.heap.get(b)),
            (Some(Obj::Set(..)), Some(Obj::Set(..)))
        );
        if sets {
            let sub = |vm: &mut Vm, x: Value, y: Value| -> PyResult<bool> {
                let keys: Vec<Value> = match vm.heap.get(x) {
                    Some(Obj::Set(d, _)) => d.iter().map(|e| e.key).collect(),
                    _ => Vec::new(),
                };
                for k in keys {
                    if !vm.set_contains(y, k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let la = self.len_of(a)?;
            let lb = self.len_of(b)?;
            return match op {
                BinaryOp::LessEqual => sub(self, a, b),
                BinaryOp::MoreEqual => sub(self, b, a),
                BinaryOp::Less => Ok(la < lb && sub(self, a, b)?),
                _ => Ok(la > lb && sub(self, b, a)?),
            };
        }
        self.compare_user(op, a, b)
    }

    /// Ordering through user methods (`__lt__` and friends, reflected on the other side),
    /// then the builtin values of builtin subclasses.
    fn compare_user(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<bool> {
        // User methods, then the reflection.
        let (name, rop) = match op {
            BinaryOp::Less => ("__lt__", BinaryOp::More),
            BinaryOp::More => ("__gt__", BinaryOp::Less),
            BinaryOp::LessEqual => ("__le__", BinaryOp::MoreEqual),
            _ => ("__ge__", BinaryOp::LessEqual),
        };
        let q = self.op_q[op as usize];
        if let Some(m) = self.lookup_special(a, q) {
            let r = self.call(m, &[a, b], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return self.truthy(r);
            }
        }
        let qr = self.op_q[rop as usize];
        if let Some(m) = self.lookup_special(b, qr) {
            let r = self.call(m, &[b, a], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return self.truthy(r);
            }
        }
        let (na, nb) = (self.native_self(a), self.native_self(b));
        if na != a || nb != b {
            return self.compare(op, na, nb);
        }
        Err(self.unsupported_types(name, a, b))
    }

    pub fn unsupported_types(&mut self, dunder: &str, a: Value, b: Value) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(&alloc::format!(
            "unsupported types for {dunder}: '{ta}', '{tb}'"
        ))
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::bool(!self.truthy(v)?));
        }
        if let Some(i) = v.as_small() {
            let i = i as i64;
            return match op {
                UnaryOp::Positive => Ok(v),
                UnaryOp::Negative => self.new_int(-i),
                UnaryOp::Invert => self.new_int(!i),
                UnaryOp::Abs => self.new_int(i.abs()),
                _ => Err(self.type_error("bad unary op")),
            };
        }
        if let Some(n) = self.num_fast(v) {
            let r = match (op, n) {
                (UnaryOp::Positive, Num::B(b)) => Num::B(b),
                (UnaryOp::Negative, Num::I(i)) => Num::B(-BigInt::from(i)),
                (UnaryOp::Negative, Num::B(b)) => Num::B(-b),
                (UnaryOp::Invert, Num::I(i)) => Num::I(!i),
                (UnaryOp::Invert, Num::B(b)) => Num::B(-b - 1),
                (UnaryOp::Abs, Num::I(i)) => Num::B(BigInt::from(i).abs()),
                (UnaryOp::Abs, Num::B(b)) => Num::B(b.abs()),
                (UnaryOp::Positive, Num::I(i)) => Num::I(i),
                (UnaryOp::Positive, Num::F(f)) => Num::F(f),
                (UnaryOp::Negative, Num::F(f)) => Num::F(-f),
                (UnaryOp::Abs, Num::F(f)) => Num::F(f.abs()),
                (UnaryOp::Positive, Num::C(r, i)) => Num::C(r, i),
                (UnaryOp::Negative, Num::C(r, i)) => Num::C(-r, -i),
                (UnaryOp::Abs, Num::C(r, i)) => Num::F(crate::fmath::hypot(r, i)),
                _ => return Err(self.unsupported_type(op, v)),
            };
            return self.num_value(r);
        }
        let q = self.unary_q[op as usize];
        if q != 0 {
            if let Some(m) = self.lookup_special(v, q) {
                return self.call(m, &[v], &[]);
            }
        }
        let nv = self.native_self(v);
        if nv != v {
            return self.unary_op(op, nv);
        }
        Err(self.unsupported_type(op, v))
    }

    fn unsupported_type(&mut self, op: UnaryOp, v: Value) -> PyErr {
        let tn = self.type_name(v);
        let d = op.dunder().unwrap_or("?");
        self.type_error(&alloc::format!("unsupported type for {d}: '{tn}'"))
    }

    pub fn binary_op(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
        use BinaryOp as B;
        // Small-int fast paths.
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            let (x, y) = (x as i64, y as i64);
            match op {
                B::Add | B::InplaceAdd => return self.new_int(x + y),
                B::Subtract | B::InplaceSubtract => return self.new_int(x - y),
                B::Less => return Ok(Value::bool(x < y)),
                B::More => return Ok(Value::bool(x > y)),
                B::LessEqual => return Ok(Value::bool(x <= y)),
                B::MoreEqual => return Ok(Value::bool(x >= y)),
                B::Equal => return Ok(Value::bool(x == y)),
                B::NotEqual => return Ok(Value::bool(x != y)),
                _ => {}
            }
        }
        // Joining two plain strings (not instances of str subclasses, whose class may have
        // its own `__add__`).
        if matches!(op, B::Add | B::InplaceAdd) {
            if let (Some((x, ax)), Some((y, ay))) =
                (self.plain_str_ascii(a), self.plain_str_ascii(b))
            {
                let s = concat(x, y);
                return self.new_str_known(s, ax && ay);
            }
        }
        // Big ints, read in place.
        if let Some(r) = self.big_binop(op, a, b)? {
            return Ok(r);
        }
        // A user class's comparison methods may return any value: pass it through.
        if matches!(
            op,
            B::Equal | B::NotEqual | B::Less | B::More | B::LessEqual | B::MoreEqual
        ) && (matches!(self.heap.get(a), Some(Obj::Instance(_)))
            || matches!(self.heap.get(b), Some(Obj::Instance(_))))
        {
            let rop = match op {
                B::Less => B::More,
                B::More => B::Less,
                B::LessEqual => B::MoreEqual,
                B::MoreEqual => B::LessEqual,
                _ => op,
            };
            let q = self.op_q[op as usize];
            if let Some(m) = self.lookup_special(a, q) {
                let r = self.call(m, &[a, b], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            let qr = self.op_q[rop as usize];
            if let Some(m) = self.lookup_special(b, qr) {
                let r = self.call(m, &[b, a], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        match op {
            B::Equal => return Ok(Value::bool(self.eq(a, b)?)),
            B::NotEqual => {
                let q = crate::qstr::q::NE;
                if let Some(m) = self.lookup_special(a, q) {
                    let r = self.call(m, &[a, b], &[])?;
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
                // A builtin base's own `__ne__` (str, int...) compares the builtin values.
                let na = self.native_self(a);
                if na != a {
                    let nb = self.native_self(b);
                    return Ok(Value::bool(!self.eq(na, nb)?));
                }
                return Ok(Value::bool(!self.eq(a, b)?));
            }
            B::Less | B::More | B::LessEqual | B::MoreEqual => {
                return Ok(Value::bool(self.compare(op, a, b)?))
            }
            B::Is => return Ok(Value::bool(a == b)),
            B::In => return Ok(Value::bool(self.contains(b, a)?)),
            B::ExceptionMatch => return Ok(Value::bool(self.exception_matches(a, b)?)),
            _ => {}
        }
        if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
            match base_op(op) {
                B::And => return Ok(Value::bool(x & y)),
                B::Or => return Ok(Value::bool(x | y)),
                B::Xor => return Ok(Value::bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (self.num_fast(a), self.num_fast(b)) {
            if let Some(r) = self.num_binop(op, x, y)? {
                return Ok(r);
            }
        }
        let inplace = base_op(op) != op;
        let bop = base_op(op);
        // Only instances of user classes have special methods to look for.
        let user_a = matches!(self.heap.get(a), Some(Obj::Instance(_) | Obj::Exception(_)));
        let user_b = matches!(self.heap.get(b), Some(Obj::Instance(_) | Obj::Exception(_)));
        if !user_a && !user_b {
            if let Some(r) = self.builtin_binop(bop, a, b, inplace)? {
                return Ok(r);
            }
            let d = bop.dunder().unwrap_or("?");
            return Err(self.unsupported_types(d, a, b));
        }
        // User classes: in-place method, normal method, then the reflected one on the right.
        if inplace && self.op_q[op as usize] != 0 {
            let q = self.op_q[op as usize];
            if let Some(m) = self.lookup_special(a, q) {
                let r = self.call(m, &[a, b], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        if self.op_q[bop as usize] != 0 {
            let q = self.op_q[bop as usize];
            if let Some(m) = self.lookup_special(a, q) {
                let r = self.call(m, &[a, b], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        self.binop_after_forward(op, a, b)
    }

    /// The rest of `a op b` for a user class operand once `a`'s own method for the operator
    /// was not found or returned NotImplemented: builtin behaviour, then `b`'s reflected
    /// method, then the builtin values of subclass instances; else TypeError.
    pub(crate) fn binop_after_forward(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
    ) -> PyResult<Value> {
        let inplace = base_op(op) != op;
        let bop = base_op(op);
        if let Some(r) = self.builtin_binop(bop, a, b, inplace)? {
            return Ok(r);
        }
        if let Some(rop) = reflected(bop) {
            let q = self.op_q[rop as usize];
            if let Some(m) = self.lookup_special(b, q) {
                let r = self.call(m, &[b, a], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        let (na, nb) = (self.native_self(a), self.native_self(b));
        if na != a || nb != b {
            return self.binary_op(op, na, nb);
        }
        let d = bop.dunder().unwrap_or("?");
        Err(self.unsupported_types(d, a, b))
    }

    /// Operations of builtin sequences, strings, sets and dicts.
    fn builtin_binop(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        use BinaryOp as B;
        if let (Some(x), Some(y)) = (self.str_of(a), self.str_of(b)) {
            if op == B::Add {
                let s = concat(x, y);
                return Ok(Some(self.new_str_owned(s)?));
            }
        }
        if op == B::Modulo {
            if self.str_of(a).is_some() {
                return Ok(Some((self.lib.str_percent)(self, a, b)?));
            }
            if self.bytes_of(a).is_some() {
                return Ok(Some((self.lib.bytes_percent)(self, a, b)?));
            }
        }
        if op == B::Multiply {
            // A sequence times an int too big for an index.
            for (seq, n) in [(a, b), (b, a)] {
                let is_seq = self.str_of(seq).is_some()
                    || matches!(
                        self.heap.get(seq),
                        Some(Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_))
                    );
                if is_seq && self.is_int(n) && self.as_i64(n).is_none() {
                    return Err(self.new_exc_msg(
                        self.t.overflow_error,
                        "cannot fit 'int' into an index-sized integer",
                    ));
                }
            }
            if let Some(n) = self.as_i64(b).filter(|_| !self.is_int(a)) {
                if let Some(r) = self.seq_repeat(a, n)? {
                    return Ok(Some(r));
                }
            }
            if let Some(n) = self.as_i64(a).filter(|_| !self.is_int(b)) {
                if let Some(r) = self.seq_repeat(b, n)? {
                    return Ok(Some(r));
                }
            }
        }
        if op == B::Add {
            if let (Some(x), Some(y)) = (self.bytes_of(a), self.bytes_of(b)) {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                let r = if matches!(self.heap.get(a), Some(Obj::ByteArray(_))) {
                    self.alloc(Obj::ByteArray(v))?
                } else {
                    self.new_bytes(v)?
                };
                return Ok(Some(r));
            }
            let joined = match (self.heap.get(a), self.heap.get(b)) {
                (Some(Obj::List(x)), Some(Obj::List(y))) => {
                    if inplace {
                        let y = y.clone();
                        self.list_extend_vec(a, y)?;
                        return Ok(Some(a));
                    }
                    let mut v = x.clone();
                    v.extend_from_slice(y);
                    Some((v, true))
                }
                (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) => {
                    let mut v = x.to_vec();
                    v.extend_from_slice(y);
                    Some((v, false))
                }
                _ => None,
            };
            if let Some((v, list)) = joined {
                return Ok(Some(if list {
                    self.new_list(v)?
                } else {
                    self.new_tuple(v)?
                }));
            }
            if inplace {
                if let Some(Obj::List(_)) = self.heap.get(a) {
                    let items = self.iter_to_vec(b)?;
                    self.list_extend_vec(a, items)?;
                    return Ok(Some(a));
                }
            }
        }
        let is_view = |vm: &Vm, v: Value| matches!(vm.heap.get(v), Some(Obj::Iter(it)) if matches!(**it, crate::obj::IterObj::DictView { kind: 0 | 2, .. }));
        if matches!(op, B::Or | B::And | B::Subtract | B::Xor)
            && (is_view(self, a) || is_view(self, b))
        {
            // Key and item views behave as sets.
            let sa = self.set_from_iterable(a, false)?;
            let mark = self.roots.len();
            self.roots.push(sa);
            let r = self.set_from_iterable(b, false).and_then(|sb| {
                self.roots.push(sb);
                self.set_op(op, sa, sb, false)
            });
            self.roots.truncate(mark);
            return r.map(Some);
        }
        let sets = matches!(
            (self.heap.get(a), self.heap.get(b)),
            (Some(Obj::Set(..)), Some(Obj::Set(..)))
        );
        if sets && matches!(op, B::Or | B::And | B::Subtract | B::Xor) {
            return Ok(Some(self.set_op(op, a, b, inplace)?));
        }
        if op == B::Or {
            if let (Some(Obj::Dict(_)), Some(Obj::Dict(_))) = (self.heap.get(a), self.heap.get(b)) {
                let r = if inplace { a } else { self.dict_copy(a)? };
                self.dict_update_from(r, b)?;
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if matches!(self.heap.get(container), Some(Obj::Instance(_))) {
            let q = crate::qstr::q::CONTAINS;
            if let Some(m) = self.lookup_special(container, q) {
                let r = self.call(m, &[container, item], &[])?;
                return self.truthy(r);
            }
        }
        if let Some(s) = self.str_of(container) {
            let Some(sub) = self.str_of(item) else {
                return Err(self.type_error("can't convert to str implicitly"));
            };
            return Ok(crate::obj::str::find_from(s.as_bytes(), sub.as_bytes(), 0).is_some());
        }
        if let Some(hay) = self.bytes_of(container) {
            if let Some(i) = self.as_bigint(item) {
                return match i.to_u8() {
                    Some(b) => Ok(hay.contains(&b)),
                    None => {
                        Err(self.new_exc_msg(self.t.value_error, "byte must be in range(0, 256)"))
                    }
                };
            }
            let Some(needle) = self.bytes_of(item) else {
                return Err(self.type_error("can't convert to bytes implicitly"));
            };
            return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle));
        }
        match self.heap.get(container) {
            Some(Obj::Dict(_)) => return Ok(self.dict_get(container, item)?.is_some()),
            Some(Obj::Set(..)) => return self.set_contains(container, item),
            Some(Obj::List(l)) => {
                let l = l.clone();
                for x in l {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Some(Obj::Tuple(t)) => {
                let t = t.to_vec();
                for x in t {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Some(Obj::Range(r)) => {
                let r = *r;
                let i = match self.num(item) {
                    Some(Num::F(f)) if f == libm::floor(f) && f.abs() < 9.0e15 => f as i64,
                    _ => match self.as_i64(item) {
                        Some(i) => i,
                        None => return Ok(false),
                    },
                };
                let i = i as isize;
                let inside = if r.step > 0 {
                    i >= r.start && i < r.stop
                } else {
                    i <= r.start && i > r.stop
                };
                return Ok(inside && (i - r.start) % r.step == 0);
            }
            _ => {}
        }
        let q = crate::qstr::q::CONTAINS;
        if let Some(m) = self.lookup_special(container, q) {
            let r = self.call(m, &[container, item], &[])?;
            return self.truthy(r);
        }
        let nc = self.native_self(container);
        if nc != container {
            return self.contains(nc, item);
        }
        // Fall back to iteration.
        let it = self.get_iter(container)?;
        let mark = self.roots.len();
        self.roots.push(it);
        let r = loop {
            match self.iter_next(it) {
                Ok(Some(x)) => match self.eq(x, item) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.roots.truncate(mark);
        r
    }
}

/// How deeply comparisons, hashing and printing may recurse into nested data.
pub const MAX_DATA_DEPTH: usize = 1000;

/// The truth of any value but an instance of a user class (None for those: their class may
/// define `__bool__` or `__len__`).
#[inline]
pub(crate) fn builtin_truth(heap: &Heap, qstrs: &Interner, v: Value) -> Option<bool> {
    if let Some(i) = v.as_small() {
        return Some(i != 0);
    }
    if let Some(b) = v.as_bool() {
        return Some(b);
    }
    if v.is_none() || v.is_null() {
        return Some(false);
    }
    if let Some(q) = v.as_qstr() {
        return Some(!qstrs.get(q).is_empty());
    }
    if let Some(f) = v.as_float() {
        return Some(f != 0.0);
    }
    let Some(o) = heap.get(v) else {
        // Other immediates: Ellipsis, NotImplemented, native functions.
        return Some(true);
    };
    Some(match o {
        Obj::Str(s) => !s.s.is_empty(),
        Obj::Bytes(b) => !b.is_empty(),
        Obj::ByteArray(b) => !b.is_empty(),
        Obj::Int(b) => !b.is_zero(),
        Obj::Float(f) => *f != 0.0,
        Obj::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Obj::Tuple(t) => !t.is_empty(),
        Obj::List(l) => !l.is_empty(),
        Obj::Dict(d) | Obj::Set(d, _) => !d.is_empty(),
        Obj::Range(r) => !r.is_empty(),
        Obj::Iter(it) => match **it {
            crate::obj::IterObj::DictView { d, .. } => match heap.get(d) {
                Some(Obj::Dict(x)) => !x.is_empty(),
                _ => false,
            },
            _ => true,
        },
        Obj::Instance(_) => return None,
        _ => true,
    })
}

/// `x + y` for strings.
fn concat(x: &str, y: &str) -> String {
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    s
}

fn reflected(op: BinaryOp) -> Option<BinaryOp> {
    use BinaryOp as B;
    Some(match op {
        B::Add => B::ReverseAdd,
        B::Subtract => B::ReverseSubtract,
        B::Multiply => B::ReverseMultiply,
        B::TrueDivide => B::ReverseTrueDivide,
        B::FloorDivide => B::ReverseFloorDivide,
        B::Modulo => B::ReverseModulo,
        B::Power => B::ReversePower,
        B::And => B::ReverseAnd,
        B::Or => B::ReverseOr,
        B::Xor => B::ReverseXor,
        B::Lshift => B::ReverseLshift,
        B::Rshift => B::ReverseRshift,
        B::MatMultiply => B::ReverseMatMultiply,
        _ => return None,
    })
}

fn cmp_result(op: BinaryOp, o: core::cmp::Ordering) -> bool {
    use core::cmp::Ordering::*;
    match op {
        BinaryOp::Less => o == Less,
        BinaryOp::More => o == Greater,
        BinaryOp::LessEqual => o != Greater,
        _ => o != Less,
    }
}

fn num_cmp(x: &Num, y: &Num) -> Option<core::cmp::Ordering> {
    match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
        (Num::F(_), _) | (_, Num::F(_)) => {
            // Exact comparison of a float against a big int.
            let (fa, fb) = (x.to_f64(), y.to_f64());
            match (x, y) {
                (Num::B(b), Num::F(f)) => big_f_cmp(b, *f),
                (Num::F(f), Num::B(b)) => big_f_cmp(b, *f).map(core::cmp::Ordering::reverse),
                (Num::I(i), Num::F(f)) if i.unsigned_abs() >= 1 << 53 => {
                    big_f_cmp(&BigInt::from(*i), *f)
                }
                (Num::F(f), Num::I(i)) if i.unsigned_abs() >= 1 << 53 => {
                    big_f_cmp(&BigInt::from(*i), *f).map(core::cmp::Ordering::reverse)
                }
                _ => fa.partial_cmp(&fb),
            }
        }
        _ => {
            let (sa, sb);
            let a = match x {
                Num::I(i) => {
                    sa = SmallInt::from(*i);
                    sa.view()
                }
                Num::B(b) => b.view(),
                _ => return None,
            };
            let b = match y {
                Num::I(i) => {
                    sb = SmallInt::from(*i);
                    sb.view()
                }
                Num::B(b) => b.view(),
                _ => return None,
            };
            Some(a.cmp(&b))
        }
    }
}

/// An int against a float, exactly: against the float's integer part, then its fraction
/// (None for NaN).
fn big_f_cmp(b: &BigInt, f: f64) -> Option<core::cmp::Ordering> {
    use core::cmp::Ordering::*;
    if f.is_infinite() {
        return Some(if f > 0.0 { Less } else { Greater });
    }
    let fl = libm::floor(f);
    Some(match b.cmp(&BigInt::from_f64(fl)?) {
        Equal if f > fl => Less,
        o => o,
    })
}

fn num_eq(x: &Num, y: &Num) -> bool {
    match (x, y) {
        (Num::C(a, b), Num::C(c, d)) => a == c && b == d,
        (Num::C(a, b), o) | (o, Num::C(a, b)) => {
            *b == 0.0 && num_cmp(&Num::F(*a), o) == Some(core::cmp::Ordering::Equal)
        }
        _ => num_cmp(x, y) == Some(core::cmp::Ordering::Equal),
    }
}

pub fn hash_int(i: i64) -> u32 {
    (i as u64 & 0x3fff_ffff) as u32
}

fn hash_float(f: f64) -> u32 {
    if f == libm::floor(f) && f.abs() < 9.0e18 {
        return hash_int(f as i64);
    }
    if f.is_finite() && f == libm::floor(f) {
        // An integral float beyond i64 hashes as the equal int does.
        return hash_int(BigInt::from_f64(f).unwrap_or_default().low_u64() as i64);
    }
    let b = f.to_bits();
    ((b ^ (b >> 32)) as u32) & 0x3fff_ffff
}
