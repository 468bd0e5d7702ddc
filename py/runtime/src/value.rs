//! The one-word tagged value every slot of the VM holds. Always compiled.
//!
//! Bit layout of the word (`usize`, 32 or 64 bits):
//!
//! ```text
//!   ...xxxxxxx1  small int: the word shifted right by one (arithmetic), 31/63 bits
//!   ...xxxxx010  interned string (qstr): index << 3
//!   ...xxxxx110  immediate: index << 3 (None, False, True, Ellipsis, NotImplemented, then
//!                native functions by their number in the native table)
//!   ...xxxxx100  float (64-bit words only): a double whose exponent lies in a window of
//!                2^-126..2^128, or ±0.0, in the 61 bits above the tag (see below)
//!   ...xxxxx000  heap handle: (slot + 1) << 3; the all-zero word is NULL
//! ```
//!
//! No pointer is ever stored in a value: heap objects are named by their slot in the heap's
//! arena, so tagging needs no `unsafe` at all.
//!
//! # Immediate floats
//! A double is 1 sign, 11 exponent and 52 fraction bits; a 64-bit word has 61 bits beside
//! the tag. Rotating the double left by one puts the sign at bit 0 and the exponent at the
//! top; subtracting `896 << 53` from that maps the biased exponents 896..1151 to 0..255,
//! whose top three bits are zero. Those exponents (magnitudes from 2^-127 to just under
//! 2^129) cover nearly every float a program computes, so they live in the word; the rest
//! (NaN, infinities, subnormals, very large or very small magnitudes) are boxed on the heap.
//! Exponent 896 with a zero fraction is excluded so that ±0.0 can take the payloads 0 and 1.
//! Decoding is an add and a rotate. On 32-bit words every float is boxed.

/// A Python value in one machine word (see the module docs for the layout).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct Value(usize);

const TAG_QSTR: usize = 0b010;
const TAG_IMM: usize = 0b110;
const TAG_FLOAT: usize = 0b100;

/// The rotated double minus this has its three top bits clear for an immediate float.
#[cfg(target_pointer_width = "64")]
const FLOAT_BIAS: u64 = 896 << 53;

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
        Value((slot + 1) << 3)
    }

    /// The arena slot of a heap handle.
    #[inline]
    pub fn as_heap(self) -> Option<usize> {
        if self.0 & 0b111 == 0 && self.0 != 0 {
            Some((self.0 >> 3) - 1)
        } else {
            None
        }
    }

    /// `f` as an immediate float, when its exponent is in the window (see the module docs).
    #[cfg(target_pointer_width = "64")]
    #[inline(always)]
    pub fn try_float(f: f64) -> Option<Value> {
        let bits = f.to_bits();
        let d = bits.rotate_left(1).wrapping_sub(FLOAT_BIAS);
        // Exponents 897..1151, or exponent 896 with a non-zero fraction.
        if d.wrapping_sub(2) < (1 << 61) - 2 {
            return Some(Value(((d << 3) as usize) | TAG_FLOAT));
        }
        // ±0.0: payload 0 or 1 (the sign).
        if bits << 1 == 0 {
            return Some(Value((((bits >> 63) << 3) as usize) | TAG_FLOAT));
        }
        None
    }

    /// Floats are always boxed on 32-bit words.
    #[cfg(not(target_pointer_width = "64"))]
    #[inline(always)]
    pub fn try_float(_f: f64) -> Option<Value> {
        None
    }

    /// Whether this is an immediate float.
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0 & 0b111 == TAG_FLOAT
    }

    /// The double of an immediate float.
    #[cfg(target_pointer_width = "64")]
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if !self.is_float() {
            return None;
        }
        let d = (self.0 >> 3) as u64;
        if d < 2 {
            return Some(f64::from_bits(d << 63));
        }
        Some(f64::from_bits(d.wrapping_add(FLOAT_BIAS).rotate_right(1)))
    }

    /// No immediate floats on 32-bit words.
    #[cfg(not(target_pointer_width = "64"))]
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        None
    }

    /// Whether keys equal to this value are exactly the values with the same word: small
    /// ints, interned strings and the fixed immediates (not floats, which equal ints).
    #[inline]
    pub fn is_ident_key(self) -> bool {
        !self.is_null() && self.0 & 0b11 != 0
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
        assert!(Value::heap(3).as_float().is_none());
        assert!(!Value::heap(3).is_ident_key());
        assert!(Value::qstr(3).is_ident_key() && Value::NONE.is_ident_key());
    }

    #[cfg(target_pointer_width = "64")]
    #[test]
    fn immediate_floats() {
        let imm = [
            0.0,
            -0.0,
            1.0,
            -2.5,
            0.1,
            1e-38,
            3.0e38,
            f64::from_bits(896u64 << 52 | 1),
            f64::from_bits(1151u64 << 52 | 0xf_ffff_ffff_ffff),
        ];
        for f in imm {
            let v = Value::try_float(f).unwrap();
            assert!(v.is_float() && v.as_heap().is_none() && v.as_small().is_none());
            assert!(!v.is_ident_key());
            assert_eq!(v.as_float().unwrap().to_bits(), f.to_bits(), "{f}");
        }
        let boxed = [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e300,
            1e-300,
            f64::MIN_POSITIVE / 2.0,
            f64::from_bits(896u64 << 52),
            f64::from_bits(1152u64 << 52),
        ];
        for f in boxed {
            assert!(Value::try_float(f).is_none(), "{f}");
        }
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
