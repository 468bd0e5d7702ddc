//! Names and attributes: LOAD_NAME/GLOBAL, getattr/setattr on every kind of object
//! (descriptors, bound methods, `__getattr__`), `super()`, subscripts and `len`.
//! Always compiled.

use alloc::boxed::Box;
use alloc::string::ToString;
use alloc::vec::Vec;

use crate::obj::{IterObj, Obj};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A descriptor with only `__get__`.
pub const DESC_GET: u8 = 1;
/// A data descriptor (`__set__` or `__delete__`).
pub const DESC_DATA: u8 = 2;

impl Vm {
    pub fn load_name(&mut self, q: u32) -> PyResult<Value> {
        let fr = &self.frames[self.frames.len() - 1];
        let (names, globals) = (fr.names, fr.globals);
        if !names.is_null() {
            if let Some(v) = self.dict_get_str(names, q) {
                return Ok(v);
            }
        }
        self.load_global(globals, q)
    }

    pub fn load_global(&mut self, globals: Value, q: u32) -> PyResult<Value> {
        if let Some(v) = self.dict_get_str(globals, q) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(self.builtins, q) {
            return Ok(v);
        }
        let name = self.qstrs.get(q).to_string();
        Err(self.name_error(&name))
    }

    /// The builtin function named `name`.
    pub fn native_value(&mut self, name: &str) -> Value {
        let q = self.qstrs.intern(name);
        self.dict_get_str(self.builtins, q).unwrap_or(Value::NONE)
    }

    /// Binds a class attribute found for `obj` (functions become bound methods).
    fn bind(&mut self, attr: Value, obj: Value, cls: Value) -> PyResult<Value> {
        if attr.as_native().is_some() {
            return self.alloc(Obj::BoundMethod(attr, obj));
        }
        match self.heap.get(attr) {
            Some(Obj::Function(_)) => self.alloc(Obj::BoundMethod(attr, obj)),
            Some(Obj::StaticMethod(f)) => Ok(*f),
            Some(Obj::ClassMethod(f)) => {
                let f = *f;
                self.alloc(Obj::BoundMethod(f, cls))
            }
            Some(Obj::Property(g, _, _)) => {
                let g = *g;
                if g.is_none() || g.is_null() {
                    return Err(self.new_exc_msg(self.t.attribute_error, "unreadable attribute"));
                }
                self.call(g, &[obj], &[])
            }
            _ => Ok(attr),
        }
    }

