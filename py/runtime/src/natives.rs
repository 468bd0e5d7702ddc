//! Native functions: the one signature they share, the table that numbers them (a native
//! function is an immediate value holding its number), method lookup for builtin types, and
//! the constructors of builtin types. Always compiled.

use alloc::vec::Vec;

use crate::obj::{Kind, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The arguments of a native call. `pos[0]` is `self` for methods.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Value, Value)],
}

impl Args<'_> {
    /// A keyword argument by name.
    pub fn kw_get(&self, vm: &Vm, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some(name))
            .map(|&(_, v)| v)
    }

    /// A keyword argument, or else positional `i`.
    pub fn kw_or_pos(&self, vm: &Vm, name: &str, i: usize) -> Option<Value> {
        self.kw_get(vm, name).or_else(|| self.pos.get(i).copied())
    }

    pub fn arg(&self, i: usize) -> Value {
        self.pos.get(i).copied().unwrap_or(Value::NULL)
    }
}

pub type NativeFn = fn(&mut Vm, &'static str, &Args) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Builtin,
    Type(Kind),
    /// A class method of a builtin type (bound to the class when looked up on it).
    ClassMethod(Kind),
    Module(&'static str),
}

pub struct NativeDef {
    pub owner: Owner,
    pub name: &'static str,
    pub f: NativeFn,
}

macro_rules! natives {
    ($( $owner:expr => $f:path : [ $($name:literal),* $(,)? ] ; )*) => {
        pub static NATIVES: &[NativeDef] = &[
            $($( NativeDef { owner: $owner, name: $name, f: $f }, )*)*
        ];
    };
}

use crate::builtins as b;
use crate::modules as m;
use crate::obj::dictobj::{call_dict_method, call_set_method};
use crate::obj::gen::call_gen_method;
use crate::obj::list::call_list_method;
use crate::obj::str::call_str_method;
use Owner::{Builtin, ClassMethod as CM, Module as M, Type as T};

natives! {
    Builtin => b::builtin_len: ["len"];
    Builtin => b::builtin: [
        "print", "abs", "all", "any", "bin", "callable", "chr", "dir", "divmod",
        "enumerate", "filter", "getattr", "setattr", "hasattr", "delattr", "globals", "locals",
        "hash", "hex", "oct", "id", "isinstance", "issubclass", "iter", "next", "map", "max",
        "min", "ord", "pow", "repr", "reversed", "round", "sorted", "sum", "zip", "input",
        "__build_class__", "__import__", "__repl_print__", "exec", "eval", "compile", "vars",
        "__object_init__", "open", "help", "format", "ascii",
    ];
    T(Kind::Str) => call_str_method: [
        "upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "join",
        "replace", "startswith", "endswith", "find", "rfind", "index", "rindex", "count",
        "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum", "isdecimal",
        "isnumeric", "isidentifier", "capitalize", "title", "swapcase", "center", "ljust",
        "rjust", "zfill", "partition", "rpartition", "encode", "format", "expandtabs",
    ];
    T(Kind::Str) => b::str_extra: ["__len__", "__getitem__", "__contains__", "__add__", "__mod__", "__hash__", "__eq__"];
    T(Kind::List) => call_list_method: [
        "append", "extend", "insert", "pop", "remove", "clear", "copy", "reverse", "index",
        "count", "sort",
    ];
    T(Kind::List) => b::seq_extra: ["__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__init__", "__add__", "__iadd__", "__eq__"];
    T(Kind::Tuple) => call_list_method: ["index", "count"];
    T(Kind::Tuple) => b::seq_extra: ["__len__", "__getitem__", "__contains__", "__iter__"];
    T(Kind::Range) => b::range_method: ["count", "index"];
    T(Kind::Dict) => call_dict_method: [
        "keys", "values", "items", "get", "pop", "popitem", "setdefault", "update", "clear",
        "copy",
    ];
    T(Kind::Dict) => b::seq_extra: ["__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__init__", "__eq__"];
    CM(Kind::Dict) => call_dict_method: ["fromkeys"];
    T(Kind::Set) => call_set_method: [
        "add", "remove", "discard", "pop", "clear", "copy", "update", "intersection_update",
        "difference_update", "symmetric_difference_update", "union", "intersection",
        "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
    ];
    T(Kind::Set) => b::seq_extra: ["__len__", "__contains__", "__iter__"];
    T(Kind::FrozenSet) => call_set_method: [
        "copy", "union", "intersection", "difference", "symmetric_difference", "issubset",
        "issuperset", "isdisjoint",
    ];
    T(Kind::Bytes) => b::bytes_method: [
        "decode", "hex", "startswith", "endswith", "find", "rfind", "index", "rindex", "count",
        "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "replace", "join", "upper",
        "lower", "isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower", "partition",
        "rpartition", "center", "ljust", "rjust", "zfill", "capitalize", "title", "swapcase",
    ];
    CM(Kind::Bytes) => b::bytes_method: ["fromhex"];
    T(Kind::ByteArray) => b::bytes_method: [
        "decode", "hex", "startswith", "endswith", "find", "rfind", "index", "rindex", "count",
        "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "replace", "join", "append",
        "extend", "pop", "clear", "copy", "insert", "remove", "reverse", "upper", "lower",
        "isdigit", "isalpha", "isspace", "partition", "rpartition",
    ];
    T(Kind::Int) => b::int_method: ["to_bytes", "bit_length", "conjugate", "__index__"];
    CM(Kind::Int) => b::int_method: ["from_bytes"];
    T(Kind::Float) => b::float_method: ["is_integer", "conjugate", "as_integer_ratio", "hex"];
    T(Kind::Complex) => b::float_method: ["conjugate"];
    T(Kind::Generator) => call_gen_method: ["send", "throw", "close", "__next__"];
    T(Kind::Iterator) => b::iter_method: ["__next__"];
    T(Kind::Property) => b::property_method: ["getter", "setter", "deleter"];
    T(Kind::Exception) => b::exc_method: ["__init__", "with_traceback", "add_note"];
    T(Kind::Object) => b::object_method: ["__init__", "__eq__", "__ne__", "__hash__", "__repr__", "__str__", "__setattr__", "__getattribute__", "__delattr__"];
    T(Kind::Object) => b::object_method: ["__new__"];
    T(Kind::Type) => b::type_method_fn: ["mro"];
    T(Kind::Stream) => crate::obj::stream::call_stream_method: [
        "write", "read", "readline", "readlines", "getvalue", "seek", "tell", "flush", "close",
        "__enter__", "__exit__", "__iter__", "__next__",
    ];
    M("io") => crate::obj::stream::io_fn: ["StringIO", "BytesIO"];
    M("struct") => crate::modules_struct::struct_fn: ["pack", "unpack", "calcsize", "pack_into", "unpack_from"];
    T(Kind::Array) => crate::obj::array::call_array_method: ["append", "extend", "tobytes", "frombytes", "tolist"];
    M("os") => m::os_fn: ["remove", "unlink", "mkdir", "rmdir", "rename", "getcwd", "listdir", "stat"];
    M("sys") => m::sys_fn: ["exit", "print_exception", "getsizeof", "intern"];
    M("gc") => m::gc_fn: ["collect", "mem_free", "mem_alloc", "enable", "disable", "isenabled", "threshold"];
    M("micropython") => m::micropython_fn: [
        "const", "opt_level", "mem_info", "qstr_info", "stack_use", "heap_lock", "heap_unlock",
        "kbd_intr", "alloc_emergency_exception_buf", "schedule",
    ];
    M("math") => m::math_fn: [
        "sqrt", "pow", "exp", "log", "log2", "log10", "cos", "sin", "tan", "acos", "asin",
        "atan", "atan2", "ceil", "floor", "trunc", "fabs", "fmod", "frexp", "ldexp", "modf",
        "isfinite", "isinf", "isnan", "copysign", "degrees", "radians", "gcd", "factorial",
        "cosh", "sinh", "tanh", "acosh", "asinh", "atanh", "erf", "erfc", "gamma", "lgamma",
        "expm1", "log1p", "hypot", "isclose", "prod", "comb", "perm",
    ];
    M("time") => m::time_fn: [
        "time", "time_ns", "sleep", "sleep_ms", "sleep_us", "ticks_ms", "ticks_us", "ticks_cpu",
        "ticks_diff", "ticks_add", "monotonic", "perf_counter",
    ];
}

/// Calls native number `id`.
pub fn call_native(
    vm: &mut Vm,
    id: usize,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let Some(def) = NATIVES.get(id) else {
        return Err(vm.type_error("bad native function"));
    };
    if matches!(def.owner, Owner::Type(_)) && pos.is_empty() {
        return Err(vm.type_error(&alloc::format!("{}() needs an argument", def.name)));
    }
    (def.f)(vm, def.name, &Args { pos, kw })
}

pub fn native_name(id: usize) -> &'static str {
    NATIVES.get(id).map_or("?", |d| d.name)
}

