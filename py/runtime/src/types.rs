//! The builtin type objects, class creation (MRO), instantiation and type queries.
//! Always compiled.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::obj::{Dict, ExcObj, Instance, Kind, Obj, TypeObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A new instance of user class `cls` (of kind `Object`) with an empty namespace that has room
/// for as many attributes as the class's instances have come to hold.
pub(crate) fn blank_instance(heap: &crate::heap::Heap, cls: Value) -> Obj {
    let room = match heap.get(cls) {
        Some(Obj::Type(t)) => usize::from(t.attrs),
        _ => 0,
    };
    Obj::Instance(Box::new(Instance {
        class: cls,
        dict: Dict::with_capacity(room),
        base: Value::NULL,
    }))
}

macro_rules! types {
    ( plain { $($f:ident = $name:literal, $kind:ident, $base:ident;)* }
      exc { $($e:ident = $ename:literal, $ebase:ident;)* } ) => {
        /// The builtin types and exception classes, created when the VM starts.
        pub struct Types {
            $(pub $f: Value,)*
            $(pub $e: Value,)*
            pub generator_exit_instance: Value,
        }

        impl Types {
            pub fn trace(&self, f: &mut dyn FnMut(Value)) {
                $(f(self.$f);)*
                $(f(self.$e);)*
                f(self.generator_exit_instance);
            }

            /// Every builtin type and exception class with its name.
            pub fn all(&self) -> Vec<(&'static str, Value)> {
                vec![$(($name, self.$f),)* $(($ename, self.$e),)*]
            }

            pub(crate) fn create(vm: &mut Vm) -> PyResult<()> {
                $(
                    let base = types!(@base vm, $base);
                    vm.t.$f = vm.make_builtin_type($name, base, Kind::$kind)?;
                )*
                $(
                    let base = vm.t.$ebase;
                    vm.t.$e = vm.make_builtin_type($ename, base, Kind::Exception)?;
                )*
                Ok(())
            }

            pub fn empty() -> Types {
                Types {
                    $($f: Value::NULL,)*
                    $($e: Value::NULL,)*
                    generator_exit_instance: Value::NULL,
                }
            }
        }
    };
    (@base $vm:ident, none) => { Value::NULL };
    (@base $vm:ident, $b:ident) => { $vm.t.$b };
}

types! {
    plain {
        object = "object", Object, none;
        type_ = "type", Type, object;
        none_type = "NoneType", NoneType, object;
        int = "int", Int, object;
        bool_ = "bool", Bool, int;
        float = "float", Float, object;
        complex = "complex", Complex, object;
        str_ = "str", Str, object;
        bytes = "bytes", Bytes, object;
        bytearray = "bytearray", ByteArray, object;
        tuple = "tuple", Tuple, object;
        list = "list", List, object;
        dict = "dict", Dict, object;
        set = "set", Set, object;
        frozenset = "frozenset", FrozenSet, object;
        range = "range", Range, object;
        slice = "slice", Slice, object;
        function = "function", Function, object;
        bound_method = "bound_method", BoundMethod, object;
        native_fn = "function", Native, object;
        cell = "cell", Cell, object;
        module = "module", Module, object;
        generator = "generator", Generator, object;
        iterator = "iterator", Iterator, object;
        property = "property", Property, object;
        staticmethod = "staticmethod", StaticMethod, object;
        classmethod = "classmethod", ClassMethod, object;
        super_ = "super", Super, object;
        ellipsis = "ellipsis", Ellipsis, object;
        not_implemented_type = "NotImplementedType", NotImplemented, object;
        text_io = "TextIOWrapper", Stream, object;
        bytes_io = "BytesIO", Stream, object;
        string_io = "StringIO", Stream, object;
        memoryview = "memoryview", MemView, object;
        array = "array", Array, object;
        dict_keys = "dict_keys", Iterator, object;
        dict_values = "dict_values", Iterator, object;
        dict_items = "dict_items", Iterator, object;
    }
    exc {
        base_exception = "BaseException", object;
        system_exit = "SystemExit", base_exception;
        keyboard_interrupt = "KeyboardInterrupt", base_exception;
        generator_exit = "GeneratorExit", base_exception;
        exception = "Exception", base_exception;
        stop_iteration = "StopIteration", exception;
        stop_async_iteration = "StopAsyncIteration", exception;
        arithmetic_error = "ArithmeticError", exception;
        overflow_error = "OverflowError", arithmetic_error;
        zero_division_error = "ZeroDivisionError", arithmetic_error;
        assertion_error = "AssertionError", exception;
        attribute_error = "AttributeError", exception;
        eof_error = "EOFError", exception;
        import_error = "ImportError", exception;
        lookup_error = "LookupError", exception;
        index_error = "IndexError", lookup_error;
        key_error = "KeyError", lookup_error;
        memory_error = "MemoryError", exception;
        name_error = "NameError", exception;
        os_error = "OSError", exception;
        runtime_error = "RuntimeError", exception;
        not_implemented_error = "NotImplementedError", runtime_error;
        syntax_error = "SyntaxError", exception;
        indentation_error = "IndentationError", syntax_error;
        type_error = "TypeError", exception;
        value_error = "ValueError", exception;
        unicode_error = "UnicodeError", value_error;
    }
}

