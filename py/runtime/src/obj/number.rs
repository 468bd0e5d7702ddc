//! `int` (small and big), `bool`, `float` and `complex`: construction, conversion, arithmetic.
//! Always compiled.

use alloc::string::String;
use ferrite_bigint::{self as bigint, BigInt, SmallInt};

use crate::obj::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use ferrite_bytecode::BinaryOp;

/// A number taken apart for arithmetic.
#[derive(Clone, Debug)]
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
    C(f64, f64),
}

impl Num {
    pub fn to_f64(&self) -> f64 {
        match self {
            Num::I(i) => *i as f64,
            Num::B(b) => b.to_f64(),
            Num::F(f) => *f,
            Num::C(r, _) => *r,
        }
    }
    fn to_big(&self) -> BigInt {
        match self {
            Num::I(i) => BigInt::from(*i),
            Num::B(b) => b.clone(),
            _ => BigInt::zero(),
        }
    }
    fn is_int(&self) -> bool {
        matches!(self, Num::I(_) | Num::B(_))
    }
}

fn floor_div_i(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn mod_i(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = crate::fmath::fmod(a, b);
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        libm::copysign(0.0, b)
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = crate::fmath::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = libm::floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        libm::copysign(0.0, a / b)
    }
}

impl Vm {
    pub fn new_int(&mut self, i: i64) -> PyResult<Value> {
        match Value::try_small(i) {
            Some(v) => Ok(v),
            None => self.alloc(Obj::Int(BigInt::from(i))),
        }
    }