    /// `getattr(obj, q)`, or None when it does not exist (no exception made).
    pub fn try_load_attr(&mut self, obj: Value, q: u32) -> PyResult<Option<Value>> {
        if q == crate::qstr::q::CLASS {
            return Ok(Some(self.type_of(obj)));
        }
        let name = self.qstrs.get(q);
        match self.heap.get(obj) {
            Some(Obj::Instance(inst)) => {
                let cls = inst.class;
                let own = self.ns_get(&inst.dict, q);
                if own.is_some() && self.class_flags(cls) & crate::obj::CLASS_DESCRIPTORS == 0 {
                    return Ok(own);
                }
                let class_attr = self.class_lookup(cls, q);
                if let Some(ca) = class_attr {
                    if let Some(Obj::Property(..)) = self.heap.get(ca) {
                        return self.bind(ca, obj, cls).map(Some);
                    }
                    // A data descriptor (with __set__ or __delete__) wins over the instance.
                    if self.descriptor_kind(ca) == DESC_DATA {
                        return self.descriptor_get(ca, obj, cls).map(Some);
                    }
                }
                if let Some(v) = own {
                    return Ok(Some(v));
                }
                if let Some(ca) = class_attr {
                    if self.descriptor_kind(ca) != 0 {
                        return self.descriptor_get(ca, obj, cls).map(Some);
                    }
                }
                if name == "__dict__" {
                    let d = match self.heap.get(obj) {
                        Some(Obj::Instance(i)) => i.dict.clone(),
                        _ => crate::obj::Dict::new(),
                    };
                    return self.alloc(Obj::Dict(Box::new(d))).map(Some);
                }
                if let Some(ca) = class_attr {
                    let base = self.native_self(obj);
                    let target = if ca.as_native().is_some() { base } else { obj };
                    return self.bind(ca, target, cls).map(Some);
                }
                let qg = crate::qstr::q::GETATTR;
                if let Some(g) = self.class_lookup(cls, qg) {
                    let n = Value::qstr(q);
                    return match self.call(g, &[obj, n], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.is_instance_of(e.0, self.t.attribute_error) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                Ok(None)
            }
            Some(Obj::Type(t)) => {
                match name {
                    "__name__" | "__qualname__" => return Ok(Some(t.name)),
                    "__bases__" => {
                        let b = t.bases.clone();
                        return self.new_tuple(b).map(Some);
                    }
                    "__mro__" => {
                        let m = t.mro.clone();
                        return self.new_tuple(m).map(Some);
                    }
                    "__dict__" => {
                        let d = t.dict.clone();
                        return self.alloc(Obj::Dict(Box::new(d))).map(Some);
                    }
                    _ => {}
                }
                let Some(a) = self.class_lookup(obj, q) else {
                    return Ok(None);
                };
                if self.descriptor_kind(a) != 0 {
                    return self.descriptor_get(a, Value::NONE, obj).map(Some);
                }
                if let Some(id) = a.as_native() {
                    if crate::natives::is_class_method(&self.lib.natives, id) {
                        return self.alloc(Obj::BoundMethod(a, obj)).map(Some);
                    }
                }
                match self.heap.get(a) {
                    Some(Obj::ClassMethod(f)) => {
                        let f = *f;
                        self.alloc(Obj::BoundMethod(f, obj)).map(Some)
                    }
                    Some(Obj::StaticMethod(f)) => Ok(Some(*f)),
                    _ => Ok(Some(a)),
                }
            }
            Some(Obj::Module(m)) => {
                let g = m.globals;
                if name == "__dict__" {
                    return Ok(Some(g));
                }
                Ok(self.dict_get_str(g, q))
            }
            Some(Obj::Exception(e)) => {
                let (args, cls) = (e.args, e.class);
                let hash = self.qstrs.hash(q);
                if let Some(v) = e.dict.get(hash, &mut |k| self.key_is_qstr(k, q)) {
                    return Ok(Some(v));
                }
                match name {
                    "args" => return Ok(Some(args)),
                    "value" if self.is_subclass(cls, self.t.stop_iteration) => {
                        return Ok(Some(self.stop_iteration_value(obj)))
                    }
                    "errno" if self.is_subclass(cls, self.t.os_error) => {
                        return Ok(Some(
                            self.exc_args(obj).first().copied().unwrap_or(Value::NONE),
                        ))
                    }
                    "strerror" if self.is_subclass(cls, self.t.os_error) => {
                        return Ok(Some(
                            self.exc_args(obj).get(1).copied().unwrap_or(Value::NONE),
                        ))
                    }
                    "code" if self.is_subclass(cls, self.t.system_exit) => {
                        return Ok(Some(
                            self.exc_args(obj).first().copied().unwrap_or(Value::NONE),
                        ))
                    }
                    "__cause__" => {
                        let c = e.cause;
                        return Ok(Some(if c.is_null() { Value::NONE } else { c }));
                    }
                    "__context__" => {
                        let c = e.context;
                        return Ok(Some(if c.is_null() { Value::NONE } else { c }));
                    }
                    "__traceback__" => return Ok(Some(Value::NONE)),
                    _ => {}
                }
                match self.class_lookup(cls, q) {
                    Some(a) => self.bind(a, obj, cls).map(Some),
                    None => Ok(None),
                }
            }
            Some(Obj::Function(f)) => {
                let (code_name, dict, globals) = (f.code.name, f.dict, f.globals);
                // Attributes set on the function (including a new `__name__`) come first.
                if !dict.is_null() {
                    if let Some(v) = self.dict_get_str(dict, q) {
                        return Ok(Some(v));
                    }
                }
                match name {
                    "__name__" | "__qualname__" => return Ok(Some(Value::qstr(code_name))),
                    "__globals__" => return Ok(Some(globals)),
                    _ => {}
                }
                if name == "__dict__" {
                    let d = self.new_dict()?;
                    if let Some(Obj::Function(f)) = self.heap.get_mut(obj) {
                        f.dict = d;
                    }
                    return Ok(Some(d));
                }
                Ok(None)
            }
            Some(Obj::BoundMethod(m, s)) => {
                let (m, s) = (*m, *s);
                match name {
                    "__self__" => Ok(Some(s)),
                    "__func__" => Ok(Some(m)),
                    _ => self.try_load_attr(m, q),
                }
            }
            Some(Obj::Property(g, s, d)) => {
                let (g, s, d) = (*g, *s, *d);
                match name {
                    "getter" | "setter" | "deleter" => {
                        let id = crate::natives::type_method(
                            &self.lib.natives,
                            crate::obj::Kind::Property,
                            name,
                        )
                        .unwrap_or(0);
                        self.alloc(Obj::BoundMethod(Value::native(id), obj))
                            .map(Some)
                    }
                    "fget" => Ok(Some(g)),
                    "fset" => Ok(Some(s)),
                    "fdel" => Ok(Some(d)),
                    _ => Ok(None),
                }
            }
            Some(Obj::Generator(g)) if name == "__name__" => Ok(Some(Value::qstr(g.name))),
            Some(Obj::Super(cls, o)) => {
                let (cls, o) = (*cls, *o);
                let (m, s) = self.super_method(cls, o, q)?;
                if s.is_null() {
                    Ok(Some(m))
                } else {
                    self.bind(m, s, self.type_of(s)).map(Some)
                }
            }
            _ => {
                if name == "__name__" {
                    if let Some(id) = obj.as_native() {
                        let n = crate::natives::native_name(&self.lib.natives, id);
                        return self.new_str(n).map(Some);
                    }
                }
                // Builtin values: methods from the native tables.
                let kind = self.kind_of(obj);
                match crate::natives::type_method(&self.lib.natives, kind, name) {
                    Some(id) => self
                        .alloc(Obj::BoundMethod(Value::native(id), obj))
                        .map(Some),
                    None => {
                        let cls = self.type_of(obj);
                        let name = name.to_string();
                        if let Some(v) = crate::natives::type_attr(self, kind, cls, obj, &name)? {
                            return Ok(Some(v));
                        }
                        Ok(None)
                    }
                }
            }
        }
    }

    /// 0 for an ordinary attribute, `DESC_GET` for an object with only `__get__`, `DESC_DATA`
    /// for one with `__set__` or `__delete__` (user-defined descriptors).
    pub fn descriptor_kind(&self, v: Value) -> u8 {
        if !matches!(self.heap.get(v), Some(Obj::Instance(_))) {
            return 0;
        }
        // A name never interned is defined by no class.
        let has = |n: &str| {
            self.qstrs
                .lookup(n)
                .is_some_and(|q| self.lookup_special(v, q).is_some())
        };
        if has("__set__") || has("__delete__") {
            DESC_DATA
        } else if has("__get__") {
            DESC_GET
        } else {
            0
        }
    }

    /// `descr.__get__(obj, owner)` (the descriptor itself when it has no `__get__`).
    fn descriptor_get(&mut self, d: Value, obj: Value, owner: Value) -> PyResult<Value> {
        let qg = crate::qstr::q::GET;
        match self.lookup_special(d, qg) {
            Some(m) => self.call(m, &[d, obj, owner], &[]),
            None => Ok(d),
        }
    }

    pub fn load_attr(&mut self, obj: Value, q: u32) -> PyResult<Value> {
        match self.try_load_attr(obj, q)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error(obj, q)),
        }
    }

