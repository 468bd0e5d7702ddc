//! The library half of Ferrite's runtime: the builtin functions, the constructors and extra
//! methods of builtin types, and the table of every native function. Built for size
//! (opt-level "z"), apart from the VM's hot paths in `ferrite-runtime` (opt-level 3), which
//! reach this code through the [`Library`] the port hands to `Vm::new`: see
//! docs/design/size.md.
//!
//! `no_std` + `alloc`, no `unsafe`.
#![no_std]
#![forbid(unsafe_code)]
extern crate alloc;

mod array;
mod builtins;
mod class;
mod exc_text;
mod format;
mod frozen;
mod import;
mod load;
mod math;
mod modules;
mod modules_struct;
mod print;
mod str_methods;
mod stream;

/// The builtin modules with native functions, numbered for [`Owner::Module`] (a number
/// instead of the name keeps each entry of the native table small).
const MODULES: [&str; 8] = [
    "io",
    "struct",
    "os",
    "sys",
    "gc",
    "micropython",
    "math",
    "time",
];
const IO: u8 = 0;
const STRUCT: u8 = 1;
const OS: u8 = 2;
const SYS: u8 = 3;
const GC: u8 = 4;
const MICROPYTHON: u8 = 5;
const MATH: u8 = 6;
const TIME: u8 = 7;

/// The number of builtin module `name` ([`MODULES`]), or one no native function has.
fn module_number(name: &str) -> u8 {
    MODULES
        .iter()
        .position(|&m| m == name)
        .map_or(u8::MAX, |i| i as u8)
}

/// What a port hands to `Vm::new`.
pub static LIBRARY: Library = Library {
    natives: NATIVES,
    construct: builtins::construct,
    str_format: format::str_format,
    str_percent: format::str_percent,
    bytes_percent: format::bytes_percent,
    import_name: import::import_name,
    import_from: import::import_from,
    import_star: import::import_star,
    compile: import::compile,
    load_mpy: load::load_mpy,
    array_subscr: array::array_subscr,
    array_store: array::array_store,
    stream_method: stream::call_stream_method,
    repr: print::repr,
    to_str: print::to_str,
    format_exception: exc_text::format_exception,
};

/// The table of native functions. An entry is either `OWNER => function: ["name", ...];`
/// (one function for several names, which it tells apart by the name it is called with) or
/// `OWNER => module::{name, ...};` (one function per name, named as in Python).
macro_rules! natives {
    (@acc [$($acc:tt)*]) => {
        natives!(@emit $($acc)*);
    };
    (@acc [$($acc:tt)*] $owner:expr => $m:ident::{ $($fname:ident),* $(,)? }; $($rest:tt)*) => {
        natives!(@acc [$($acc)* $(($owner, $m::$fname, stringify!($fname)))*] $($rest)*);
    };
    (@acc [$($acc:tt)*] $owner:expr => $f:path : [ $($name:literal),* $(,)? ]; $($rest:tt)*) => {
        natives!(@acc [$($acc)* $(($owner, $f, $name))*] $($rest)*);
    };
    (@emit $(($owner:expr, $f:path, $name:expr))*) => {
        const COUNT: usize = [$($name,)*].len();
        static FNS: [NativeFn; COUNT] = [$($f as NativeFn,)*];
        static OWNERS: [Owner; COUNT] = [$($owner,)*];
        static NAMES: &str = concat!($($name,)*);
        static NAME_ENDS: [u16; COUNT] = {
            let lens = [$($name.len(),)*];
            let mut ends = [0u16; COUNT];
            let (mut i, mut at) = (0, 0);
            while i < COUNT {
                at += lens[i];
                assert!(at <= u16::MAX as usize);
                ends[i] = at as u16;
                i += 1;
            }
            ends
        };
        /// Every native function, numbered by its place here (a native value holds the number).
        const NATIVES: Natives = Natives {
            fns: &FNS,
            owners: &OWNERS,
            names: NAMES,
            name_ends: &NAME_ENDS,
        };
    };
    ($($t:tt)*) => {
        natives!(@acc [] $($t)*);
    };
}

use crate::builtins as b;
use crate::modules as m;
use ferrite_runtime::natives::{Library, NativeFn, Natives, Owner};
use ferrite_runtime::obj::dictobj::{call_dict_method, call_set_method, dict_get_method};
use ferrite_runtime::obj::gen::call_gen_method;
use ferrite_runtime::obj::list::{call_list_method, list_append_method};
use ferrite_runtime::obj::str::call_str_method;
use ferrite_runtime::obj::Kind;
use Owner::{Builtin, ClassMethod as CM, Module as M, Type as T};