/// What creating an instance needs next.
pub enum NewInstance {
    Done(Value),
    /// Run this `__init__` (a bytecode function) on the instance.
    Init(Value, Value),
}

impl Vm {
    fn make_builtin_type(&mut self, name: &str, base: Value, kind: Kind) -> PyResult<Value> {
        let q = self.qstrs.intern(name);
        let bases = if base.is_null() { vec![] } else { vec![base] };
        let mut mro = vec![];
        if let Some(Obj::Type(b)) = self.heap.get(base) {
            mro.extend_from_slice(&b.mro);
        }
        self.method_cache.clear();
        let v = self.alloc(Obj::Type(Box::new(TypeObj {
            name: Value::qstr(q),
            bases,
            mro: Vec::new(),
            dict: Dict::new(),
            kind,
            builtin: true,
            flags: 0,
            attrs: 0,
        })))?;
        mro.insert(0, v);
        if let Some(Obj::Type(t)) = self.heap.get_mut(v) {
            t.mro = mro;
        }
        Ok(v)
    }

    /// The type of any value.
    pub fn type_of(&self, v: Value) -> Value {
        let t = &self.t;
        if v.is_small() {
            return t.int;
        }
        if v.as_qstr().is_some() {
            return t.str_;
        }
        if v.as_native().is_some() {
            return t.native_fn;
        }
        if v.is_float() {
            return t.float;
        }
        match v {
            Value::NONE => return t.none_type,
            Value::TRUE | Value::FALSE => return t.bool_,
            Value::ELLIPSIS => return t.ellipsis,
            Value::NOT_IMPLEMENTED => return t.not_implemented_type,
            _ => {}
        }
        match self.heap.get(v) {
            Some(o) => match o {
                Obj::Str(_) => t.str_,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::Int(_) => t.int,
                Obj::Float(_) => t.float,
                Obj::Complex(..) => t.complex,
                Obj::Tuple(_) => t.tuple,
                Obj::List(_) => t.list,
                Obj::Dict(_) => t.dict,
                Obj::Set(_, frozen) => {
                    if *frozen {
                        t.frozenset
                    } else {
                        t.set
                    }
                }
                Obj::Range(_) => t.range,
                Obj::Slice(..) => t.slice,
                Obj::Function(_) => t.function,
                Obj::BoundMethod(..) => t.bound_method,
                Obj::Cell(_) => t.cell,
                Obj::Type(_) => t.type_,
                Obj::Instance(i) => i.class,
                Obj::Exception(e) => e.class,
                Obj::Module(_) => t.module,
                Obj::Generator(_) => t.generator,
                Obj::Iter(it) => match **it {
                    crate::obj::IterObj::DictView { kind: 0, .. } => t.dict_keys,
                    crate::obj::IterObj::DictView { kind: 1, .. } => t.dict_values,
                    crate::obj::IterObj::DictView { .. } => t.dict_items,
                    _ => t.iterator,
                },
                Obj::Property(..) => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super(..) => t.super_,
                Obj::Partial(..) => t.native_fn,
                Obj::MemView(..) => t.memoryview,
                Obj::Array(_) => t.array,
                Obj::Stream(st) => {
                    if st.fd != 0 || st.text && st.closed {
                        t.text_io
                    } else if st.text {
                        t.string_io
                    } else {
                        t.bytes_io
                    }
                }
            },
            None => t.none_type,
        }
    }

