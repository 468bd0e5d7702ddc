//! Unit tests: identities on random operands, the rare paths of division, Karatsuba against
//! the schoolbook product, float rounding at ties. `tests/differential.rs` checks every
//! operation against python3.

use alloc::format;
use alloc::string::ToString;
use alloc::vec;
use alloc::vec::Vec;
use core::sync::atomic::Ordering::Relaxed;

use super::*;

#[path = "../tests/common/rng.rs"]
mod rng;
use rng::Rng;

impl Rng {
    /// A limb that is often extreme: 0, 1, all ones, the top bit alone, or random.
    fn limb(&mut self) -> Limb {
        match self.below(8) {
            0 => 0,
            1 => 1,
            2 => Limb::MAX,
            3 => 1 << (LIMB_BITS - 1),
            _ => self.next() as Limb,
        }
    }

    fn big(&mut self, max_limbs: u64) -> BigInt {
        let n = self.below(max_limbs + 1) as usize;
        let mag = (0..n).map(|_| self.limb()).collect();
        BigInt::from_parts(self.below(2) == 0, mag)
    }
}

fn big(s: &str) -> BigInt {
    s.parse().unwrap()
}

#[test]
fn normalised() {
    let z = BigInt::from(5) - BigInt::from(5);
    assert!(z.is_zero() && !z.is_negative() && z.mag.is_empty());
    assert_eq!(z, BigInt::zero());
    assert_eq!(-BigInt::zero(), BigInt::zero());
    assert!(!(&BigInt::from(3) * &BigInt::zero()).is_negative());
    assert_eq!((BigInt::from(-3) * BigInt::zero()).signum(), 0);
    let x = big("-340282366920938463463374607431768211456")
        + big("340282366920938463463374607431768211455");
    assert_eq!(x, BigInt::from(-1));
    assert_eq!(x.mag.len(), 1);
}

#[test]
fn primitives() {
    for v in [
        0i128,
        1,
        -1,
        i64::MAX as i128,
        i64::MIN as i128,
        i128::MAX,
        i128::MIN,
        1 << 64,
    ] {
        let b = BigInt::from(v);
        assert_eq!(b.to_i128(), Some(v));
        assert_eq!(b.to_string(), v.to_string());
        assert_eq!(b.to_i64(), i64::try_from(v).ok());
        assert_eq!(b.to_u64(), u64::try_from(v).ok());
        assert_eq!(b.to_u8(), u8::try_from(v).ok());
        assert_eq!(b.low_u64(), v as u64);
    }
    assert_eq!(BigInt::from(u128::MAX).to_u128(), Some(u128::MAX));
    assert_eq!(BigInt::from(u128::MAX).to_i128(), None);
    assert_eq!((BigInt::from(u128::MAX) + 1).to_u128(), None);
    assert_eq!((BigInt::from(i128::MIN) - 1).to_i128(), None);
    assert_eq!(BigInt::from(-5).to_usize(), None);
    assert_eq!(BigInt::from(300).to_u8(), None);
}

#[test]
fn parse_errors() {
    for bad in ["", "-", "+", "12a", "1_0", " 1", "0x10", "--1", "1.0"] {
        assert_eq!(BigInt::parse_bytes(bad.as_bytes(), 10), None, "{bad:?}");
    }
    assert_eq!(BigInt::parse_bytes(b"z", 36), Some(BigInt::from(35)));
    assert_eq!(BigInt::parse_bytes(b"Z", 35), None);
    assert_eq!(BigInt::parse_bytes(b"1", 1), None);
    assert_eq!(BigInt::parse_bytes(b"1", 37), None);
    assert_eq!(BigInt::parse_bytes(b"-0", 10), Some(BigInt::zero()));
    assert!("12x".parse::<BigInt>().is_err());
}

/// q·v + r = u with 0 ≤ r < v, for magnitudes.
fn check_div(u: &[Limb], v: &[Limb]) {
    let (q, r) = nat::div_rem(u, v);
    assert_eq!(
        nat::cmp(&r, v),
        core::cmp::Ordering::Less,
        "remainder too big"
    );
    let mut back = vec![0; q.len() + v.len() + 1];
    nat::mul_acc(&mut back, &q, v);
    nat::add_in(&mut back, &r, false);
    assert_eq!(nat::trimmed(&back), u, "q·v + r ≠ u");
}

