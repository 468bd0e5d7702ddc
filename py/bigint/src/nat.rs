//! Magnitudes: little-endian slices of limbs and the algorithms on them — addition,
//! subtraction, schoolbook and Karatsuba multiplication, Knuth's algorithm D for division.
//! Always compiled.
//!
//! Inputs are normalised (no high zero limbs) unless a function says otherwise; outputs are
//! written into buffers the caller sized, so each result is allocated once.

use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::{Limb, Wide, LIMB_BITS};

/// From this many limbs in both factors on, multiplication splits them (Karatsuba); below
/// it the schoolbook product is faster (measured: `docs/design/performance.md`, step 50).
pub(crate) const KARATSUBA_MIN: usize = 40;

#[inline]
fn hi(w: Wide) -> Limb {
    (w >> LIMB_BITS) as Limb
}

/// The length of `a` without its high zero limbs.
pub(crate) fn trimmed_len(a: &[Limb]) -> usize {
    a.iter().rposition(|&x| x != 0).map_or(0, |i| i + 1)
}

pub(crate) fn trimmed(a: &[Limb]) -> &[Limb] {
    &a[..trimmed_len(a)]
}

pub(crate) fn trim(v: &mut Vec<Limb>) {
    v.truncate(trimmed_len(v));
}

pub(crate) fn cmp(a: &[Limb], b: &[Limb]) -> Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

/// Appends `a + b` (`a.len() >= b.len()`) to `out`, the carry as a limb of its own.
/// Results are appended to a vector reserved at their final size: no zero fill, no reading
/// back.
pub(crate) fn add_to(out: &mut Vec<Limb>, a: &[Limb], b: &[Limb]) {
    let (a_lo, a_hi) = a.split_at(b.len());
    let mut c: Limb = 0;
    out.extend(a_lo.iter().zip(b).map(|(&x, &y)| {
        let t = Wide::from(x) + Wide::from(y) + Wide::from(c);
        c = hi(t);
        t as Limb
    }));
    out.extend(a_hi.iter().map(|&x| {
        let (t, c1) = x.overflowing_add(c);
        c = Limb::from(c1);
        t
    }));
    if c != 0 {
        out.push(1);
    }
}

/// Appends `a - b` (`a >= b`) to `out`.
pub(crate) fn sub_to(out: &mut Vec<Limb>, a: &[Limb], b: &[Limb]) {
    let (a_lo, a_hi) = a.split_at(b.len());
    let mut borrow: Limb = 0;
    out.extend(a_lo.iter().zip(b).map(|(&x, &y)| {
        let t = Wide::from(x).wrapping_sub(Wide::from(y) + Wide::from(borrow));
        borrow = (t >> (2 * LIMB_BITS - 1)) as Limb;
        t as Limb
    }));
    out.extend(a_hi.iter().map(|&x| {
        let (t, b1) = x.overflowing_sub(borrow);
        borrow = Limb::from(b1);
        t
    }));
    debug_assert!(borrow == 0, "sub_to: a < b");
}

/// Appends `a * k` to `out`, the carry as a limb of its own.
pub(crate) fn mul_limb_to(out: &mut Vec<Limb>, a: &[Limb], k: Limb) {
    let mut c: Limb = 0;
    out.extend(a.iter().map(|&x| {
        let t = Wide::from(x) * Wide::from(k) + Wide::from(c);
        c = hi(t);
        t as Limb
    }));
    if c != 0 {
        out.push(c);
    }
}

/// `acc += b + carry` for `acc.len() >= b.len()`, the carry carried through all of `acc`;
/// returns the carry out of its top.
pub(crate) fn add_in(acc: &mut [Limb], b: &[Limb], carry: bool) -> bool {
    let (lo, rest) = acc.split_at_mut(b.len());
    let mut c = Limb::from(carry);
    for (o, &y) in lo.iter_mut().zip(b) {
        let t = Wide::from(*o) + Wide::from(y) + Wide::from(c);
        *o = t as Limb;
        c = hi(t);
    }
    for o in rest {
        if c == 0 {
            break;
        }
        let (t, carry) = o.overflowing_add(c);
        *o = t;
        c = Limb::from(carry);
    }
    c != 0
}

/// `acc -= b` for `acc.len() >= b.len()` and `acc >= b`.
pub(crate) fn sub_in(acc: &mut [Limb], b: &[Limb]) {
    let (lo, rest) = acc.split_at_mut(b.len());
    let mut borrow: Limb = 0;
    for (o, &y) in lo.iter_mut().zip(b) {
        let t = Wide::from(*o).wrapping_sub(Wide::from(y) + Wide::from(borrow));
        *o = t as Limb;
        borrow = (t >> (2 * LIMB_BITS - 1)) as Limb;
    }
    for o in rest {
        if borrow == 0 {
            break;
        }
        let (t, b1) = o.overflowing_sub(1);
        *o = t;
        borrow = Limb::from(b1);
    }
    debug_assert!(borrow == 0, "sub_in: acc < b");
}