    /// The name of a type object.
    pub fn class_name(&self, cls: Value) -> String {
        match self.heap.get(cls) {
            Some(Obj::Type(t)) => self.str_of(t.name).map(String::from).unwrap_or_default(),
            _ => String::from("?"),
        }
    }

    /// The name of `v`'s type.
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        self.class_name(t)
    }

    /// The builtin layout kind of `v`'s type.
    pub fn kind_of(&self, v: Value) -> Kind {
        match self.heap.get(self.type_of(v)) {
            Some(Obj::Type(t)) => t.kind,
            _ => Kind::Object,
        }
    }

    pub fn mro(&self, cls: Value) -> Vec<Value> {
        match self.heap.get(cls) {
            Some(Obj::Type(t)) => t.mro.clone(),
            _ => Vec::new(),
        }
    }

    pub fn is_subclass(&self, cls: Value, of: Value) -> bool {
        if cls == of {
            return true;
        }
        match self.heap.get(cls) {
            Some(Obj::Type(t)) => t.mro.contains(&of),
            _ => false,
        }
    }

    pub fn is_instance_of(&self, v: Value, cls: Value) -> bool {
        let t = self.type_of(v);
        self.is_subclass(t, cls)
    }

    pub fn is_type(&self, v: Value) -> bool {
        matches!(self.heap.get(v), Some(Obj::Type(_)))
    }

    /// Looks `q` up in the dicts along `cls`'s MRO (user-level attributes only).
    pub fn class_lookup(&self, cls: Value, q: u32) -> Option<Value> {
        let Some(Obj::Type(t)) = self.heap.get(cls) else {
            return None;
        };
        for &c in &t.mro {
            if let Some(Obj::Type(ct)) = self.heap.get(c) {
                if !ct.dict.is_empty() {
                    if let Some(v) = self.ns_get(&ct.dict, q) {
                        return Some(v);
                    }
                }
                if ct.builtin {
                    if let Some(id) = self.type_method_q(ct.kind, q) {
                        return Some(Value::native(id));
                    }
                }
            }
        }
        None
    }

    /// A special method defined by a user class of `v` (not by builtin types).
    pub fn lookup_special(&self, v: Value, q: u32) -> Option<Value> {
        let cls = self.type_of(v);
        match self.heap.get(cls) {
            Some(Obj::Type(t)) if !t.builtin => {}
            _ => return None,
        }
        let Some(Obj::Type(t)) = self.heap.get(cls) else {
            return None;
        };
        let hash = self.qstrs.hash(q);
        for &c in &t.mro {
            if let Some(Obj::Type(ct)) = self.heap.get(c) {
                if ct.builtin {
                    continue;
                }
                if let Some(v) = ct.dict.get(hash, &mut |k| self.key_is_qstr(k, q)) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Whether a dict key is the string `q`.
    pub fn key_is_qstr(&self, k: Value, q: u32) -> bool {
        if let Some(kq) = k.as_qstr() {
            return kq == q;
        }
        match self.heap.get(k) {
            Some(Obj::Str(s)) => &*s.s == self.qstrs.get(q),
            _ => false,
        }
    }

    /// Creates an instance of `cls` (a class object): builtin constructors run now; for
    /// user classes the instance is made and its `__init__` found.
    pub fn instantiate(
        &mut self,
        cls: Value,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<NewInstance> {
        let (builtin, kind) = match self.heap.get(cls) {
            Some(Obj::Type(t)) => (t.builtin, t.kind),
            _ => return Err(self.type_error("not a type")),
        };
        if builtin && kind != Kind::Exception {
            return Ok(NewInstance::Done(crate::natives::construct(
                self, kind, cls, pos, kw,
            )?));
        }
        let q_new = crate::qstr::q::NEW;
        let q_init = crate::qstr::q::INIT;
        let user_new = self
            .class_lookup(cls, q_new)
            .filter(|v| v.as_native().is_none());
        let inst = if let Some(newf) = user_new {
            let f = match self.heap.get(newf) {
                Some(Obj::StaticMethod(f)) => *f,
                _ => newf,
            };
            let mut all = vec![cls];
            all.extend_from_slice(pos);
            let inst = self.call(f, &all, kw)?;
            if !self.is_instance_of(inst, cls) {
                return Ok(NewInstance::Done(inst));
            }
            inst
        } else {
            self.new_instance_of(cls, kind, pos, kw)?
        };
        match self.class_lookup(cls, q_init) {
            Some(init) if matches!(self.heap.get(init), Some(Obj::Function(_))) => {
                Ok(NewInstance::Init(inst, init))
            }
            Some(init)
                if init.as_native().is_some()
                    && kind != Kind::Exception
                    && kind != Kind::Object =>
            {
                // A builtin base's __init__ (e.g. list.__init__): already built from the args.
                Ok(NewInstance::Done(inst))
            }
            _ => {
                if kind == Kind::Object && (!pos.is_empty() || !kw.is_empty()) && user_new.is_none()
                {
                    return Err(
                        self.type_error("function takes 0 positional arguments but 1 were given")
                    );
                }
                Ok(NewInstance::Done(inst))
            }
        }
    }

    /// The `CLASS_*` bits a class attribute `key = value` brings.
    pub fn attr_flags(&self, key: Value, value: Value) -> u8 {
        let mut f = 0;
        if let Some(Obj::Property(..)) = self.heap.get(value) {
            f |= crate::obj::CLASS_DESCRIPTORS;
        }
        if let Some(Obj::Instance(i)) = self.heap.get(value) {
            // An instance of a class that defines __get__/__set__/__delete__ (checked by name
            // in that class's namespace chain).
            let cls = i.class;
            let has = |n: &str| {
                self.qstrs.lookup(n).is_some_and(|q| {
                    self.mro(cls).iter().any(|&c| {
                        matches!(self.heap.get(c), Some(Obj::Type(t)) if !t.builtin
                            && t.dict.get(self.qstrs.hash(q), &mut |k| self.key_is_qstr(k, q)).is_some())
                    })
                })
            };
            if has("__get__") || has("__set__") || has("__delete__") {
                f |= crate::obj::CLASS_DESCRIPTORS;
            }
        }
        if self.str_of(key) == Some("__setattr__") {
            f |= crate::obj::CLASS_SETATTR;
        }
        f
    }

    /// The `CLASS_*` bits of a class.
    pub fn class_flags(&self, cls: Value) -> u8 {
        match self.heap.get(cls) {
            Some(Obj::Type(t)) => t.flags,
            _ => 0,
        }
    }

    /// The bare instance of a user class (no `__init__` run).
    pub fn new_instance_of(
        &mut self,
        cls: Value,
        kind: Kind,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        match kind {
            Kind::Object => self.alloc(blank_instance(&self.heap, cls)),
            Kind::Exception => {
                let args = self.new_tuple(pos.to_vec())?;
                self.alloc(Obj::Exception(Box::new(ExcObj {
                    class: cls,
                    args,
                    traceback: Vec::new(),
                    dict: Dict::new(),
                    cause: Value::NULL,
                    context: Value::NULL,
                    suppress_context: false,
                })))
            }
            _ => {
                // Find the builtin base and build its value from the arguments.
                let mro = self.mro(cls);
                let base_cls = mro
                    .iter()
                    .copied()
                    .find(|&c| matches!(self.heap.get(c), Some(Obj::Type(t)) if t.builtin))
                    .unwrap_or(self.t.object);
                let q_init = crate::qstr::q::INIT;
                let has_init = matches!(
                    self.class_lookup(cls, q_init)
                        .map(|v| self.heap.get(v).is_some()),
                    Some(true)
                );
                let base = if has_init && matches!(kind, Kind::List | Kind::Dict | Kind::Set) {
                    crate::natives::construct(self, kind, base_cls, &[], &[])?
                } else {
                    crate::natives::construct(self, kind, base_cls, pos, kw)?
                };
                self.alloc(Obj::Instance(Box::new(Instance {
                    class: cls,
                    dict: Dict::new(),
                    base,
                })))
            }
        }
    }

    /// The builtin value behind `v`: itself, or the base value of a builtin-subclass instance.
    pub fn native_self(&self, v: Value) -> Value {
        match self.heap.get(v) {
            Some(Obj::Instance(i)) if !i.base.is_null() => i.base,
            _ => v,
        }
    }
}
