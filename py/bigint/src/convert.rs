//! Conversions: text in radix 2..=36 both ways, and floats (`float(n)` rounded half to
//! even, `int(f)` exact). Always compiled.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

use crate::{nat, BigInt, IntRef, Limb, Wide, LIMB_BITS};

/// The most digits of `radix` a limb holds, and `radix` to that power.
fn chunk(radix: u32) -> (usize, Limb) {
    let r = Limb::from(radix as u8);
    let (mut k, mut p) = (1, r);
    while let Some(q) = p.checked_mul(r) {
        p = q;
        k += 1;
    }
    (k, p)
}

/// The value of an ASCII digit (`0-9`, `a-z`, `A-Z`).
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => u32::MAX,
    }
}

/// The text is not an integer in the radix asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError;

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid digit")
    }
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Below this many limbs a number is converted to text a limb's worth of digits at a time;
/// above it, it is split in two by a power of the radix first.
const SPLIT_MIN: usize = 30;

/// Appends the digits of `x` in `radix`, most significant first, zero-padded to `pad`
/// digits. `pows[j]` is `p^(2^j)` for the limb power `p` of `radix` (`chunk`).
fn write_digits(x: &[Limb], radix: u32, pows: &[Vec<Limb>], pad: usize, out: &mut Vec<u8>) {
    let (k, p) = chunk(radix);
    // The largest power at most half as long as x: both parts are about half of x, and
    // the division costs far less than peeling x a limb's worth at a time.
    let split = pows.iter().rposition(|w| 2 * w.len() <= x.len());
    if let (true, Some(j)) = (x.len() >= SPLIT_MIN, split) {
        let (q, r) = nat::div_rem(x, &pows[j]);
        let low = k << j;
        write_digits(&q, radix, pows, pad.saturating_sub(low), out);
        write_digits(&r, radix, pows, low, out);
        return;
    }
    let start = out.len();
    let mut rest = x.to_vec();
    while !rest.is_empty() {
        let mut c = nat::div_limb_in(&mut rest, p);
        nat::trim(&mut rest);
        for _ in 0..k {
            out.push(DIGITS[(c % Limb::from(radix as u8)) as usize]);
            c /= Limb::from(radix as u8);
            if rest.is_empty() && c == 0 {
                break;
            }
        }
    }
    while out.len() - start < pad {
        out.push(b'0');
    }
    out[start..].reverse();
}

impl IntRef<'_> {
    /// The digits of the magnitude in `radix` (2..=36), lowercase; `"0"` for zero.
    ///
    /// # Panics
    /// If `radix` is outside 2..=36.
    pub fn magnitude_str(self, radix: u32) -> String {
        assert!((2..=36).contains(&radix), "radix out of range");
        let mut digits = Vec::with_capacity(self.bits() as usize + 1);
        if self.mag.is_empty() {
            digits.push(b'0');
        } else if radix.is_power_of_two() {
            // Each digit is a field of k bits: read them off the limbs.
            let k = radix.trailing_zeros() as usize;
            for pos in (0..self.bits() as usize).step_by(k).rev() {
                let (l, s) = (pos / LIMB_BITS as usize, pos as u32 % LIMB_BITS);
                let next = self.mag.get(l + 1).copied().unwrap_or(0);
                let w = ((Wide::from(next) << LIMB_BITS) | Wide::from(self.mag[l])) >> s;
                digits.push(DIGITS[w as usize & (radix as usize - 1)]);
            }
        } else {
            let mut pows = vec![vec![chunk(radix).1]];
            while let Some(w) = pows.last().filter(|w| 4 * w.len() <= self.mag.len()) {
                let mut sq = vec![0; 2 * w.len()];
                nat::mul_acc(&mut sq, w, w);
                nat::trim(&mut sq);
                pows.push(sq);
            }
            write_digits(self.mag, radix, &pows, 0, &mut digits);
        }
        digits.into_iter().map(char::from).collect()
    }
}

impl BigInt {
    /// The text in `radix` (2..=36), lowercase, with a `-` for a negative number.
    ///
    /// # Panics
    /// If `radix` is outside 2..=36.
    pub fn to_str_radix(&self, radix: u32) -> String {
        let digits = self.view().magnitude_str(radix);
        if self.neg {
            let mut s = String::with_capacity(digits.len() + 1);
            s.push('-');
            s.push_str(&digits);
            s
        } else {
            digits
        }
    }