pub fn find(owner: Owner, name: &str) -> Option<usize> {
    NATIVES
        .iter()
        .position(|d| d.owner == owner && d.name == name)
}

/// The native method `name` of builtin layout `kind` (following builtin inheritance).
pub fn type_method(kind: Kind, name: &str) -> Option<usize> {
    let mut k = kind;
    loop {
        if let Some(i) = NATIVES.iter().position(|d| {
            (d.owner == Owner::Type(k) || d.owner == Owner::ClassMethod(k)) && d.name == name
        }) {
            return Some(i);
        }
        k = match k {
            Kind::Bool => Kind::Int,
            Kind::FrozenSet => return None,
            Kind::Object => return None,
            _ => Kind::Object,
        };
    }
}

/// The layout whose methods `kind` also has (builtin inheritance), if any.
pub fn parent_kind(kind: Kind) -> Option<Kind> {
    match kind {
        Kind::Bool => Some(Kind::Int),
        Kind::FrozenSet | Kind::Object => None,
        _ => Some(Kind::Object),
    }
}

impl Vm {
    /// [`type_method`] by interned name, through the method index.
    #[inline]
    pub fn type_method_q(&self, kind: Kind, q: u32) -> Option<usize> {
        let mut k = kind;
        loop {
            if let Some(&i) = self.methods.get(&(k as u8, q)) {
                return Some(i as usize);
            }
            k = parent_kind(k)?;
        }
    }
}

