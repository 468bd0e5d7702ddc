//! Arbitrary-precision integers with Python's semantics (floor division, two's-complement
//! bitwise operations, `float(n)` rounding), for Ferrite's `int` and its constant folder.
//! No Cargo feature gates it (`limb32` only picks 32-bit limbs for testing).
//!
//! A [`BigInt`] is a sign and a magnitude of little-endian limbs: `u64` limbs with `u128`
//! products on 64-bit targets, `u32` with `u64` products elsewhere (Cortex-M, RISC-V 32).
//! It is kept normalised: no high zero limbs, and zero has no limbs and is not negative.
//!
//! Every operation has one code path, on borrowed operands ([`IntRef`]); an `i64` operand
//! borrows its limbs from the stack ([`SmallInt`]), so `big * 10` allocates only its result,
//! once, at its final size. The operator impls for owned and borrowed operands are one-line
//! calls of that path.

#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;
#[cfg(test)]
extern crate std;

mod arith;
mod bits;
mod convert;
mod nat;
#[cfg(test)]
mod tests;

use alloc::vec::Vec;
use core::cmp::Ordering;
use core::ops::{Add, BitAnd, BitOr, BitXor, Mul, Neg, Not, Shl, Shr, Sub};

pub use convert::ParseError;

#[cfg(all(target_pointer_width = "64", not(feature = "limb32")))]
mod limb {
    pub type Limb = u64;
    pub type Wide = u128;
}
#[cfg(not(all(target_pointer_width = "64", not(feature = "limb32"))))]
mod limb {
    pub type Limb = u32;
    pub type Wide = u64;
}
/// One digit of a magnitude.
pub use limb::Limb;
/// Twice a limb: holds a product of two limbs.
use limb::Wide;

/// Bits in a limb.
pub const LIMB_BITS: u32 = Limb::BITS;

/// A limb as `u64`.
#[inline]
#[allow(
    clippy::useless_conversion,
    reason = "a no-op with 64-bit limbs, a widening with 32-bit ones"
)]
fn widen(x: Limb) -> u64 {
    u64::from(x)
}

/// Limbs an `i128` needs.
const SMALL_LIMBS: usize = (128 / LIMB_BITS) as usize;

/// An integer of any size.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct BigInt {
    neg: bool,
    mag: Vec<Limb>,
}

/// A borrowed integer: what every operation takes.
#[derive(Clone, Copy, Debug)]
pub struct IntRef<'a> {
    neg: bool,
    mag: &'a [Limb],
}

/// An integer of up to 128 bits held on the stack, to lend as an [`IntRef`].
#[derive(Clone, Copy, Debug)]
pub struct SmallInt {
    neg: bool,
    len: u8,
    limbs: [Limb; SMALL_LIMBS],
}

impl SmallInt {
    #[inline]
    fn new(neg: bool, mut m: u128) -> SmallInt {
        let mut limbs = [0; SMALL_LIMBS];
        let mut len = 0;
        while m != 0 {
            limbs[len] = m as Limb;
            m >>= LIMB_BITS;
            len += 1;
        }
        SmallInt {
            neg: neg && len != 0,
            len: len as u8,
            limbs,
        }
    }

    #[inline]
    pub fn view(&self) -> IntRef<'_> {
        IntRef {
            neg: self.neg,
            mag: &self.limbs[..usize::from(self.len)],
        }
    }
}

macro_rules! from_primitive {
    ($($t:ty),*) => {$(
        impl From<$t> for SmallInt {
            #[inline]
            #[allow(unused_comparisons, reason = "the same body serves signed and unsigned types")]
            fn from(v: $t) -> SmallInt {
                SmallInt::new(v < 0, (v as i128).unsigned_abs())
            }
        }
        impl From<$t> for BigInt {
            #[inline]
            fn from(v: $t) -> BigInt {
                SmallInt::from(v).view().to_owned()
            }
        }
    )*};
}
from_primitive!(i8, u8, i16, u16, i32, u32, i64, u64, isize, usize, i128);

impl From<u128> for SmallInt {
    fn from(v: u128) -> SmallInt {
        SmallInt::new(false, v)
    }
}

impl From<u128> for BigInt {
    fn from(v: u128) -> BigInt {
        SmallInt::from(v).view().to_owned()
    }
}