/// `v = v * m + a`, growing `v` by a limb when the result needs one (callers reserve it).
pub(crate) fn mul_add_in(v: &mut Vec<Limb>, m: Limb, a: Limb) {
    let mut c = a;
    for x in v.iter_mut() {
        let t = Wide::from(*x) * Wide::from(m) + Wide::from(c);
        *x = t as Limb;
        c = hi(t);
    }
    if c != 0 {
        v.push(c);
    }
}

/// `out[..a.len()] += a * k`; returns the limb carried out (`out.len() >= a.len()`).
fn mul_limb_add(out: &mut [Limb], a: &[Limb], k: Limb) -> Limb {
    let mut c: Limb = 0;
    for (o, &x) in out.iter_mut().zip(a) {
        let t = Wide::from(x) * Wide::from(k) + Wide::from(*o) + Wide::from(c);
        *o = t as Limb;
        c = hi(t);
    }
    c
}

/// `out[..v.len()] -= v * q`; returns what is still to subtract from the next limb up.
fn mul_limb_sub(out: &mut [Limb], v: &[Limb], q: Limb) -> Limb {
    let mut c: Limb = 0;
    for (o, &x) in out.iter_mut().zip(v) {
        // q·x + c ≤ (b−1)² + (b−1) < b², and when its high limb is b−1 its low one is 0, so
        // the high limb plus a borrow stays below b.
        let p = Wide::from(x) * Wide::from(q) + Wide::from(c);
        let (t, borrow) = o.overflowing_sub(p as Limb);
        *o = t;
        c = hi(p) + Limb::from(borrow);
    }
    c
}

/// `out += a * b`, the carries going on through all of `out`
/// (`out.len() >= a.len() + b.len()` holds the product).
pub(crate) fn mul_acc(out: &mut [Limb], a: &[Limb], b: &[Limb]) {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let n = b.len();
    if n < KARATSUBA_MIN {
        for (i, &y) in b.iter().enumerate() {
            let c = mul_limb_add(&mut out[i..], a, y);
            add_in(&mut out[i + a.len()..], &[c], false);
        }
        return;
    }
    if a.len() >= 2 * n {
        // Unbalanced: b times each b-sized piece of a.
        for (i, piece) in a.chunks(n).enumerate() {
            mul_acc(&mut out[i * n..], trimmed(piece), b);
        }
        return;
    }
    // a·b = z2·B² + z1·B + z0 with B = b^m, z0 = a0·b0, z2 = a1·b1 and
    // z1 = (a0 + a1)(b0 + b1) − z0 − z2. m ≤ a.len()/2 < n, so both high halves have limbs.
    let m = a.len() / 2;
    let (a0, a1) = a.split_at(m);
    let (b0, b1) = b.split_at(m);
    let (a0, b0) = (trimmed(a0), trimmed(b0));
    let product = |x: &[Limb], y: &[Limb]| {
        let mut z = vec![0; x.len() + y.len()];
        mul_acc(&mut z, x, y);
        z
    };
    let sum = |x: &[Limb], y: &[Limb]| {
        let (x, y) = if x.len() >= y.len() { (x, y) } else { (y, x) };
        let mut s = Vec::with_capacity(x.len() + 1);
        add_to(&mut s, x, y);
        s
    };
    let z0 = product(a0, b0);
    let z2 = product(a1, b1);
    let mut z1 = product(trimmed(&sum(a0, a1)), trimmed(&sum(b0, b1)));
    sub_in(&mut z1, trimmed(&z0));
    sub_in(&mut z1, trimmed(&z2));
    add_in(out, trimmed(&z0), false);
    add_in(&mut out[m..], trimmed(&z1), false);
    add_in(&mut out[2 * m..], trimmed(&z2), false);
}

/// `⌊(b² − 1) / d⌋ − b` for a normalised `d` (top bit set): the reciprocal [`div2by1`]
/// multiplies by.
pub(crate) fn reciprocal(d: Limb) -> Limb {
    (((Wide::from(!d) << LIMB_BITS) | Wide::from(Limb::MAX)) / Wide::from(d)) as Limb
}

/// `(u1·b + u0) / d` and the remainder, for a normalised `d`, its reciprocal `v` and
/// `u1 < d`: a multiplication and two rare corrections instead of a division (Möller and
/// Granlund, "Improved division by invariant integers", 2011, algorithm 4).
#[inline]
pub(crate) fn div2by1(u1: Limb, u0: Limb, d: Limb, v: Limb) -> (Limb, Limb) {
    let q = Wide::from(v) * Wide::from(u1) + ((Wide::from(u1) << LIMB_BITS) | Wide::from(u0));
    let (mut q1, q0) = (hi(q).wrapping_add(1), q as Limb);
    let mut r = u0.wrapping_sub(q1.wrapping_mul(d));
    if r > q0 {
        q1 = q1.wrapping_sub(1);
        r = r.wrapping_add(d);
    }
    if r >= d {
        q1 += 1;
        r -= d;
    }
    (q1, r)
}