    pub fn new_bigint(&mut self, b: BigInt) -> PyResult<Value> {
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::try_small(i) {
                return Ok(v);
            }
        }
        self.alloc(Obj::Int(b))
    }

    pub fn new_float(&mut self, f: f64) -> PyResult<Value> {
        self.heap.alloc_float(f).map_err(|_| self.mem_error())
    }

    /// The number in `v`, if it is an int, bool, float or complex (or a subclass instance).
    pub fn num(&self, v: Value) -> Option<Num> {
        if let Some(i) = v.as_small() {
            return Some(Num::I(i as i64));
        }
        if let Some(b) = v.as_bool() {
            return Some(Num::I(i64::from(b)));
        }
        if let Some(f) = v.as_float() {
            return Some(Num::F(f));
        }
        match self.heap.get(v)? {
            Obj::Int(b) => Some(Num::B(b.clone())),
            Obj::Float(f) => Some(Num::F(*f)),
            Obj::Complex(r, i) => Some(Num::C(*r, *i)),
            Obj::Instance(inst) if !inst.base.is_null() => self.num(inst.base),
            _ => None,
        }
    }

    /// An int value as i64 (None for non-ints and ints that do not fit).
    pub fn as_i64(&self, v: Value) -> Option<i64> {
        match self.num(v)? {
            Num::I(i) => Some(i),
            Num::B(b) => b.to_i64(),
            _ => None,
        }
    }

    pub fn as_bigint(&self, v: Value) -> Option<BigInt> {
        match self.num(v)? {
            Num::I(i) => Some(BigInt::from(i)),
            Num::B(b) => Some(b),
            _ => None,
        }
    }

    pub fn is_int(&self, v: Value) -> bool {
        matches!(self.num(v), Some(Num::I(_) | Num::B(_)))
    }

    /// An integer argument as isize, with TypeError/OverflowError.
    pub fn to_index(&mut self, v: Value) -> PyResult<isize> {
        if let Some(i) = v.as_small() {
            return Ok(i);
        }
        match self.num(v) {
            Some(Num::I(i)) => Ok(i as isize),
            Some(Num::B(b)) => match b.to_isize() {
                Some(i) => Ok(i),
                None => Err(self.new_exc_msg(
                    self.t.overflow_error,
                    "overflow converting long int to machine word",
                )),
            },
            _ => {
                // An object that says which int it stands for.
                let q = self.qstrs.intern("__index__");
                if let Some(m) = self.lookup_special(v, q) {
                    let r = self.call(m, &[v], &[])?;
                    if matches!(self.num(r), Some(Num::I(_) | Num::B(_))) {
                        return self.to_index(r);
                    }
                    let tn = self.type_name(r);
                    return Err(
                        self.type_error(&alloc::format!("__index__ returned non-int (type {tn})"))
                    );
                }
                let tn = self.type_name(v);
                Err(self.type_error(&alloc::format!("can't convert {tn} to int")))
            }
        }
    }

    /// A slice bound: [`Vm::to_index`], except that an int too big for a machine word
    /// stands for the farthest word of its sign (slicing clamps bounds anyway).
    pub fn slice_bound(&mut self, v: Value) -> PyResult<isize> {
        if let Some(i) = v.as_small() {
            return Ok(i);
        }
        if let Some(Num::B(b)) = self.num(v) {
            return Ok(match b.to_isize() {
                Some(i) => i,
                None if b.is_negative() => isize::MIN,
                None => isize::MAX,
            });
        }
        self.to_index(v)
    }

    /// A float argument (int or float).
    pub fn to_f64(&mut self, v: Value) -> PyResult<f64> {
        match self.num(v) {
            Some(Num::C(..)) => Err(self.type_error("can't convert complex to float")),
            Some(n) => Ok(n.to_f64()),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(&alloc::format!("can't convert {tn} to float")))
            }
        }
    }

    pub fn num_value(&mut self, n: Num) -> PyResult<Value> {
        match n {
            Num::I(i) => self.new_int(i),
            Num::B(b) => self.new_bigint(b),
            Num::F(f) => self.new_float(f),
            Num::C(r, i) => self.alloc(Obj::Complex(r, i)),
        }
    }

    fn zero_div(&mut self) -> crate::vm::PyErr {
        self.new_exc_msg(self.t.zero_division_error, "divide by zero")
    }

    /// `a op b` for + - * // % and comparisons when one operand is a big int and the other a
    /// big or small int, computed from the heap's values in place (no copy of an operand's
    /// digits; a small operand lends its digits from the stack); None for anything else.
    pub fn big_binop(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        use core::cmp::Ordering;
        use BinaryOp as B;
        let op = base_op(op);
        let arg = |v: Value| -> Option<Result<&BigInt, i64>> {
            match v.as_small() {
                Some(i) => Some(Err(i as i64)),
                None => match self.heap.get(v)? {
                    Obj::Int(x) => Some(Ok(x)),
                    _ => None,
                },
            }
        };
        let (Some(x), Some(y)) = (arg(a), arg(b)) else {
            return Ok(None);
        };
        if x.is_err() && y.is_err() {
            return Ok(None);
        }
        let (sx, sy);
        let x = match x {
            Ok(b) => b.view(),
            Err(i) => {
                sx = SmallInt::from(i);
                sx.view()
            }
        };
        let y = match y {
            Ok(b) => b.view(),
            Err(i) => {
                sy = SmallInt::from(i);
                sy.view()
            }
        };
        let r = match op {
            B::Less | B::More | B::LessEqual | B::MoreEqual | B::Equal | B::NotEqual => {
                let o = x.cmp(&y);
                return Ok(Some(Value::bool(match op {
                    B::Less => o == Ordering::Less,
                    B::More => o == Ordering::Greater,
                    B::LessEqual => o != Ordering::Greater,
                    B::MoreEqual => o != Ordering::Less,
                    B::Equal => o == Ordering::Equal,
                    _ => o != Ordering::Equal,
                })));
            }
            B::Add => bigint::add(x, y),
            B::Subtract => bigint::sub(x, y),
            B::Multiply => bigint::mul(x, y),
            B::FloorDivide | B::Modulo => {
                let Some((q, r)) = bigint::div_mod_floor(x, y) else {
                    return Err(self.zero_div());
                };
                if op == B::FloorDivide {
                    q
                } else {
                    r
                }
            }
            _ => return Ok(None),
        };
        self.new_bigint(r).map(Some)
    }

    /// Arithmetic on two numbers; `None` when the operation does not apply to them.
    pub fn num_binop(&mut self, op: BinaryOp, a: Num, b: Num) -> PyResult<Option<Value>> {
        use BinaryOp as B;
        let op = base_op(op);
        if let (Num::I(x), Num::I(y)) = (&a, &b) {
            let (x, y) = (*x, *y);
            let r: Option<i64> = match op {
                B::Add => x.checked_add(y),
                B::Subtract => x.checked_sub(y),
                B::Multiply => x.checked_mul(y),
                B::FloorDivide => {
                    if y == 0 {
                        return Err(self.zero_div());
                    }
                    if x == i64::MIN && y == -1 {
                        None
                    } else {
                        Some(floor_div_i(x, y))
                    }
                }
                B::Modulo => {
                    if y == 0 {
                        return Err(self.zero_div());
                    }
                    if y == -1 {
                        Some(0)
                    } else {
                        Some(mod_i(x, y))
                    }
                }
                B::And => Some(x & y),
                B::Or => Some(x | y),
                B::Xor => Some(x ^ y),
                B::Lshift => {
                    if y < 0 {
                        return Err(self.new_exc_msg(self.t.value_error, "negative shift count"));
                    }
                    if y < 62 && x.unsigned_abs() < (1u64 << (62 - y)) {
                        Some(x << y)
                    } else {
                        None
                    }
                }
                B::Rshift => {
                    if y < 0 {
                        return Err(self.new_exc_msg(self.t.value_error, "negative shift count"));
                    }
                    Some(if y >= 64 {
                        if x < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        x >> y
                    })
                }
                B::Power => {
                    if y < 0 {
                        return self.float_binop(op, x as f64, y as f64).map(Some);
                    }
                    u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
                }
                B::TrueDivide => {
                    if y == 0 {
                        return Err(self.zero_div());
                    }
                    // Exact as floats, the quotient rounds once; others take the long way.
                    if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
                        return Ok(Some(self.new_float(x as f64 / y as f64)?));
                    }
                    None
                }
                _ => return Ok(None),
            };
            if let Some(r) = r {
                return Ok(Some(self.new_int(r)?));
            }
        }
        if a.is_int() && b.is_int() {
            let (x, y) = (a.to_big(), b.to_big());
            let r = match op {
                B::Add => x + y,
                B::Subtract => x - y,
                B::Multiply => x * y,
                B::FloorDivide | B::Modulo => {
                    let Some((q, r)) = x.div_mod_floor(&y) else {
                        return Err(self.zero_div());
                    };
                    if op == B::FloorDivide {
                        q
                    } else {
                        r
                    }
                }
                B::And => x & y,
                B::Or => x | y,
                B::Xor => x ^ y,
                B::Lshift => {
                    if y.is_negative() {
                        return Err(self.new_exc_msg(self.t.value_error, "negative shift count"));
                    }
                    if x.is_zero() {
                        return Ok(Some(Value::small(0)));
                    }
                    let Some(s) = y.to_usize() else {
                        return Err(self.new_exc_msg(self.t.overflow_error, "result overflows"));
                    };
                    if (x.bits() as usize).saturating_add(s) / 8 > self.heap.limit {
                        return Err(self.mem_error());
                    }
                    x << s
                }
                B::Rshift => {
                    if y.is_negative() {
                        return Err(self.new_exc_msg(self.t.value_error, "negative shift count"));
                    }
                    x >> y.to_usize().unwrap_or(usize::MAX)
                }
                B::Power => {
                    if y.is_negative() {
                        return self.float_binop(op, a.to_f64(), b.to_f64()).map(Some);
                    }
                    let Some(e) = y.to_u32() else {
                        // 0, 1 and -1 stay small whatever the exponent.
                        if x.is_zero() || x.is_one() {
                            return Ok(Some(self.new_bigint(x)?));
                        }
                        if x == -1 {
                            return Ok(Some(self.new_int(if y.is_odd() { -1 } else { 1 })?));
                        }
                        return Err(self.mem_error());
                    };
                    let bits = (x.bits() as u128) * u128::from(e);
                    if bits / 8 > self.heap.limit as u128 {
                        return Err(self.mem_error());
                    }
                    x.pow(e)
                }
                B::TrueDivide => {
                    if y.is_zero() {
                        return Err(self.zero_div());
                    }
                    let q = big_true_div(&x, &y);
                    if q.is_infinite() {
                        return Err(self.new_exc_msg(
                            self.t.overflow_error,
                            "integer division result too large for a float",
                        ));
                    }
                    return Ok(Some(self.new_float(q)?));
                }
                _ => return Ok(None),
            };
            return Ok(Some(self.new_bigint(r)?));
        }
        if matches!(a, Num::C(..)) || matches!(b, Num::C(..)) {
            let (ar, ai) = match a {
                Num::C(r, i) => (r, i),
                ref n => (n.to_f64(), 0.0),
            };
            let (br, bi) = match b {
                Num::C(r, i) => (r, i),
                ref n => (n.to_f64(), 0.0),
            };
            let (r, i) = match op {
                B::Add => (ar + br, ai + bi),
                B::Subtract => (ar - br, ai - bi),
                B::Multiply => (ar * br - ai * bi, ar * bi + ai * br),
                B::TrueDivide => {
                    let d = br * br + bi * bi;
                    if d == 0.0 {
                        return Err(
                            self.new_exc_msg(self.t.zero_division_error, "complex divide by zero")
                        );
                    }
                    ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
                }
                B::Power => {
                    if ar == 0.0 && ai == 0.0 {
                        if br == 0.0 && bi == 0.0 {
                            (1.0, 0.0)
                        } else {
                            (0.0, 0.0)
                        }
                    } else {
                        let abs = crate::fmath::hypot(ar, ai);
                        let arg = crate::fmath::atan2(ai, ar);
                        let ln_r = crate::fmath::log(abs);
                        let nr = crate::fmath::exp(br * ln_r - bi * arg);
                        let na = bi * ln_r + br * arg;
                        (nr * crate::fmath::cos(na), nr * crate::fmath::sin(na))
                    }
                }
                _ => return Ok(None),
            };
            return Ok(Some(self.alloc(Obj::Complex(r, i))?));
        }
        let (x, y) = (a.to_f64(), b.to_f64());
        self.float_binop(op, x, y).map(Some)
    }

    fn float_binop(&mut self, op: BinaryOp, x: f64, y: f64) -> PyResult<Value> {
        use BinaryOp as B;
        let r = match op {
            B::Add => x + y,
            B::Subtract => x - y,
            B::Multiply => x * y,
            B::TrueDivide => {
                if y == 0.0 {
                    return Err(self.zero_div());
                }
                x / y
            }
            B::FloorDivide => {
                if y == 0.0 {
                    return Err(self.zero_div());
                }
                float_floordiv(x, y)
            }
            B::Modulo => {
                if y == 0.0 {
                    return Err(self.zero_div());
                }
                float_mod(x, y)
            }
            B::Power => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.new_exc_msg(
                        self.t.zero_division_error,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                if x < 0.0 && y != libm::floor(y) {
                    // A complex result.
                    let abs = crate::fmath::pow(-x, y);
                    let ang = core::f64::consts::PI * y;
                    return self.alloc(Obj::Complex(
                        abs * crate::fmath::cos(ang),
                        abs * crate::fmath::sin(ang),
                    ));
                }
                crate::fmath::pow(x, y)
            }
            _ => {
                return Err(self.type_error("unsupported operand for float"));
            }
        };
        self.new_float(r)
    }

    /// Formats an int value in base 10.
    pub fn int_to_string(&self, v: Value) -> String {
        match self.num(v) {
            Some(Num::I(i)) => alloc::format!("{i}"),
            Some(Num::B(b)) => b.to_str_radix(10),
            _ => String::new(),
        }
    }
}