natives! {
    Builtin => b::builtin_len: ["len"];
    Builtin => b::builtin_print: ["print"];
    Builtin => b::builtin_abs: ["abs"];
    Builtin => b::builtin_all: ["all", "any"];
    Builtin => b::builtin_bin: ["bin"];
    Builtin => b::builtin_callable: ["callable"];
    Builtin => b::builtin_chr: ["chr"];
    Builtin => b::builtin_dir: ["dir"];
    Builtin => b::builtin_divmod: ["divmod"];
    Builtin => b::builtin_enumerate: ["enumerate"];
    Builtin => b::builtin_filter: ["filter"];
    Builtin => b::builtin_getattr: ["getattr"];
    Builtin => b::builtin_setattr: ["setattr"];
    Builtin => b::builtin_hasattr: ["hasattr"];
    Builtin => b::builtin_setattr: ["delattr"];
    Builtin => b::builtin_globals: ["globals"];
    Builtin => b::builtin_locals: ["locals"];
    Builtin => b::builtin_hash: ["hash"];
    Builtin => b::builtin_hex: ["hex"];
    Builtin => b::builtin_oct: ["oct"];
    Builtin => b::builtin_id: ["id"];
    Builtin => b::builtin_isinstance: ["isinstance", "issubclass"];
    Builtin => b::builtin_iter: ["iter"];
    Builtin => b::builtin_next: ["next"];
    Builtin => b::builtin_map: ["map"];
    Builtin => b::builtin_max: ["max", "min"];
    Builtin => b::builtin_ord: ["ord"];
    Builtin => b::builtin_pow: ["pow"];
    Builtin => b::builtin_repr: ["repr"];
    Builtin => b::builtin_reversed: ["reversed"];
    Builtin => b::builtin_round: ["round"];
    Builtin => b::builtin_sorted: ["sorted"];
    Builtin => b::builtin_sum: ["sum"];
    Builtin => b::builtin_zip: ["zip"];
    Builtin => b::builtin_input: ["input"];
    Builtin => b::builtin_build_class: ["__build_class__"];
    Builtin => b::builtin_import: ["__import__"];
    Builtin => b::builtin_repl_print: ["__repl_print__"];
    Builtin => b::builtin_exec: ["exec", "eval"];
    Builtin => b::builtin_compile: ["compile"];
    Builtin => b::builtin_vars: ["vars"];
    Builtin => b::builtin_object_init: ["__object_init__"];
    Builtin => b::builtin_open: ["open"];
    Builtin => b::builtin_help: ["help"];
    Builtin => b::builtin_format: ["format"];
    Builtin => b::builtin_ascii: ["ascii"];
    T(Kind::Str) => call_str_method: ["upper", "lower"];
    T(Kind::Str) => crate::str_methods::call_str_method: ["strip", "lstrip", "rstrip"];
    T(Kind::Str) => call_str_method: ["split", "rsplit"];
    T(Kind::Str) => crate::str_methods::call_str_method: ["splitlines"];
    T(Kind::Str) => call_str_method: ["join", "replace"];
    T(Kind::Str) => crate::str_methods::call_str_method: ["startswith", "endswith"];
    T(Kind::Str) => call_str_method: ["find", "rfind", "index", "rindex", "count"];
    T(Kind::Str) => crate::str_methods::call_str_method: ["isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum", "isdecimal", "isnumeric", "isidentifier", "capitalize", "title", "swapcase", "center", "ljust", "rjust", "zfill", "partition", "rpartition", "encode", "format", "expandtabs"];
    T(Kind::Str) => b::str_extra: ["__len__", "__getitem__", "__contains__", "__add__", "__mod__", "__hash__", "__eq__"];
    T(Kind::List) => list_append_method: ["append"];
    T(Kind::List) => call_list_method: [
        "extend", "insert", "pop", "remove", "clear", "copy", "reverse", "index",
        "count", "sort",
    ];
    T(Kind::List) => b::seq_extra: ["__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__init__", "__add__", "__iadd__", "__eq__"];
    T(Kind::Tuple) => call_list_method: ["index", "count"];
    T(Kind::Tuple) => b::seq_extra: ["__len__", "__getitem__", "__contains__", "__iter__"];
    T(Kind::Range) => b::range_method: ["count", "index"];
    T(Kind::Dict) => dict_get_method: ["get"];
    T(Kind::Dict) => call_dict_method: [
        "keys", "values", "items", "pop", "popitem", "setdefault", "update", "clear",
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
    T(Kind::Stream) => crate::stream::call_stream_method: [
        "write", "read", "readline", "readlines", "getvalue", "seek", "tell", "flush", "close",
        "__enter__", "__exit__", "__iter__", "__next__",
    ];
    M(IO) => crate::stream::io_fn: ["StringIO", "BytesIO"];
    M(STRUCT) => crate::modules_struct::struct_fn: ["pack", "unpack", "calcsize", "pack_into", "unpack_from"];
    T(Kind::Array) => crate::array::call_array_method: ["append", "extend", "tobytes", "frombytes", "tolist"];
    M(OS) => m::os_fn: ["remove", "unlink", "mkdir", "rmdir", "rename", "getcwd", "listdir", "stat"];
    M(SYS) => m::sys_fn: ["exit", "print_exception", "getsizeof", "intern"];
    M(GC) => m::gc_fn: ["collect", "mem_free", "mem_alloc", "enable", "disable", "isenabled", "threshold"];
    M(MICROPYTHON) => m::micropython_fn: [
        "const", "opt_level", "mem_info", "qstr_info", "stack_use", "heap_lock", "heap_unlock",
        "kbd_intr", "alloc_emergency_exception_buf", "schedule",
    ];
    M(MATH) => math::{
        sqrt, pow, exp, log, log2, log10, cos, sin, tan, acos, asin, atan, atan2, ceil, floor,
        trunc, fabs, fmod, frexp, ldexp, modf, isfinite, isinf, isnan, copysign, degrees,
        radians, gcd, factorial, cosh, sinh, tanh, acosh, asinh, atanh, erf, erfc, gamma,
        lgamma, expm1, log1p, hypot, isclose, prod, comb, perm,
    };
    M(TIME) => m::time_fn: [
        "time", "time_ns", "sleep", "sleep_ms", "sleep_us", "ticks_ms", "ticks_us", "ticks_cpu",
        "ticks_diff", "ticks_add", "monotonic", "perf_counter",
    ];
}