impl IntRef<'_> {
    #[inline]
    pub fn to_owned(self) -> BigInt {
        BigInt {
            neg: self.neg,
            mag: self.mag.to_vec(),
        }
    }

    pub fn is_zero(self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(self) -> bool {
        self.neg
    }

    /// The number of bits of the magnitude.
    pub fn bits(self) -> u64 {
        self.mag.last().map_or(0, |&top| {
            self.mag.len() as u64 * u64::from(LIMB_BITS) - u64::from(top.leading_zeros())
        })
    }

    fn negated(self) -> Self {
        IntRef {
            neg: !self.neg && !self.mag.is_empty(),
            mag: self.mag,
        }
    }
}

impl PartialEq for IntRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for IntRef<'_> {}

impl PartialOrd for IntRef<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for IntRef<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => nat::cmp(self.mag, other.mag),
            (true, true) => nat::cmp(other.mag, self.mag),
        }
    }
}

impl BigInt {
    /// The integer with this sign and magnitude, normalised.
    #[inline]
    fn from_parts(neg: bool, mut mag: Vec<Limb>) -> BigInt {
        nat::trim(&mut mag);
        BigInt {
            neg: neg && !mag.is_empty(),
            mag,
        }
    }

    #[inline]
    pub fn view(&self) -> IntRef<'_> {
        IntRef {
            neg: self.neg,
            mag: &self.mag,
        }
    }

    pub fn zero() -> BigInt {
        BigInt::default()
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_one(&self) -> bool {
        !self.neg && self.mag == [1]
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|&x| x & 1 == 1)
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        if self.neg {
            -1
        } else {
            i32::from(!self.mag.is_empty())
        }
    }

    /// The number of bits of the magnitude (`int.bit_length()`).
    pub fn bits(&self) -> u64 {
        self.view().bits()
    }

    pub fn abs(&self) -> BigInt {
        BigInt {
            neg: false,
            mag: self.mag.clone(),
        }
    }

    /// The sign and magnitude when the magnitude fits 128 bits.
    fn to_u128_parts(&self) -> Option<(bool, u128)> {
        if self.mag.len() > SMALL_LIMBS {
            return None;
        }
        let m = self.mag.iter().rev().fold(0u128, |acc, &x| {
            (acc << (LIMB_BITS - 1) << 1) | u128::from(x)
        });
        Some((self.neg, m))
    }

    pub fn to_i128(&self) -> Option<i128> {
        let (neg, m) = self.to_u128_parts()?;
        if neg {
            0i128.checked_sub_unsigned(m)
        } else {
            i128::try_from(m).ok()
        }
    }

    pub fn to_u128(&self) -> Option<u128> {
        match self.to_u128_parts()? {
            (false, m) => Some(m),
            (true, _) => None,
        }
    }

    /// The low 64 bits of the two's complement (as `as u64` converts a wider int).
    #[inline]
    pub fn low_u64(&self) -> u64 {
        let m = self
            .mag
            .iter()
            .take((64 / LIMB_BITS) as usize)
            .enumerate()
            .fold(0u64, |acc, (i, &x)| {
                acc | widen(x) << (i as u32 * LIMB_BITS)
            });
        if self.neg {
            m.wrapping_neg()
        } else {
            m
        }
    }

    /// The value as `i64`, if it fits: the runtime asks this of every result, to keep it
    /// small.
    #[inline]
    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > (64 / LIMB_BITS) as usize {
            return None;
        }
        // The low 64 bits are the value when their sign is the number's.
        let v = self.low_u64() as i64;
        ((v < 0) == self.neg).then_some(v)
    }

    /// `self ** e`, by squaring and multiplying.
    pub fn pow(&self, e: u32) -> BigInt {
        arith::pow(self.view(), e)
    }

    /// `pow(self, e, m)` as Python computes it: the result takes the modulus's sign. `None`
    /// when `m` is zero or `e` negative.
    pub fn modpow(&self, e: &BigInt, m: &BigInt) -> Option<BigInt> {
        arith::modpow(self.view(), e.view(), m.view())
    }

    /// The greatest common divisor, never negative.
    pub fn gcd(&self, other: &BigInt) -> BigInt {
        arith::gcd(self.view(), other.view())
    }

    /// Floor division and modulo (Python's `divmod`); `None` when `d` is zero.
    pub fn div_mod_floor(&self, d: &BigInt) -> Option<(BigInt, BigInt)> {
        arith::div_mod_floor(self.view(), d.view())
    }

    /// `self // d`; `None` when `d` is zero.
    pub fn div_floor(&self, d: &BigInt) -> Option<BigInt> {
        self.div_mod_floor(d).map(|(q, _)| q)
    }

    /// `self % d`, with the sign of `d`; `None` when `d` is zero.
    pub fn mod_floor(&self, d: &BigInt) -> Option<BigInt> {
        self.div_mod_floor(d).map(|(_, r)| r)
    }
}