    pub fn attr_error(&mut self, obj: Value, q: u32) -> PyErr {
        let name = self.qstrs.get(q).to_string();
        let msg = match self.heap.get(obj) {
            Some(Obj::Type(_)) => {
                let cn = self.class_name(obj);
                alloc::format!("type object '{cn}' has no attribute '{name}'")
            }
            Some(Obj::Module(m)) => {
                let mn = self.str_of(m.name).unwrap_or("?").to_string();
                alloc::format!("module '{mn}' has no attribute '{name}'")
            }
            _ => {
                let tn = self.type_name(obj);
                alloc::format!("'{tn}' object has no attribute '{name}'")
            }
        };
        self.new_exc_msg(self.t.attribute_error, &msg)
    }

    /// LOAD_METHOD: `(method, self)` for methods found on the type, `(value, NULL)` otherwise.
    pub fn load_method(&mut self, obj: Value, q: u32) -> PyResult<(Value, Value)> {
        match self.heap.get(obj) {
            Some(Obj::Instance(inst)) => {
                let cls = inst.class;
                let own = self.ns_get(&inst.dict, q);
                if own.is_none() {
                    if let Some(a) = self.class_lookup(cls, q) {
                        if a.as_native().is_some() {
                            return Ok((a, self.native_self(obj)));
                        }
                        if let Some(Obj::Function(_)) = self.heap.get(a) {
                            return Ok((a, obj));
                        }
                    }
                }
            }
            Some(Obj::Type(_))
            | Some(Obj::Module(_))
            | Some(Obj::Exception(_))
            | Some(Obj::Super(..)) => {}
            Some(Obj::Function(_)) | Some(Obj::BoundMethod(..)) | Some(Obj::Property(..)) => {}
            _ => {
                let kind = self.kind_of(obj);
                if let Some(id) = self.type_method_q(kind, q) {
                    return Ok((Value::native(id), obj));
                }
            }
        }
        let v = self.load_attr(obj, q)?;
        Ok((v, Value::NULL))
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method_name(&mut self, obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let q = self.qstrs.intern(name);
        let (m, s) = self.load_method(obj, q)?;
        self.call_method_value(m, s, args)
    }

    /// LOAD_SUPER_METHOD: `super(cls, obj).q`, as (method, self) or (value, NULL).
    pub fn super_method(&mut self, cls: Value, obj: Value, q: u32) -> PyResult<(Value, Value)> {
        let start_type = if self.is_type(obj) {
            obj
        } else {
            self.type_of(obj)
        };
        let mro = self.mro(start_type);
        let pos = mro
            .iter()
            .position(|&c| c == cls)
            .map_or(mro.len(), |p| p + 1);
        let hash = self.qstrs.hash(q);
        for &c in &mro[pos..] {
            let found = match self.heap.get(c) {
                Some(Obj::Type(t)) => {
                    let mut f = t.dict.get(hash, &mut |k| self.key_is_qstr(k, q));
                    if f.is_none() && t.builtin {
                        f = self.type_method_q(t.kind, q).map(Value::native);
                    }
                    f
                }
                _ => None,
            };
            if let Some(a) = found {
                if a.as_native().is_some() {
                    let target = if matches!(self.heap.get(obj), Some(Obj::Exception(_))) {
                        obj
                    } else {
                        self.native_self(obj)
                    };
                    return Ok((a, target));
                }
                return match self.heap.get(a) {
                    Some(Obj::Function(_)) => Ok((a, obj)),
                    Some(Obj::ClassMethod(f)) => Ok((*f, start_type)),
                    Some(Obj::StaticMethod(f)) => Ok((*f, Value::NULL)),
                    Some(Obj::Property(..)) => {
                        let v = self.bind(a, obj, start_type)?;
                        Ok((v, Value::NULL))
                    }
                    _ => Ok((a, Value::NULL)),
                };
            }
        }
        if self.qstrs.get(q) == "__init__" {
            let v = self.native_value("__object_init__");
            return Ok((v, obj));
        }
        let name = self.qstrs.get(q).to_string();
        Err(self.new_exc_msg(
            self.t.attribute_error,
            &alloc::format!("'super' object has no attribute '{name}'"),
        ))
    }

    /// STORE_ATTR (delete when `v` is NULL).
    pub fn store_attr(&mut self, obj: Value, q: u32, v: Value) -> PyResult<()> {
        let kind = match self.heap.get(obj) {
            Some(Obj::Instance(i)) => Some(i.class),
            _ => None,
        };
        let kind = kind.filter(|&c| {
            self.class_flags(c) & (crate::obj::CLASS_DESCRIPTORS | crate::obj::CLASS_SETATTR) != 0
        });
        if let Some(cls) = kind {
            if let Some(a) = self.class_lookup(cls, q) {
                if self.descriptor_kind(a) == DESC_DATA {
                    let name = if v.is_null() { "__delete__" } else { "__set__" };
                    let qm = self.qstrs.intern(name);
                    let Some(m) = self.lookup_special(a, qm) else {
                        return Err(self.new_exc_msg(self.t.attribute_error, "can't set attribute"));
                    };
                    if v.is_null() {
                        self.call(m, &[a, obj], &[])?;
                    } else {
                        self.call(m, &[a, obj, v], &[])?;
                    }
                    return Ok(());
                }
                if let Some(Obj::Property(_, s, d)) = self.heap.get(a) {
                    let f = if v.is_null() { *d } else { *s };
                    if f.is_none() || f.is_null() {
                        return Err(self.new_exc_msg(self.t.attribute_error, "can't set attribute"));
                    }
                    if v.is_null() {
                        self.call(f, &[obj], &[])?;
                    } else {
                        self.call(f, &[obj, v], &[])?;
                    }
                    return Ok(());
                }
            }
            let qs = crate::qstr::q::SETATTR;
            if !v.is_null() {
                if let Some(f) = self.lookup_special(obj, qs) {
                    self.call(f, &[obj, Value::qstr(q), v], &[])?;
                    return Ok(());
                }
            }
        }
        let key = Value::qstr(q);
        let hash = self.qstrs.hash(q);
        // The common case: setting an attribute of a plain instance whose namespace has only
        // interned names — in place, keys compared by word.
        let object = self.t.object;
        if let (false, Some(Obj::Instance(i))) = (v.is_null(), self.heap.get_mut(obj)) {
            if i.class != object && i.dict.immediate_keys() {
                let before = i.dict.bytes();
                i.dict.insert(hash, key, v, &mut |k| k == key);
                let grew = i.dict.bytes().saturating_sub(before);
                if grew > 0 {
                    // The class learns how many attributes its instances hold.
                    let (cls, held) = (i.class, i.dict.len());
                    if let Some(Obj::Type(t)) = self.heap.get_mut(cls) {
                        let held = held.min(crate::obj::dict::SMALL) as u8;
                        t.attrs = t.attrs.max(held);
                    }
                }
                return self.charge_growth(grew);
            }
        }
        let target = match self.heap.get(obj) {
            // Plain `object()` instances have no namespace.
            Some(Obj::Instance(i)) if i.class == self.t.object => {
                return Err(self.attr_error(obj, q));
            }
            Some(Obj::Instance(_)) | Some(Obj::Type(_)) | Some(Obj::Exception(_)) => obj,
            Some(Obj::Module(m)) => {
                let g = m.globals;
                if v.is_null() {
                    if self.dict_del(g, key)?.is_none() {
                        return Err(self.attr_error(obj, q));
                    }
                    return Ok(());
                }
                return self.dict_set(g, key, v);
            }
            Some(Obj::Function(f)) => {
                let mut d = f.dict;
                if d.is_null() {
                    d = self.new_dict()?;
                    if let Some(Obj::Function(f)) = self.heap.get_mut(obj) {
                        f.dict = d;
                    }
                }
                if v.is_null() {
                    self.dict_del(d, key)?;
                    return Ok(());
                }
                return self.dict_set(d, key, v);
            }
            _ => {
                let tn = self.type_name(obj);
                let name = self.qstrs.get(q).to_string();
                return Err(self.new_exc_msg(
                    self.t.attribute_error,
                    &alloc::format!("'{tn}' object has no attribute '{name}'"),
                ));
            }
        };
        // Take the namespace out so keys compare through the heap.
        let mut d = match self.heap.get_mut(target) {
            Some(Obj::Instance(i)) => core::mem::take(&mut i.dict),
            Some(Obj::Type(t)) => {
                self.method_cache.clear();
                core::mem::take(&mut t.dict)
            }
            Some(Obj::Exception(e)) => core::mem::take(&mut e.dict),
            _ => return Ok(()),
        };
        let before = d.bytes();
        let missing = if v.is_null() {
            d.remove(hash, &mut |k| self.key_is_qstr(k, q)).is_none()
        } else {
            if d.immediate_keys() {
                d.insert(hash, key, v, &mut |k| k == key);
            } else {
                d.insert(hash, key, v, &mut |k| self.key_is_qstr(k, q));
            }
            false
        };
        let grew = d.bytes().saturating_sub(before);
        // Only class attributes bring class flags.
        let add_flags = if v.is_null() || !matches!(self.heap.get(target), Some(Obj::Type(_))) {
            0
        } else {
            self.attr_flags(key, v)
        };
        match self.heap.get_mut(target) {
            Some(Obj::Instance(i)) => i.dict = d,
            Some(Obj::Type(t)) => {
                t.dict = d;
                t.flags |= add_flags;
            }
            Some(Obj::Exception(e)) => e.dict = d,
            _ => {}
        }
        if missing {
            return Err(self.attr_error(obj, q));
        }
        self.charge_growth(grew)
    }

    /// `o[idx]`.
    pub fn subscr(&mut self, o: Value, idx: Value) -> PyResult<Value> {
        if o.as_qstr().is_some() {
            return self.str_subscr(o, idx);
        }
        match self.heap.get(o) {
            Some(Obj::List(_)) | Some(Obj::Tuple(_)) => self.seq_subscr(o, idx),
            Some(Obj::Str(_)) => self.str_subscr(o, idx),
            Some(Obj::Bytes(_)) | Some(Obj::ByteArray(_)) => self.bytes_subscr(o, idx),
            Some(Obj::Array(_)) => (self.lib.array_subscr)(self, o, idx),
            Some(Obj::MemView(b, start, len))
                if matches!(self.heap.get(*b), Some(Obj::Array(_)))
                    && !matches!(self.heap.get(idx), Some(Obj::Slice(..))) =>
            {
                let (b, start, len) = (*b, *start, *len);
                let i = self.to_index(idx)?;
                let j = if i < 0 { i + len as isize } else { i };
                if j < 0 || j >= len as isize {
                    return Err(
                        self.new_exc_msg(self.t.index_error, "memoryview index out of range")
                    );
                }
                (self.lib.array_subscr)(self, b, Value::small(start as isize + j))
            }
            Some(Obj::MemView(b, start, len)) => {
                let (b, start, len) = (*b, *start, *len);
                if let Some(Obj::Slice(..)) = self.heap.get(idx) {
                    let (s, _, step, n) = self.slice_indices(idx, len)?;
                    if step != 1 {
                        return Err(self.new_exc_msg(
                            self.t.not_implemented_error,
                            "only slices with step=1 (aka None) are supported",
                        ));
                    }
                    return self.alloc(Obj::MemView(b, start + s.max(0) as usize, n));
                }
                let i = self.to_index(idx)?;
                let j = if i < 0 { i + len as isize } else { i };
                if j < 0 || j >= len as isize {
                    return Err(
                        self.new_exc_msg(self.t.index_error, "memoryview index out of range")
                    );
                }
                let byte = self
                    .bytes_of(b)
                    .and_then(|d| d.get(start + j as usize))
                    .copied()
                    .unwrap_or(0);
                Ok(Value::small(byte as isize))
            }
            Some(Obj::Dict(_)) => match self.dict_get(o, idx)? {
                Some(v) => Ok(v),
                None => {
                    let qm = crate::qstr::q::MISSING;
                    if let Some(m) = self.lookup_special(o, qm) {
                        return self.call(m, &[o, idx], &[]);
                    }
                    Err(self.key_error(idx))
                }
            },
            Some(Obj::Range(r)) => {
                let r = *r;
                if let Some(Obj::Slice(..)) = self.heap.get(idx) {
                    let (start, stop, step, _) = self.slice_indices(idx, r.len())?;
                    let nr = crate::obj::RangeObj {
                        start: r.start + start * r.step,
                        stop: r.start + stop * r.step,
                        step: r.step * step,
                    };
                    return self.alloc(Obj::Range(nr));
                }
                let i = self.to_index(idx)?;
                let n = r.len() as isize;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(
                        self.new_exc_msg(self.t.index_error, "range object index out of range")
                    );
                }
                self.new_int(r.get(j as usize) as i64)
            }
            Some(Obj::Instance(_)) => {
                let q = crate::qstr::q::GETITEM;
                if let Some(m) = self.lookup_special(o, q) {
                    return self.call(m, &[o, idx], &[]);
                }
                let b = self.native_self(o);
                if let Some(Obj::Dict(_)) = self.heap.get(b) {
                    if let Some(v) = self.dict_get(b, idx)? {
                        return Ok(v);
                    }
                    let qm = crate::qstr::q::MISSING;
                    if let Some(m) = self.lookup_special(o, qm) {
                        return self.call(m, &[o, idx], &[]);
                    }
                    return Err(self.key_error(idx));
                }
                if b != o {
                    return self.subscr(b, idx);
                }
                Err(self.not_subscriptable(o))
            }
            Some(Obj::Type(_)) => {
                let q = crate::qstr::q::CLASS_GETITEM;
                if let Some(m) = self.class_lookup(o, q) {
                    let m = match self.heap.get(m) {
                        Some(Obj::ClassMethod(f)) => *f,
                        _ => m,
                    };
                    return self.call(m, &[o, idx], &[]);
                }
                Err(self.not_subscriptable(o))
            }
            _ => Err(self.not_subscriptable(o)),
        }
    }