/// `a / b` for ints, rounded once (results below 2^-1022 twice) as CPython's division of
/// ints is.
fn big_true_div(a: &BigInt, b: &BigInt) -> f64 {
    if a.bits() <= 53 && b.bits() <= 53 {
        // Both exact as floats: the float division rounds once.
        return a.to_f64() / b.to_f64();
    }
    // q = |a|·2^s / |b| with 66 or 67 bits, a sticky bit for a nonzero remainder: converting
    // it to a float rounds as the exact quotient would.
    let s = b.bits() as i64 - a.bits() as i64 + 66;
    let (num, den) = if s >= 0 {
        (a.abs() << s as usize, b.abs())
    } else {
        (a.abs(), b.abs() << s.unsigned_abs() as usize)
    };
    let Some((q, r)) = num.div_mod_floor(&den) else {
        return f64::NAN;
    };
    let q = if r.is_zero() { q } else { &q | 1 };
    let scale = s.clamp(-100_000, 100_000) as i32;
    let f = libm::scalbn(q.to_f64(), -scale);
    if a.is_negative() != b.is_negative() {
        -f
    } else {
        f
    }
}

/// The non-in-place form of an operator.
pub fn base_op(op: BinaryOp) -> BinaryOp {
    use BinaryOp as B;
    match op {
        B::InplaceOr => B::Or,
        B::InplaceXor => B::Xor,
        B::InplaceAnd => B::And,
        B::InplaceLshift => B::Lshift,
        B::InplaceRshift => B::Rshift,
        B::InplaceAdd => B::Add,
        B::InplaceSubtract => B::Subtract,
        B::InplaceMultiply => B::Multiply,
        B::InplaceMatMultiply => B::MatMultiply,
        B::InplaceFloorDivide => B::FloorDivide,
        B::InplaceTrueDivide => B::TrueDivide,
        B::InplaceModulo => B::Modulo,
        B::InplacePower => B::Power,
        o => o,
    }
}

/// The integer part of a finite float (callers have refused NaN and the infinities).
pub fn float_to_big(f: f64) -> BigInt {
    BigInt::from_f64(f).unwrap_or_default()
}

/// Converts a float to int, with the errors `int()` raises.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.new_exc_msg(vm.t.value_error, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_exc_msg(
            vm.t.overflow_error,
            "cannot convert float infinity to integer",
        ));
    }
    vm.new_bigint(float_to_big(libm::trunc(f)))
}