#[test]
fn division_add_back() {
    // Divisor b^2·2^(B−1) + b − 1 (top limbs 2^(B−1), 0, all ones): the top limbs estimate
    // the digit of 2^(B−2)·b^3 divided by it as b/2, one too many.
    let half = 1 << (LIMB_BITS - 1);
    let before = nat::ADD_BACKS.load(Relaxed);
    check_div(&[0, 0, 0, half >> 1], &[Limb::MAX, 0, half]);
    assert!(
        nat::ADD_BACKS.load(Relaxed) > before,
        "the add-back step did not run"
    );
    // A family of such cases: v with a low limb that the estimate does not see.
    let mut rng = Rng(7);
    let before = nat::ADD_BACKS.load(Relaxed);
    for _ in 0..2000 {
        let n = 3 + rng.below(4) as usize;
        let mut v: Vec<Limb> = (0..n).map(|_| rng.limb()).collect();
        v[n - 1] |= 1 << rng.below(u64::from(LIMB_BITS));
        v[0] = Limb::MAX - rng.below(4) as Limb;
        // u = (v without its low limb) · k, plus a little: the estimate sees u / v as k.
        let mut hi = v.clone();
        hi[0] = 0;
        let k = rng.limb() | 1;
        let mut u = vec![0; n + 2];
        nat::mul_acc(&mut u, &hi, &[k]);
        u[0] = rng.below(3) as Limb;
        let u = nat::trimmed(&u).to_vec();
        check_div(&u, &v);
        // And with more digits below.
        let mut longer = vec![rng.limb(), rng.limb()];
        longer.extend_from_slice(&u);
        check_div(&longer, &v);
    }
    assert!(
        nat::ADD_BACKS.load(Relaxed) > before + 100,
        "crafted cases miss the add-back"
    );
}

#[test]
fn division_by_reciprocal() {
    let mut rng = Rng(13);
    let top = 1 << (LIMB_BITS - 1);
    for i in 0..20000 {
        let d = match i % 4 {
            0 => top,
            1 => Limb::MAX,
            _ => rng.limb() | top,
        };
        let u1 = match i % 3 {
            0 => d - 1,
            1 => 0,
            _ => rng.limb() % d,
        };
        let u0 = if i % 5 == 0 { Limb::MAX } else { rng.limb() };
        let u = (Wide::from(u1) << LIMB_BITS) | Wide::from(u0);
        let (q, r) = nat::div2by1(u1, u0, d, nat::reciprocal(d));
        assert_eq!(
            (Wide::from(q), Wide::from(r)),
            (u / Wide::from(d), u % Wide::from(d))
        );
    }
}

#[test]
fn division_random() {
    let mut rng = Rng(1);
    for _ in 0..3000 {
        let (a, b) = (rng.big(12), rng.big(6));
        let Some((q, r)) = a.div_mod_floor(&b) else {
            assert!(b.is_zero());
            continue;
        };
        assert_eq!(&(&q * &b) + &r, a);
        assert!(r.is_zero() || r.is_negative() == b.is_negative());
        assert!(r.abs() < b.abs());
        check_div(&a.mag, &b.mag);
    }
}

/// The schoolbook product, written independently of `nat`.
fn naive_mul(a: &[Limb], b: &[Limb]) -> Vec<Limb> {
    let mut out = vec![0 as Limb; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut c: Wide = 0;
        for (j, &y) in b.iter().enumerate() {
            let t = Wide::from(x) * Wide::from(y) + Wide::from(out[i + j]) + c;
            out[i + j] = t as Limb;
            c = t >> LIMB_BITS;
        }
        out[i + b.len()] = c as Limb;
    }
    nat::trim(&mut out);
    out
}

#[test]
fn karatsuba_matches_schoolbook() {
    let mut rng = Rng(3);
    let k = nat::KARATSUBA_MIN as u64;
    for _ in 0..60 {
        let a = rng.big(5 * k);
        let b = rng.big(3 * k);
        assert_eq!((&a * &b).mag, naive_mul(&a.mag, &b.mag));
    }
    // All ones: every carry runs the whole length.
    let ones = BigInt::from_parts(false, vec![Limb::MAX; 3 * nat::KARATSUBA_MIN + 1]);
    assert_eq!((&ones * &ones).mag, naive_mul(&ones.mag, &ones.mag));
}

#[test]
fn ring_identities() {
    let mut rng = Rng(5);
    for _ in 0..2000 {
        let (a, b, c) = (rng.big(6), rng.big(6), rng.big(3));
        assert_eq!(&(&a + &b) - &b, a);
        assert_eq!(&a * &b, &b * &a);
        assert_eq!(&(&a + &b) * &c, &(&a * &c) + &(&b * &c));
        assert_eq!(-(&a - &b), &b - &a);
        let s = rng.below(200) as usize;
        assert_eq!(&(&a << s) >> s, a);
        assert_eq!(&a & &b, !(&(!&a) | &(!&b)));
        assert_eq!(&a ^ &b, &(&a | &b) - &(&a & &b));
    }
}

#[test]
fn to_f64_ties() {
    let two53 = BigInt::from(1u64 << 53);
    assert_eq!((&two53 + 1).to_f64(), 9007199254740992.0); // tie, to even (down)
    assert_eq!((&two53 + 3).to_f64(), 9007199254740996.0); // tie, to even (up)
                                                           // A tie far below the top 64 bits decided by a sticky bit.
    let big_tie = (BigInt::from(1u8) << 200) + (BigInt::from(1u8) << 147);
    assert_eq!(big_tie.to_f64(), 2f64.powi(200));
    assert_eq!((&big_tie + 1).to_f64(), 2f64.powi(200) + 2f64.powi(148));
    assert_eq!((-&big_tie - 1).to_f64(), -(2f64.powi(200) + 2f64.powi(148)));
    // The largest finite float, and the first value that rounds past it.
    let max = BigInt::from_f64(f64::MAX).unwrap();
    assert_eq!(max.to_f64(), f64::MAX);
    let half_ulp = BigInt::from(1u8) << 970;
    assert_eq!((&max + &half_ulp - 1).to_f64(), f64::MAX);
    assert_eq!((&max + &half_ulp).to_f64(), f64::INFINITY);
    assert_eq!((BigInt::from(1u8) << 5000).to_f64(), f64::INFINITY);
}