    fn not_subscriptable(&mut self, o: Value) -> PyErr {
        let tn = self.type_name(o);
        self.type_error(&alloc::format!("'{tn}' object isn't subscriptable"))
    }

    /// `o[idx] = v` (delete when `v` is NULL).
    pub fn store_subscr(&mut self, o: Value, idx: Value, v: Value) -> PyResult<()> {
        match self.heap.get(o) {
            Some(Obj::List(_)) => self.list_store(o, idx, v),
            Some(Obj::Dict(_)) => {
                if v.is_null() {
                    if self.dict_del(o, idx)?.is_none() {
                        return Err(self.key_error(idx));
                    }
                    Ok(())
                } else {
                    self.dict_set(o, idx, v)
                }
            }
            Some(Obj::ByteArray(b)) => {
                let len = b.len();
                if v.is_null() && !matches!(self.heap.get(idx), Some(Obj::Slice(..))) {
                    let i = self.to_index(idx)?;
                    let j = if i < 0 { i + len as isize } else { i };
                    if j < 0 || j >= len as isize {
                        return Err(
                            self.new_exc_msg(self.t.index_error, "bytearray index out of range")
                        );
                    }
                    if let Some(Obj::ByteArray(b)) = self.heap.get_mut(o) {
                        b.remove(j as usize);
                    }
                    return Ok(());
                }
                if let Some(Obj::Slice(..)) = self.heap.get(idx) {
                    let (start, stop, step, _) = self.slice_indices(idx, len)?;
                    let new: Vec<u8> = if v.is_null() {
                        Vec::new()
                    } else {
                        self.bytes_from_value(v)?
                    };
                    if step != 1 {
                        return Err(self.new_exc_msg(
                            self.t.not_implemented_error,
                            "only slices with step=1 (aka None) are supported",
                        ));
                    }
                    let Some(Obj::ByteArray(b)) = self.heap.get_mut(o) else {
                        return Ok(());
                    };
                    let before = b.capacity();
                    let (start, stop) = (start as usize, stop.max(start) as usize);
                    crate::obj::list::replace_range(b, start, stop, &new);
                    let grew = b.capacity().saturating_sub(before);
                    return self.charge_growth(grew);
                }
                let i = self.to_index(idx)?;
                let j = if i < 0 { i + len as isize } else { i };
                if j < 0 || j >= len as isize {
                    return Err(
                        self.new_exc_msg(self.t.index_error, "bytearray index out of range")
                    );
                }
                let byte = self.to_index(v)?;
                if !(0..256).contains(&byte) {
                    return Err(
                        self.new_exc_msg(self.t.value_error, "byte must be in range(0, 256)")
                    );
                }
                if let Some(Obj::ByteArray(b)) = self.heap.get_mut(o) {
                    b[j as usize] = byte as u8;
                }
                Ok(())
            }
            Some(Obj::Array(_)) => (self.lib.array_store)(self, o, idx, v),
            Some(Obj::MemView(b, start, len))
                if matches!(self.heap.get(*b), Some(Obj::Array(_)))
                    && !v.is_null()
                    && !matches!(self.heap.get(idx), Some(Obj::Slice(..))) =>
            {
                let (b, start, len) = (*b, *start, *len);
                let i = self.to_index(idx)?;
                let j = if i < 0 { i + len as isize } else { i };
                if j < 0 || j >= len as isize {
                    return Err(
                        self.new_exc_msg(self.t.index_error, "memoryview index out of range")
                    );
                }
                (self.lib.array_store)(self, b, Value::small(start as isize + j), v)
            }
            Some(Obj::MemView(b, start, len)) => {
                let (b, start, len) = (*b, *start, *len);
                if !matches!(self.heap.get(b), Some(Obj::ByteArray(_))) || v.is_null() {
                    return Err(
                        self.type_error("'memoryview' object doesn't support item assignment")
                    );
                }
                if let Some(Obj::Slice(..)) = self.heap.get(idx) {
                    let (s, _, _, n) = self.slice_indices(idx, len)?;
                    let data = self.bytes_from_value(v)?;
                    if data.len() != n {
                        return Err(self.new_exc_msg(
                            self.t.value_error,
                            "memoryview assignment: lvalue and rvalue have different structures",
                        ));
                    }
                    if let Some(Obj::ByteArray(x)) = self.heap.get_mut(b) {
                        let at = start + s.max(0) as usize;
                        if let Some(dst) = x.get_mut(at..at + n) {
                            dst.copy_from_slice(&data);
                        }
                    }
                    return Ok(());
                }
                let i = self.to_index(idx)?;
                let j = if i < 0 { i + len as isize } else { i };
                if j < 0 || j >= len as isize {
                    return Err(
                        self.new_exc_msg(self.t.index_error, "memoryview index out of range")
                    );
                }
                let byte = self.to_index(v)?;
                if !(0..256).contains(&byte) {
                    return Err(
                        self.new_exc_msg(self.t.value_error, "byte must be in range(0, 256)")
                    );
                }
                if let Some(Obj::ByteArray(x)) = self.heap.get_mut(b) {
                    if let Some(d) = x.get_mut(start + j as usize) {
                        *d = byte as u8;
                    }
                }
                Ok(())
            }
            Some(Obj::Instance(_)) => {
                let name = if v.is_null() {
                    "__delitem__"
                } else {
                    "__setitem__"
                };
                let q = self.qstrs.intern(name);
                if let Some(m) = self.lookup_special(o, q) {
                    if v.is_null() {
                        self.call(m, &[o, idx], &[])?;
                    } else {
                        self.call(m, &[o, idx, v], &[])?;
                    }
                    return Ok(());
                }
                let b = self.native_self(o);
                if b != o {
                    return self.store_subscr(b, idx, v);
                }
                let tn = self.type_name(o);
                Err(self.type_error(&alloc::format!(
                    "'{tn}' object doesn't support item assignment"
                )))
            }
            _ => {
                let tn = self.type_name(o);
                if v.is_null() {
                    return Err(self.type_error(&alloc::format!(
                        "'{tn}' object doesn't support item deletion"
                    )));
                }
                Err(self.type_error(&alloc::format!(
                    "'{tn}' object doesn't support item assignment"
                )))
            }
        }
    }