/// `a / d` in place; returns the remainder (`d != 0`). The digits are those of
/// `a·2^s / d·2^s` with `d·2^s` normalised, read shifted as they go.
pub(crate) fn div_limb_in(a: &mut [Limb], d: Limb) -> Limb {
    let s = d.leading_zeros();
    let dn = d << s;
    let v = reciprocal(dn);
    let mut r = shifted_limb(a, a.len(), s);
    for i in (0..a.len()).rev() {
        let (q, rem) = div2by1(r, shifted_limb(a, i, s), dn, v);
        a[i] = q;
        r = rem;
    }
    r >> s
}

/// Limb `i` of `x << s` (`s < LIMB_BITS`), zero past the end.
fn shifted_limb(x: &[Limb], i: usize, s: u32) -> Limb {
    let at = |k: Option<usize>| k.and_then(|k| x.get(k)).copied().unwrap_or(0);
    let two = (Wide::from(at(Some(i))) << LIMB_BITS) | Wide::from(at(i.checked_sub(1)));
    hi(two << s)
}

/// Times the add-back step of algorithm D ran (tests check that they reach it).
#[cfg(test)]
pub(crate) static ADD_BACKS: core::sync::atomic::AtomicUsize =
    core::sync::atomic::AtomicUsize::new(0);

/// `(u / v, u % v)` for `v != 0`, both trimmed. A nonzero quotient has room for one more
/// limb and a nonzero remainder room for `v.len()` limbs, so a floor adjustment of either
/// needs no new allocation.
///
/// Knuth's algorithm D (TAOCP vol. 2, 4.3.1) without its normalising shift of the operands:
/// the quotient digits of `u·2^s / v·2^s` are those of `u / v`, so only the three top limbs
/// that estimate each digit are read shifted; the multiply-subtract works on `u` as it is.
/// Nothing is copied but the dividend, which becomes the remainder.
pub(crate) fn div_rem(u: &[Limb], v: &[Limb]) -> (Vec<Limb>, Vec<Limb>) {
    let n = v.len();
    if let [d] = *v {
        let mut q = Vec::with_capacity(u.len() + 1);
        q.extend_from_slice(u);
        let rem = div_limb_in(&mut q, d);
        trim(&mut q);
        return (q, if rem == 0 { Vec::new() } else { vec![rem] });
    }
    let mut r = Vec::with_capacity(u.len().max(n));
    r.extend_from_slice(u);
    if u.len() < n {
        return (Vec::new(), r);
    }
    let m = u.len() - n;
    let mut q = Vec::with_capacity(m + 2);
    q.resize(m + 1, 0);
    let s = v[n - 1].leading_zeros();
    let (vt, vt2) = (
        Wide::from(shifted_limb(v, n - 1, s)),
        Wide::from(shifted_limb(v, n - 2, s)),
    );
    let max = Wide::from(Limb::MAX);
    for j in (0..=m).rev() {
        // D3: estimate the digit from the top limbs of the partial remainder; the estimate
        // is at most one too big.
        let top = (Wide::from(shifted_limb(&r, j + n, s)) << LIMB_BITS)
            | Wide::from(shifted_limb(&r, j + n - 1, s));
        let u0 = Wide::from(shifted_limb(&r, j + n - 2, s));
        let mut qhat = top / vt;
        let mut rhat = top % vt;
        while qhat > max || (rhat <= max && qhat * vt2 > ((rhat << LIMB_BITS) | u0)) {
            qhat -= 1;
            rhat += vt;
        }
        // D4: multiply and subtract; the limb above the window exists except at the top.
        let c = mul_limb_sub(&mut r[j..j + n], v, qhat as Limb);
        let negative = match r.get_mut(j + n) {
            Some(t) => {
                let (x, borrow) = t.overflowing_sub(c);
                *t = x;
                borrow
            }
            None => c != 0,
        };
        if negative {
            // D6: the estimate was one too big; add the divisor back.
            #[cfg(test)]
            ADD_BACKS.fetch_add(1, core::sync::atomic::Ordering::Relaxed);
            qhat -= 1;
            let c = add_in(&mut r[j..j + n], v, false);
            if let Some(t) = r.get_mut(j + n) {
                *t = t.wrapping_add(Limb::from(c));
            }
        }
        q[j] = qhat as Limb;
    }
    trim(&mut q);
    trim(&mut r);
    (q, r)
}
