//! Heap objects: the `Obj` enum (one variant per object layout) and the types' behaviour,
//! one file per Python type. Always compiled.

pub mod array;
pub mod dict;
pub mod dictobj;
pub mod gen;
pub mod iter;
pub mod list;
pub mod number;
pub mod str;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use ferrite_bigint::BigInt;

pub use dict::Dict;

use crate::value::Value;
use crate::vm::Frame;

/// One heap object. Each variant is one object layout; the Python type of a value follows
/// from its variant (and, for instances and exceptions, from their class field).
pub enum Obj {
    Str(StrObj),
    Bytes(Box<[u8]>),
    ByteArray(Vec<u8>),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Tuple(Box<[Value]>),
    List(Vec<Value>),
    Dict(Box<Dict>),
    /// `set` or `frozenset`: the keys of a dict whose values are unused.
    Set(Box<Dict>, bool),
    Range(RangeObj),
    Slice(Value, Value, Value),
    Function(Box<FunObj>),
    BoundMethod(Value, Value),
    Cell(Value),
    Type(Box<TypeObj>),
    Instance(Box<Instance>),
    Exception(Box<ExcObj>),
    Module(Box<ModuleObj>),
    Generator(Box<GenObj>),
    Iter(Box<IterObj>),
    Property(Value, Value, Value),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Value, Value),
    /// A native function bound to fixed leading arguments (e.g. a module-level helper).
    Partial(Value, Box<[Value]>),
    /// `array.array`.
    Array(Box<array::ArrayObj>),
    /// `memoryview`: a window (start, length) on a bytes or bytearray object.
    MemView(Value, usize, usize),
    /// A stream: stdout/stderr, a file read into memory, or an in-memory buffer.
    Stream(Box<StreamObj>),
}

pub const STREAM_MEM: u8 = 0;
pub const STREAM_OUT: u8 = 1;
pub const STREAM_ERR: u8 = 2;
pub const STREAM_IN: u8 = 3;
pub const STREAM_FILE: u8 = 4;
/// [`StreamObj::handle`] of a stream that has no open file.
pub const NO_HANDLE: i32 = -1;

pub struct StreamObj {
    /// `STREAM_MEM`, `STREAM_OUT`, `STREAM_ERR`, `STREAM_IN` or `STREAM_FILE`.
    pub fd: u8,
    /// For a file being written: the port's handle of it while it is open (`NO_HANDLE`
    /// otherwise).
    pub handle: i32,
    pub data: Vec<u8>,
    pub pos: usize,
    /// Text (str) rather than bytes.
    pub text: bool,
    pub closed: bool,
}

/// `StrObj::hash` before the hash is first asked for (no hash has bit 31 set).
pub const STR_HASH_UNSET: u32 = u32::MAX;

pub struct StrObj {
    pub s: Box<str>,
    /// The hash, computed when first needed (`STR_HASH_UNSET` until then).
    pub hash: u32,
    /// All ASCII: indexes and lengths are byte offsets.
    pub ascii: bool,
}

#[derive(Clone, Copy)]
pub struct RangeObj {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
}

impl RangeObj {
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            (stop - start + step - 1) / step
        } else {
            (start - stop - step - 1) / (-step)
        };
        if n < 0 {
            0
        } else {
            n as usize
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> isize {
        self.start + (i as isize) * self.step
    }
}

/// A bytecode function, possibly closing over cells.
pub struct FunObj {
    pub code: Rc<crate::code::Code>,
    pub globals: Value,
    /// Tuple of default positional values, or NULL.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Value,
    /// Captured cells, passed as hidden leading positional arguments.
    pub closure: Box<[Value]>,
    /// `f.__dict__`, NULL until an attribute is set.
    pub dict: Value,
}

/// Which native layout instances of a class carry (what builtin base it derives from).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BoundMethod,
    Native,
    Cell,
    Module,
    Generator,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Exception,
    Stream,
    MemView,
    Array,
    Ellipsis,
    NotImplemented,
}

pub struct TypeObj {
    pub name: Value,
    pub bases: Vec<Value>,
    /// Method resolution order, starting with the type itself.
    pub mro: Vec<Value>,
    pub dict: Dict,
    /// The builtin layout instances use.
    pub kind: Kind,
    /// Built into the VM (its methods come from the native tables).
    pub builtin: bool,
    /// `CLASS_*` bits of this class and its bases, to skip lookups that cannot find anything.
    pub flags: u8,
    /// How many attributes instances of this class have come to hold (at most
    /// [`dict::SMALL`]): a new instance's namespace is made with room for that many, so that
    /// `__init__` fills it without growing it.
    pub attrs: u8,
}

/// A property (data descriptor) is defined on the class or a base.
pub const CLASS_DESCRIPTORS: u8 = 1;
/// `__setattr__` is defined on the class or a base.
pub const CLASS_SETATTR: u8 = 2;

pub struct Instance {
    pub class: Value,
    pub dict: Dict,
    /// For a subclass of a builtin type: the builtin value this instance extends.
    pub base: Value,
}

pub struct ExcObj {
    pub class: Value,
    /// Tuple of the constructor arguments.
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub dict: Dict,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

#[derive(Clone, Copy)]
pub struct TbEntry {
    /// Qstr of the source file name.
    pub file: u32,
    pub line: u32,
    /// Qstr of the function name.
    pub name: u32,
}

pub struct ModuleObj {
    pub name: Value,
    pub globals: Value,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

pub struct GenObj {
    pub frame: Option<Frame>,
    pub state: GenState,
    pub name: u32,
    /// A coroutine (`async def`) rather than a generator.
    pub coro: bool,
}

/// Builtin iterators.
pub enum IterObj {
    /// Over a list, tuple, str (by char index), bytes or bytearray, by index.
    Seq {
        seq: Value,
        idx: usize,
    },
    /// Over a str, by byte offset.
    Str {
        s: Value,
        pos: usize,
    },
    Range {
        cur: isize,
        stop: isize,
        step: isize,
    },
    /// Over a dict's keys (0), values (1) or items (2), or a set's keys; `len` is the size
    /// when iteration started (a change of size is an error, as in CPython).
    Dict {
        d: Value,
        idx: usize,
        kind: u8,
        len: usize,
    },
    /// `__getitem__` with 0, 1, 2… until IndexError.
    GetItem {
        obj: Value,
        idx: usize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Box<[Value]>,
    },
    Map {
        f: Value,
        its: Box<[Value]>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// A dict's `keys()`/`values()`/`items()` view (not itself an iterator).
    DictView {
        d: Value,
        kind: u8,
    },
}