    /// `len(o)`.
    pub fn len_of(&mut self, o: Value) -> PyResult<usize> {
        if let Some(n) = builtin_len(&self.heap, &self.qstrs, o) {
            return Ok(n);
        }
        match self.heap.get(o) {
            Some(Obj::Instance(_)) => {
                let q = crate::qstr::q::LEN;
                if let Some(m) = self.lookup_special(o, q) {
                    let r = self.call(m, &[o], &[])?;
                    return match self.as_i64(r) {
                        Some(n) if n >= 0 => Ok(n as usize),
                        Some(_) => {
                            Err(self
                                .new_exc_msg(self.t.value_error, "__len__() should return >= 0"))
                        }
                        None => {
                            let tn = self.type_name(r);
                            Err(self.type_error(&alloc::format!(
                                "'{tn}' object cannot be interpreted as an integer"
                            )))
                        }
                    };
                }
                let b = self.native_self(o);
                if b != o {
                    return self.len_of(b);
                }
                Err(self.no_len(o))
            }
            _ => Err(self.no_len(o)),
        }
    }

    fn no_len(&mut self, o: Value) -> PyErr {
        let tn = self.type_name(o);
        self.type_error(&alloc::format!("object of type '{tn}' has no len()"))
    }
}

/// `len(o)` of a value of a builtin type (None for anything else: instances, which may have
/// `__len__`, and values without a length).
#[inline]
pub fn builtin_len(
    heap: &crate::heap::Heap,
    qstrs: &crate::qstr::Interner,
    o: Value,
) -> Option<usize> {
    if let Some(q) = o.as_qstr() {
        let s = qstrs.get(q);
        return Some(if qstrs.is_ascii(q) {
            s.len()
        } else {
            s.chars().count()
        });
    }
    Some(match heap.get(o)? {
        Obj::List(l) => l.len(),
        Obj::Str(s) if s.ascii => s.s.len(),
        Obj::Str(s) => s.s.chars().count(),
        Obj::Bytes(b) => b.len(),
        Obj::MemView(_, _, n) => *n,
        Obj::Array(a) => a.data.len() / crate::obj::array::item_size(a.typecode).unwrap_or(1),
        Obj::ByteArray(b) => b.len(),
        Obj::Tuple(t) => t.len(),
        Obj::Dict(d) | Obj::Set(d, _) => d.len(),
        Obj::Range(r) => r.len(),
        Obj::Iter(it) => match **it {
            IterObj::DictView { d, .. } => match heap.get(d) {
                Some(Obj::Dict(x)) => x.len(),
                _ => 0,
            },
            _ => return None,
        },
        _ => return None,
    })
}
