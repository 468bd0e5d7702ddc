//! A small unsigned big integer for the exact steps of the conversions: 32-bit limbs, least
//! significant first, no zero limbs at the top (zero is the empty vector).
//!
//! Only what the conversions need: multiplying by small numbers and powers of five and two,
//! adding, subtracting a smaller number, comparing, dividing by a small number.

use alloc::vec::Vec;
use core::cmp::Ordering;

#[derive(Clone, Debug)]
pub(crate) struct Big(Vec<u32>);

impl Big {
    pub(crate) fn from_u64(v: u64) -> Big {
        let mut b = Big(alloc::vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// `self = self * m + add`.
    pub(crate) fn mul_add_small(&mut self, m: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let p = u64::from(*limb) * u64::from(m) + carry;
            *limb = p as u32;
            carry = p >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    pub(crate) fn mul_small(&mut self, m: u32) {
        self.mul_add_small(m, 0);
    }

    /// Multiplies by a number below 2^64.
    pub(crate) fn mul_u64(&mut self, m: u64) {
        let hi = (m >> 32) as u32;
        if hi == 0 {
            self.mul_small(m as u32);
            return;
        }
        let mut high = self.clone();
        high.mul_small(hi);
        high.shl(32);
        self.mul_small(m as u32);
        self.add(&high);
    }

    pub(crate) fn mul_pow5(&mut self, mut k: u32) {
        const POW5_13: u32 = 1_220_703_125;
        while k >= 13 {
            self.mul_small(POW5_13);
            k -= 13;
        }
        self.mul_small(5u32.pow(k));
    }

    pub(crate) fn mul_pow10(&mut self, k: u32) {
        self.mul_pow5(k);
        self.shl(k);
    }

    pub(crate) fn shl(&mut self, bits: u32) {
        if self.is_zero() {
            return;
        }
        let b = bits % 32;
        if b != 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let next = (*limb << b) | carry;
                carry = *limb >> (32 - b);
                *limb = next;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        let words = (bits / 32) as usize;
        if words != 0 {
            self.0.splice(0..0, core::iter::repeat_n(0u32, words));
        }
    }

    pub(crate) fn add(&mut self, other: &Big) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        let mut carry = 0u64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let s = u64::from(*limb) + u64::from(other.0.get(i).copied().unwrap_or(0)) + carry;
            *limb = s as u32;
            carry = s >> 32;
            if carry == 0 && i >= other.0.len() {
                break;
            }
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self -= other`; `other` is at most `self`.
    pub(crate) fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let d = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            *limb = d as u32;
            borrow = i64::from(d < 0);
            if borrow == 0 && i >= other.0.len() {
                break;
            }
        }
        self.trim();
    }

    /// `self / d` in place; returns the remainder.
    pub(crate) fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*limb);
            *limb = (cur / u64::from(d)) as u32;
            rem = cur % u64::from(d);
        }
        self.trim();
        rem as u32
    }
}

impl PartialEq for Big {
    fn eq(&self, other: &Big) -> bool {
        self.0 == other.0
    }
}

impl Eq for Big {}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// What the shortest-digits algorithm does to its numbers: on a `u128` when they are small
/// enough (the usual case: no allocation), else on a [`Big`]. The `u128` operations that set
/// up the numbers report overflow with `None`; the digit loop's cannot overflow once [`fits`]
/// holds for its largest number.
///
/// [`fits`]: Nat::fits
pub(crate) trait Nat: Clone + Ord {
    fn of(v: u64) -> Self;
    fn shift(&mut self, bits: u32) -> Option<()>;
    fn times_pow10(&mut self, k: u32) -> Option<()>;
    /// Room to multiply by ten and add another number no bigger.
    fn fits(&self) -> Option<()>;
    fn times10(&mut self);
    fn plus(&mut self, other: &Self);
    fn minus(&mut self, other: &Self);
}

impl Nat for Big {
    fn of(v: u64) -> Self {
        Big::from_u64(v)
    }
    fn shift(&mut self, bits: u32) -> Option<()> {
        self.shl(bits);
        Some(())
    }
    fn times_pow10(&mut self, k: u32) -> Option<()> {
        self.mul_pow10(k);
        Some(())
    }
    fn fits(&self) -> Option<()> {
        Some(())
    }
    fn times10(&mut self) {
        self.mul_small(10);
    }
    fn plus(&mut self, other: &Self) {
        self.add(other);
    }
    fn minus(&mut self, other: &Self) {
        self.sub(other);
    }
}

impl Nat for u128 {
    fn of(v: u64) -> Self {
        u128::from(v)
    }
    fn shift(&mut self, bits: u32) -> Option<()> {
        (self.leading_zeros() > bits).then(|| *self <<= bits)
    }
    fn times_pow10(&mut self, k: u32) -> Option<()> {
        *self = self.checked_mul(10u128.checked_pow(k)?)?;
        Some(())
    }
    fn fits(&self) -> Option<()> {
        (*self >> 123 == 0).then_some(())
    }
    fn times10(&mut self) {
        *self = self.wrapping_mul(10);
    }
    fn plus(&mut self, other: &Self) {
        *self = self.wrapping_add(*other);
    }
    fn minus(&mut self, other: &Self) {
        *self = self.wrapping_sub(*other);
    }
}