macro_rules! to_primitive {
    ($($name:ident: $t:ty, $via:ident;)*) => {$(
        #[doc = concat!("The value as `", stringify!($t), "`, if it fits.")]
        pub fn $name(&self) -> Option<$t> {
            self.$via().and_then(|v| <$t>::try_from(v).ok())
        }
    )*};
}

impl BigInt {
    to_primitive! {
        to_isize: isize, to_i128;
        to_u64: u64, to_u128;
        to_usize: usize, to_u128;
        to_u32: u32, to_u128;
        to_u8: u8, to_u128;
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &Self) -> Ordering {
        self.view().cmp(&other.view())
    }
}

impl PartialEq<i64> for BigInt {
    fn eq(&self, other: &i64) -> bool {
        self.view() == SmallInt::from(*other).view()
    }
}

impl PartialOrd<i64> for BigInt {
    fn partial_cmp(&self, other: &i64) -> Option<Ordering> {
        Some(self.view().cmp(&SmallInt::from(*other).view()))
    }
}

impl Neg for BigInt {
    type Output = BigInt;
    fn neg(mut self) -> BigInt {
        self.neg = !self.neg && !self.mag.is_empty();
        self
    }
}

impl Neg for &BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        self.view().negated().to_owned()
    }
}

impl Not for &BigInt {
    type Output = BigInt;
    /// `-self - 1`, the two's-complement inverse.
    fn not(self) -> BigInt {
        arith::add(self.view().negated(), SmallInt::from(-1i64).view())
    }
}

impl Not for BigInt {
    type Output = BigInt;
    fn not(self) -> BigInt {
        !&self
    }
}

/// The operator impls of one operation: every pairing of `BigInt`, `&BigInt` and `i64`
/// operands calls `$f` on their views.
macro_rules! binop {
    ($Trait:ident, $method:ident, $f:path) => {
        impl $Trait<&BigInt> for &BigInt {
            type Output = BigInt;
            fn $method(self, o: &BigInt) -> BigInt {
                $f(self.view(), o.view())
            }
        }
        impl $Trait<BigInt> for &BigInt {
            type Output = BigInt;
            fn $method(self, o: BigInt) -> BigInt {
                $f(self.view(), o.view())
            }
        }
        impl $Trait<&BigInt> for BigInt {
            type Output = BigInt;
            fn $method(self, o: &BigInt) -> BigInt {
                $f(self.view(), o.view())
            }
        }
        impl $Trait<BigInt> for BigInt {
            type Output = BigInt;
            fn $method(self, o: BigInt) -> BigInt {
                $f(self.view(), o.view())
            }
        }
        impl $Trait<i64> for &BigInt {
            type Output = BigInt;
            fn $method(self, o: i64) -> BigInt {
                $f(self.view(), SmallInt::from(o).view())
            }
        }
        impl $Trait<i64> for BigInt {
            type Output = BigInt;
            fn $method(self, o: i64) -> BigInt {
                $f(self.view(), SmallInt::from(o).view())
            }
        }
        impl $Trait<&BigInt> for i64 {
            type Output = BigInt;
            fn $method(self, o: &BigInt) -> BigInt {
                $f(SmallInt::from(self).view(), o.view())
            }
        }
    };
}

binop!(Add, add, arith::add);
binop!(Sub, sub, arith::sub);
binop!(Mul, mul, arith::mul);
binop!(BitAnd, bitand, bits::and);
binop!(BitOr, bitor, bits::or);
binop!(BitXor, bitxor, bits::xor);

/// Shifts by a bit count: `<<` multiplies by a power of two, `>>` floors like Python's.
macro_rules! shift {
    ($Trait:ident, $method:ident, $f:path) => {
        impl $Trait<usize> for &BigInt {
            type Output = BigInt;
            fn $method(self, n: usize) -> BigInt {
                $f(self.view(), n)
            }
        }
        impl $Trait<usize> for BigInt {
            type Output = BigInt;
            fn $method(self, n: usize) -> BigInt {
                $f(self.view(), n)
            }
        }
    };
}

shift!(Shl, shl, bits::shl);
shift!(Shr, shr, bits::shr);

pub use arith::{add, div_mod_floor, mul, sub};