#[test]
fn from_f64_exact() {
    assert_eq!(BigInt::from_f64(-2.5e-3), Some(BigInt::zero()));
    assert_eq!(BigInt::from_f64(-7.9), Some(BigInt::from(-7)));
    assert_eq!(BigInt::from_f64(1e300).unwrap().to_f64(), 1e300);
    assert_eq!(BigInt::from_f64(f64::NAN), None);
    assert_eq!(BigInt::from_f64(f64::NEG_INFINITY), None);
    assert_eq!(
        BigInt::from_f64(2f64.powi(64)),
        Some(BigInt::from(1u128 << 64))
    );
}

#[test]
fn bytes_round_trip() {
    let mut rng = Rng(9);
    for _ in 0..1000 {
        let a = rng.big(4);
        assert_eq!(BigInt::from_signed_bytes_le(&a.to_signed_bytes_le()), a);
        assert_eq!(BigInt::from_bytes_le(&a.to_bytes_le()), a.abs());
    }
    assert_eq!(BigInt::from(-128).to_signed_bytes_le(), [0x80]);
    assert_eq!(BigInt::from(-129).to_signed_bytes_le(), [0x7f, 0xff]);
    assert_eq!(BigInt::from(128).to_signed_bytes_le(), [0x80, 0]);
    assert!(BigInt::zero().to_signed_bytes_le().is_empty());
}

#[test]
fn strings_round_trip() {
    let mut rng = Rng(11);
    for radix in 2..=36 {
        for _ in 0..40 {
            let a = rng.big(5);
            let s = a.to_str_radix(radix);
            assert_eq!(
                BigInt::parse_bytes(s.as_bytes(), radix).as_ref(),
                Some(&a),
                "{s}"
            );
            assert_eq!(
                BigInt::parse_bytes(s.to_uppercase().as_bytes(), radix).as_ref(),
                Some(&a)
            );
        }
    }
    assert_eq!(format!("{:>6}", BigInt::from(-42)), "   -42");
    assert_eq!(format!("{:+}", BigInt::from(42)), "+42");
}

#[test]
fn powers() {
    assert_eq!(BigInt::from(-3).pow(5), BigInt::from(-243));
    assert_eq!(BigInt::from(7).pow(0), BigInt::from(1));
    assert_eq!(BigInt::zero().pow(0), BigInt::from(1));
    assert_eq!(BigInt::from(2).pow(100), BigInt::from(1u8) << 100);
    let m = BigInt::from(-7);
    assert_eq!(
        BigInt::from(3).modpow(&BigInt::from(2), &m),
        Some(BigInt::from(-5))
    );
    assert_eq!(
        BigInt::from(-3).modpow(&BigInt::from(3), &BigInt::from(7)),
        Some(BigInt::from(1))
    );
    assert_eq!(
        BigInt::from(5).modpow(&BigInt::zero(), &BigInt::from(1)),
        Some(BigInt::zero())
    );
    assert_eq!(
        BigInt::from(5).modpow(&BigInt::zero(), &BigInt::from(-3)),
        Some(BigInt::from(-2))
    );
    assert_eq!(BigInt::from(5).modpow(&BigInt::from(-1), &m), None);
    assert_eq!(
        BigInt::from(5).modpow(&BigInt::from(1), &BigInt::zero()),
        None
    );
    assert_eq!(BigInt::from(-12).gcd(&BigInt::from(18)), BigInt::from(6));
    assert_eq!(BigInt::zero().gcd(&BigInt::from(-5)), BigInt::from(5));
    assert_eq!(BigInt::zero().gcd(&BigInt::zero()), BigInt::zero());
}

#[test]
fn shifts_of_negatives_floor() {
    assert_eq!(BigInt::from(-1) >> 1000, BigInt::from(-1));
    assert_eq!(BigInt::from(-5) >> 1, BigInt::from(-3));
    assert_eq!(BigInt::from(-4) >> 1, BigInt::from(-2));
    assert_eq!(BigInt::from(5) >> 1000, BigInt::zero());
    let m = -(BigInt::from(1u8) << 128);
    assert_eq!(&m >> 64, -(BigInt::from(1u8) << 64));
    assert_eq!((&m - 1) >> 64, -(BigInt::from(1u8) << 64) - 1);
    // -(b^2 - 1) >> 1: the rounding carries into a new limb.
    let ones = -BigInt::from_parts(false, vec![Limb::MAX; 2]);
    assert_eq!(
        &ones >> 1,
        -(BigInt::from(1u8) << (2 * LIMB_BITS as usize - 1))
    );
}