/// Whether native `id` is a class method.
pub fn is_class_method(id: usize) -> bool {
    matches!(
        NATIVES.get(id).map(|d| d.owner),
        Some(Owner::ClassMethod(_))
    )
}

/// Data attributes of builtin values (`c.real`, `r.start`, ...).
pub fn type_attr(
    vm: &mut Vm,
    kind: Kind,
    cls: Value,
    obj: Value,
    name: &str,
) -> PyResult<Option<Value>> {
    let _ = cls;
    if let Some(f) = vm.heap.float_of(obj) {
        let v = match name {
            "real" => Some(crate::obj::number::Num::F(f)),
            "imag" => Some(crate::obj::number::Num::F(0.0)),
            _ => None,
        };
        return v.map(|n| vm.num_value(n)).transpose();
    }
    let v = match (kind, vm.heap.get(obj)) {
        (_, Some(Obj::Complex(r, i))) => match name {
            "real" => Some(crate::obj::number::Num::F(*r)),
            "imag" => Some(crate::obj::number::Num::F(*i)),
            _ => None,
        },
        (_, Some(Obj::Range(r))) => {
            let r = *r;
            return Ok(match name {
                "start" => Some(vm.new_int(r.start as i64)?),
                "stop" => Some(vm.new_int(r.stop as i64)?),
                "step" => Some(vm.new_int(r.step as i64)?),
                _ => None,
            });
        }
        (_, Some(Obj::Slice(a, b, c))) => {
            return Ok(match name {
                "start" => Some(*a),
                "stop" => Some(*b),
                "step" => Some(*c),
                _ => None,
            })
        }
        (Kind::Int | Kind::Bool, _) => match name {
            "real" | "numerator" => {
                return Ok(Some(if obj.as_bool().is_some() {
                    Value::small(isize::from(obj == Value::TRUE))
                } else {
                    obj
                }))
            }
            "imag" => return Ok(Some(Value::small(0))),
            "denominator" => return Ok(Some(Value::small(1))),
            _ => None,
        },
        _ => None,
    };
    match v {
        Some(n) => vm.num_value(n).map(Some),
        None => Ok(None),
    }
}

/// Calls a builtin type: `int(x)`, `list(it)`, `type(o)`...
pub fn construct(
    vm: &mut Vm,
    kind: Kind,
    cls: Value,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let _ = cls;
    crate::builtins::construct(vm, kind, pos, kw)
}

/// Builds the namespace of a builtin module: its native functions plus `extra`.
pub fn module_natives(module: &'static str) -> Vec<(&'static str, Value)> {
    NATIVES
        .iter()
        .enumerate()
        .filter(|(_, d)| d.owner == Owner::Module(module))
        .map(|(i, d)| (d.name, Value::native(i)))
        .collect()
}

/// The builtin functions, for the builtins namespace.
pub fn builtin_natives() -> Vec<(&'static str, Value)> {
    NATIVES
        .iter()
        .enumerate()
        .filter(|(_, d)| d.owner == Owner::Builtin)
        .map(|(i, d)| (d.name, Value::native(i)))
        .collect()
}