    /// Parses an optional sign and then digits of `radix` (2..=36, letters in either case);
    /// `None` for anything else, including an empty text and a radix out of range.
    pub fn parse_bytes(text: &[u8], radix: u32) -> Option<BigInt> {
        if !(2..=36).contains(&radix) {
            return None;
        }
        let (neg, digits) = match text.split_first() {
            Some((b'-', rest)) => (true, rest),
            Some((b'+', rest)) => (false, rest),
            _ => (false, text),
        };
        if digits.is_empty() || digits.iter().any(|&c| digit_value(c) >= radix) {
            return None;
        }
        if radix.is_power_of_two() {
            // Each digit is a field of k bits: set them in place, lowest first.
            let k = radix.trailing_zeros() as usize;
            let mut mag = vec![0; (digits.len() * k).div_ceil(LIMB_BITS as usize) + 1];
            for (i, &c) in digits.iter().rev().enumerate() {
                let (l, s) = (i * k / LIMB_BITS as usize, (i * k) as u32 % LIMB_BITS);
                let w = Wide::from(digit_value(c)) << s;
                mag[l] |= w as Limb;
                mag[l + 1] |= (w >> LIMB_BITS) as Limb;
            }
            return Some(BigInt::from_parts(neg, mag));
        }
        let (k, p) = chunk(radix);
        // Room for the whole number, so the limbs never move.
        let bits = digits.len() * (u32::BITS - (radix - 1).leading_zeros()) as usize;
        let mut mag = Vec::with_capacity(bits / LIMB_BITS as usize + 2);
        // The first piece is shorter, so the others have k digits each.
        let first = (digits.len() - 1) % k + 1;
        let (head, tail) = digits.split_at(first);
        for (i, piece) in core::iter::once(head).chain(tail.chunks(k)).enumerate() {
            let v = piece.iter().fold(0, |acc: Limb, &c| {
                acc * Limb::from(radix as u8) + Limb::from(digit_value(c) as u8)
            });
            let m = if i == 0 { 0 } else { p };
            nat::mul_add_in(&mut mag, m, v);
        }
        Some(BigInt::from_parts(neg, mag))
    }

    /// The nearest float, ties to even (as Python's `float(n)`); infinite when the magnitude
    /// reaches 2^1024 after rounding.
    pub fn to_f64(&self) -> f64 {
        let n = self.bits();
        let v = if n <= 64 {
            self.to_u128_parts().map_or(0.0, |(_, m)| m as u64 as f64)
        } else {
            // The top 64 bits, with a sticky bit for anything nonzero below them: converting
            // that rounds as the whole number would (64 bits leave two below the 53 kept).
            let low = n - 64;
            let top = crate::bits::shr(
                IntRef {
                    neg: false,
                    mag: &self.mag,
                },
                low as usize,
            );
            let mut m = top.low_u64();
            let (limbs, s) = (
                (low / u64::from(LIMB_BITS)) as usize,
                (low % u64::from(LIMB_BITS)) as u32,
            );
            let sticky =
                self.mag[..limbs].iter().any(|&x| x != 0) || self.mag[limbs] & ((1 << s) - 1) != 0;
            m |= u64::from(sticky);
            if low > 1023 - 63 {
                f64::INFINITY
            } else {
                // 2^low, exact as a float for low ≤ 960.
                m as f64 * f64::from_bits((1023 + low) << 52)
            }
        };
        if self.neg {
            -v
        } else {
            v
        }
    }

    /// The integer part of `f` (rounded towards zero), exactly; `None` for NaN and the
    /// infinities.
    pub fn from_f64(f: f64) -> Option<BigInt> {
        if !f.is_finite() {
            return None;
        }
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i32;
        if exp < 1023 {
            return Some(BigInt::zero());
        }
        let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
        // f = mant · 2^(exp − 1075)
        let m = BigInt::from(mant);
        let r = match exp - 1075 {
            e if e >= 0 => m << e as usize,
            e => m >> (-e) as usize,
        };
        Some(if f < 0.0 { -r } else { r })
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad_integral(!self.neg, "", &self.view().magnitude_str(10))
    }
}

impl fmt::Debug for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for BigInt {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<BigInt, ParseError> {
        BigInt::parse_bytes(s.as_bytes(), 10).ok_or(ParseError)
    }
}
