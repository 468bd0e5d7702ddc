//! Interned strings (qstrs): names, attribute names and string constants, each stored once
//! and named by a number. Numbers below 166 are `.mpy`'s static qstrs. Always compiled.

use alloc::boxed::Box;
use alloc::vec::Vec;
use ferrite_bytecode::Index;
use ferrite_bytecode::STATIC_QSTRS;

pub struct Interner {
    /// The string, its hash, and whether it is all ASCII.
    strs: Vec<(Box<str>, u32, bool)>,
    /// Each string's number.
    map: Index,
    /// The qstr of each one-character ASCII string, once interned (0: not yet).
    chars: [u32; 128],
}

/// Static qstrs the runtime names (their numbers are fixed by the `.mpy` format).
pub mod q {
    pub const UNDERSCORE: u32 = 8;
    pub const CALL: u32 = 9;
    pub const CLASS: u32 = 10;
    pub const ENTER: u32 = 12;
    pub const EXIT: u32 = 13;
    pub const GETATTR: u32 = 14;
    pub const GETITEM: u32 = 15;
    pub const HASH: u32 = 16;
    pub const INIT: u32 = 17;
    pub const ITER: u32 = 19;
    pub const LEN: u32 = 20;
    pub const NAME: u32 = 23;
    pub const NEW: u32 = 24;
    pub const NEXT: u32 = 25;
    pub const REPR: u32 = 27;
    pub const STR: u32 = 29;
    pub const CLOSE: u32 = 71;
    pub const KEYS: u32 = 106;
    pub const THROW: u32 = 155;
    pub use super::rq::*;
}

/// Declares the names interned at start-up right after the static qstrs, so that each has a
/// fixed number too (`q::BOOL` is the first number after the static table, and so on).
macro_rules! runtime_qstrs {
    ($($name:ident = $s:literal,)*) => {
        /// Interned by [`Interner::new`] in this order, after the static qstrs.
        pub static RUNTIME_QSTRS: &[&str] = &[$($s),*];
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        #[repr(u32)]
        enum RuntimeIndex { $($name),* }
        mod rq {
            $(pub const $name: u32 = super::FIRST_RUNTIME + super::RuntimeIndex::$name as u32;)*
        }
    };
}

const FIRST_RUNTIME: u32 = STATIC_QSTRS.len() as u32;

runtime_qstrs! {
    BOOL = "__bool__",
    EQ = "__eq__",
    NE = "__ne__",
    LT = "__lt__",
    GT = "__gt__",
    LE = "__le__",
    GE = "__ge__",
    CONTAINS = "__contains__",
    GET = "__get__",
    SETATTR = "__setattr__",
    MISSING = "__missing__",
    CLASS_GETITEM = "__class_getitem__",
    AWAIT = "__await__",
    PATH = "__path__",
    FILE = "__file__",
    DICT = "__dict__",
    ALL = "__all__",
    FORMAT = "__format__",
    FLOAT = "__float__",
    ABS = "__abs__",
    ROUND = "__round__",
    REVERSED = "__reversed__",
}

/// The hash of a str or bytes value (also what `hash()` returns for them).
pub fn hash_bytes(b: &[u8]) -> u32 {
    let mut h: u32 = 5381;
    for &c in b {
        h = (h ^ u32::from(c)).wrapping_mul(33);
    }
    h & 0x3fff_ffff
}

impl Interner {
    pub fn new() -> Interner {
        let mut i = Interner {
            strs: Vec::with_capacity(512),
            map: Index::with_capacity(1024),
            chars: [0; 128],
        };
        for (n, s) in STATIC_QSTRS.iter().enumerate() {
            // Entries 0 and 1 are both "": keep the number of the first.
            i.strs.push(((*s).into(), hash_bytes(s.as_bytes()), true));
            i.map.get_or_insert(s.as_bytes(), n as u32);
        }
        for s in RUNTIME_QSTRS {
            i.intern(s);
        }
        i
    }

    /// The qstr of the one-character string `c` (ASCII).
    #[inline]
    pub fn char(&mut self, c: u8) -> u32 {
        let slot = usize::from(c & 0x7f);
        let n = self.chars[slot];
        if n != 0 {
            return n;
        }
        let b = [c & 0x7f];
        let n = self.intern(core::str::from_utf8(&b).unwrap_or(" "));
        self.chars[slot] = n;
        n
    }

    pub fn intern(&mut self, s: &str) -> u32 {
        let (n, added) = self.map.get_or_insert(s.as_bytes(), self.strs.len() as u32);
        if added {
            self.strs
                .push((s.into(), hash_bytes(s.as_bytes()), s.is_ascii()));
        }
        n
    }

    /// The number of `s` if it is interned.
    #[inline]
    pub fn lookup(&self, s: &str) -> Option<u32> {
        self.map.get(s.as_bytes())
    }

    #[inline]
    pub fn get(&self, n: u32) -> &str {
        self.strs.get(n as usize).map_or("", |e| &e.0)
    }

    #[inline]
    pub fn hash(&self, n: u32) -> u32 {
        self.strs.get(n as usize).map_or(0, |e| e.1)
    }

    /// Whether qstr `n` is all ASCII.
    #[inline]
    pub fn is_ascii(&self, n: u32) -> bool {
        self.strs.get(n as usize).is_some_and(|e| e.2)
    }

    /// Bytes the table holds (reported by `micropython.qstr_info`).
    pub fn bytes(&self) -> usize {
        self.strs.iter().map(|e| e.0.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.strs.is_empty()
    }

    pub fn len(&self) -> usize {
        self.strs.len()
    }
}

impl Default for Interner {
    fn default() -> Self {
        Interner::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_numbers_name_their_strings() {
        let mut i = Interner::new();
        for (n, s) in [
            (q::CALL, "__call__"),
            (q::CLASS, "__class__"),
            (q::ENTER, "__enter__"),
            (q::EXIT, "__exit__"),
            (q::GETATTR, "__getattr__"),
            (q::GETITEM, "__getitem__"),
            (q::HASH, "__hash__"),
            (q::INIT, "__init__"),
            (q::ITER, "__iter__"),
            (q::LEN, "__len__"),
            (q::NAME, "__name__"),
            (q::NEW, "__new__"),
            (q::NEXT, "__next__"),
            (q::REPR, "__repr__"),
            (q::STR, "__str__"),
            (q::CLOSE, "close"),
            (q::KEYS, "keys"),
            (q::THROW, "throw"),
            (q::BOOL, "__bool__"),
            (q::REVERSED, "__reversed__"),
            (q::UNDERSCORE, "_"),
        ] {
            assert_eq!(i.get(n), s);
            assert_eq!(i.intern(s), n, "{s}");
        }
        for (k, s) in RUNTIME_QSTRS.iter().enumerate() {
            assert_eq!(i.lookup(s), Some(FIRST_RUNTIME + k as u32));
        }
        let a = i.char(b'a');
        assert_eq!(i.get(a), "a");
        assert_eq!(i.char(b'a'), a);
        assert_eq!(i.char(b' '), i.lookup(" ").unwrap_or(0));
        assert!(i.is_ascii(a));
        let e = i.intern("é");
        assert!(!i.is_ascii(e));
    }
}
