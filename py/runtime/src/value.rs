//! The one-word tagged value every slot of the VM holds. Always compiled.
//!
//! Bit layout of the word (`usize`, 32 or 64 bits):
//!
//! ```text
//!   ...xxxxxxx1  small int: the word shifted right by one (arithmetic), 31/63 bits
//!   ...xxxxx010  interned string (qstr): index << 3
//!   ...xxxxx110  immediate: index << 3 (None, False, True, Ellipsis, NotImplemented, then
//!                native functions by their number in the native table)
//!   ...xxxxxx00  heap handle: (slot + 1) << 2; the all-zero word is NULL
//! ```
//!
//! No pointer is ever stored in a value: heap objects are named by their slot in the heap's
//! arena, so tagging needs no `unsafe` at all.

/// A Python value in one machine word (see the module docs for the layout).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct Value(usize);

const TAG_QSTR: usize = 0b010;
const TAG_IMM: usize = 0b110;

/// Smallest small int.
pub const SMALL_MIN: i64 = (isize::MIN >> 1) as i64;
/// Largest small int.
pub const SMALL_MAX: i64 = (isize::MAX >> 1) as i64;

/// Immediates after the fixed constants are native functions.
const IMM_NATIVE_BASE: usize = 8;

impl Value {
    /// The empty slot: unbound local, missing argument, "no value".
    pub const NULL: Value = Value(0);
    pub const NONE: Value = Value(TAG_IMM);
    pub const FALSE: Value = Value((1 << 3) | TAG_IMM);
    pub const TRUE: Value = Value((2 << 3) | TAG_IMM);
    pub const ELLIPSIS: Value = Value((3 << 3) | TAG_IMM);
    pub const NOT_IMPLEMENTED: Value = Value((4 << 3) | TAG_IMM);

    #[inline]
    pub fn raw(self) -> usize {
        self.0
    }

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A small int, or `None` when `i` does not fit.
    #[inline]
    pub fn try_small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value(((i as isize) << 1) as usize | 1))
        } else {
            None
        }
    }

    /// A small int from a value known to fit (an index or length).
    #[inline]
    pub fn small(i: isize) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&(i as i64)));
        Value((i << 1) as usize | 1)
    }

    #[inline]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }

    #[inline]
    pub fn as_small(self) -> Option<isize> {
        if self.is_small() {
            Some((self.0 as isize) >> 1)
        } else {
            None
        }
    }

    /// The integer of a small int; callers check [`Value::is_small`] first.
    #[inline]
    pub fn small_unchecked(self) -> isize {
        (self.0 as isize) >> 1
    }

    #[inline]
    pub fn qstr(index: u32) -> Value {
        Value(((index as usize) << 3) | TAG_QSTR)
    }

    #[inline]
    pub fn as_qstr(self) -> Option<u32> {
        if self.0 & 0b111 == TAG_QSTR {
            Some((self.0 >> 3) as u32)
        } else {
            None
        }
    }

    #[inline]
    pub fn native(id: usize) -> Value {
        Value(((id + IMM_NATIVE_BASE) << 3) | TAG_IMM)
    }

    #[inline]
    pub fn as_native(self) -> Option<usize> {
        if self.0 & 0b111 == TAG_IMM && (self.0 >> 3) >= IMM_NATIVE_BASE {
            Some((self.0 >> 3) - IMM_NATIVE_BASE)
        } else {
            None
        }
    }

    /// A heap handle for arena slot `slot`.
    #[inline]
    pub fn heap(slot: usize) -> Value {
        Value((slot + 1) << 2)
    }

    /// The arena slot of a heap handle.
    #[inline]
    pub fn as_heap(self) -> Option<usize> {
        if self.0 & 0b11 == 0 && self.0 != 0 {
            Some((self.0 >> 2) - 1)
        } else {
            None
        }
    }

    #[inline]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }

    #[inline]
    pub fn as_bool(self) -> Option<bool> {
        if self == Value::TRUE {
            Some(true)
        } else if self == Value::FALSE {
            Some(false)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word() {
        assert_eq!(core::mem::size_of::<Value>(), core::mem::size_of::<usize>());
    }

    #[test]
    fn tags_round_trip() {
        for i in [0i64, 1, -1, SMALL_MAX, SMALL_MIN, 12345] {
            assert_eq!(Value::try_small(i).unwrap().as_small(), Some(i as isize));
        }
        assert!(Value::try_small(SMALL_MAX + 1).is_none());
        assert_eq!(Value::qstr(77).as_qstr(), Some(77));
        assert_eq!(Value::heap(0).as_heap(), Some(0));
        assert_eq!(Value::native(5).as_native(), Some(5));
        assert!(Value::NONE.as_native().is_none());
        assert!(Value::NULL.as_heap().is_none());
        assert!(Value::TRUE.as_small().is_none());
    }
}

#[cfg(test)]
mod size_tests {
    #[test]
    fn object_sizes() {
        use core::mem::size_of;
        extern crate std;
        std::println!(
            "Obj {} Option<Obj> {} Dict {} Instance {} FunObj {} Frame {}",
            size_of::<crate::obj::Obj>(),
            size_of::<Option<crate::obj::Obj>>(),
            size_of::<crate::obj::Dict>(),
            size_of::<crate::obj::Instance>(),
            size_of::<crate::obj::FunObj>(),
            size_of::<crate::vm::Frame>()
        );
    }
}
