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
    /// A function of a builtin module, by the library's number for the module.
    Module(u8),
}

/// One native function, as [`Natives::get`] gives it.
pub struct NativeDef {
    pub owner: Owner,
    pub name: &'static str,
    pub f: NativeFn,
}

/// The native functions of a [`Library`], numbered (a native value holds its number). Kept as
/// parallel tables, which take 12 bytes a function where one table of [`NativeDef`]s would
/// take 32.
pub struct Natives {
    pub fns: &'static [NativeFn],
    pub owners: &'static [Owner],
    /// Every name, one after another: name `i` ends at `name_ends[i]`.
    pub names: &'static str,
    pub name_ends: &'static [u16],
}

impl Natives {
    /// Native number `id`.
    pub fn get(&self, id: usize) -> Option<NativeDef> {
        let end = usize::from(*self.name_ends.get(id)?);
        let start = match id.checked_sub(1) {
            Some(p) => usize::from(*self.name_ends.get(p)?),
            None => 0,
        };
        Some(NativeDef {
            owner: *self.owners.get(id)?,
            name: self.names.get(start..end)?,
            f: *self.fns.get(id)?,
        })
    }

    /// Every native function, in number order.
    pub fn iter(&self) -> impl Iterator<Item = NativeDef> + '_ {
        (0..self.fns.len()).filter_map(|i| self.get(i))
    }
}

/// A constructor call: the builtin type's layout, positional and keyword arguments.
pub type ConstructFn = fn(&mut Vm, Kind, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// `template.format(*args, **kw)`: the template, positional and keyword arguments.
pub type StrFormatFn = fn(&mut Vm, &str, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// Compiles source text: the text, the file name for messages, the mode.
pub type CompileFn =
    fn(&mut Vm, &str, &str, crate::code::CompileMode) -> PyResult<alloc::rc::Rc<crate::code::Code>>;

/// The library's half of the runtime, built for size in its own crate (`ferrite-lib`): its
/// native functions, and the entry points of its code that the VM calls. The port hands it
/// to [`Vm::new`]; see docs/design/size.md.
pub struct Library {
    /// Every native function; a native value holds its index here.
    pub natives: Natives,
    /// Calls a builtin type: `int(x)`, `list(it)`, `range(n)`...
    pub construct: ConstructFn,
    /// `template.format(*args, **kw)` (f-strings compile to it).
    pub str_format: StrFormatFn,
    /// `fmt % args` for str.
    pub str_percent: fn(&mut Vm, Value, Value) -> PyResult<Value>,
    /// `fmt % args` for bytes.
    pub bytes_percent: fn(&mut Vm, Value, Value) -> PyResult<Value>,
    /// IMPORT_NAME: the name's qstr, the from-list, the level, the importer's globals.
    pub import_name: fn(&mut Vm, u32, Value, Value, Value) -> PyResult<Value>,
    /// IMPORT_FROM: the module and the name's qstr.
    pub import_from: fn(&mut Vm, Value, u32) -> PyResult<Value>,
    /// IMPORT_STAR: the module and the namespace to fill.
    pub import_star: fn(&mut Vm, Value, Value) -> PyResult<()>,
    /// Compiles source text (the text, the file name, the mode).
    pub compile: CompileFn,
    /// Loads an `.mpy` image.
    pub load_mpy: fn(&mut Vm, &[u8]) -> PyResult<alloc::rc::Rc<crate::code::Code>>,
    /// `a[i]` of an `array.array`.
    pub array_subscr: fn(&mut Vm, Value, Value) -> PyResult<Value>,
    /// `a[i] = v` of an `array.array`.
    pub array_store: fn(&mut Vm, Value, Value, Value) -> PyResult<()>,
    /// The methods of streams (files, `sys.stdout`, `io.StringIO`...); iterating over a stream
    /// calls its `readline`.
    pub stream_method: NativeFn,
    /// `repr(v)`.
    pub repr: fn(&mut Vm, Value) -> PyResult<alloc::string::String>,
    /// `str(v)`.
    pub to_str: fn(&mut Vm, Value) -> PyResult<alloc::string::String>,
    /// The traceback text of an uncaught exception.
    pub format_exception: fn(&mut Vm, Value) -> alloc::string::String,
}

/// Calls native number `id`.
pub fn call_native(
    vm: &mut Vm,
    id: usize,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let Some(def) = vm.lib.natives.get(id) else {
        return Err(vm.type_error("bad native function"));
    };
    if matches!(def.owner, Owner::Type(_)) && pos.is_empty() {
        return Err(vm.type_error(&alloc::format!("{}() needs an argument", def.name)));
    }
    (def.f)(vm, def.name, &Args { pos, kw })
}

pub fn native_name(natives: &Natives, id: usize) -> &'static str {
    natives.get(id).map_or("?", |d| d.name)
}

pub fn find(natives: &Natives, owner: Owner, name: &str) -> Option<usize> {
    natives
        .iter()
        .position(|d| d.owner == owner && d.name == name)
}

/// The native method `name` of builtin layout `kind` (following builtin inheritance).
pub fn type_method(natives: &Natives, kind: Kind, name: &str) -> Option<usize> {
    let mut k = kind;
    loop {
        if let Some(i) = natives.iter().position(|d| {
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

/// The key of builtin layout `kind`'s method named by qstr `q` in [`Vm::methods`].
pub fn method_key(kind: Kind, q: u32) -> [u8; 5] {
    let [a, b, c, d] = q.to_le_bytes();
    [kind as u8, a, b, c, d]
}

impl Vm {
    /// [`type_method`] by interned name, through the method index.
    #[inline]
    pub fn type_method_q(&self, kind: Kind, q: u32) -> Option<usize> {
        let mut k = kind;
        loop {
            if let Some(i) = self.methods.get(&method_key(k, q)) {
                return Some(i as usize);
            }
            k = parent_kind(k)?;
        }
    }
}

/// Whether native `id` is a class method.
pub fn is_class_method(natives: &Natives, id: usize) -> bool {
    matches!(
        natives.get(id).map(|d| d.owner),
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
    (vm.lib.construct)(vm, kind, pos, kw)
}

/// Builds the namespace of a builtin module: its native functions plus `extra`.
pub fn module_natives(natives: &Natives, module: u8) -> Vec<(&'static str, Value)> {
    natives
        .iter()
        .enumerate()
        .filter(|(_, d)| d.owner == Owner::Module(module))
        .map(|(i, d)| (d.name, Value::native(i)))
        .collect()
}

/// The builtin functions, for the builtins namespace.
pub fn builtin_natives(natives: &Natives) -> Vec<(&'static str, Value)> {
    natives
        .iter()
        .enumerate()
        .filter(|(_, d)| d.owner == Owner::Builtin)
        .map(|(i, d)| (d.name, Value::native(i)))
        .collect()
}
