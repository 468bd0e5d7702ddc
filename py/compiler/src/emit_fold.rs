//! Compile-time constant folding, as upstream's parser does it: numeric unary and binary
//! operators on constant operands, `not` and `and`/`or` of constants with a known truth
//! value, and tuples whose items are all constants (spec §6.8).

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ferrite_bigint::BigInt;

use crate::ast::{BinOp, Constant, UnaryOp};

/// A folded constant value.
#[derive(Clone, Debug)]
pub enum Value {
    None,
    True,
    False,
    Ellipsis,
    Int(i128),
    /// An integer too large for `i128`.
    Big(BigInt),
    Float(f64),
    Complex(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Value>),
}

/// Small ints fit a signed 31-bit integer (the `.mpy` header's small-int bits).
pub const SMALL_INT_MIN: i128 = -(1 << 30);
pub const SMALL_INT_MAX: i128 = (1 << 30) - 1;

pub fn is_small_int(v: i128) -> bool {
    (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v)
}

impl Value {
    pub fn from_constant(c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::True => Value::True,
            Constant::False => Value::False,
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => Value::Int(*i as i128),
            Constant::BigInt(s) => match s.parse::<i128>() {
                Ok(v) => Value::Int(v),
                Err(_) => match s.parse::<BigInt>() {
                    Ok(b) => Value::Big(b),
                    Err(_) => Value::Str(s.clone()),
                },
            },
            Constant::Float(f) => Value::Float(*f),
            Constant::Imag(f) => Value::Complex(*f),
            Constant::Str(s) => Value::Str(s.clone()),
            Constant::Bytes(b) => Value::Bytes(b.clone()),
        }
    }

    /// The truth value, where upstream's parser knows it.
    pub fn truth(&self) -> Option<bool> {
        Some(match self {
            Value::None | Value::False => false,
            Value::True | Value::Ellipsis => true,
            Value::Int(v) => *v != 0,
            Value::Big(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Complex(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
        })
    }

    fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(v) => Some(*v as f64),
            Value::Big(b) => Some(b.to_f64()),
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }
}

fn floor_div(a: i128, b: i128) -> Option<i128> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

fn py_mod(a: i128, b: i128) -> Option<i128> {
    if b == 0 {
        return None;
    }
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

fn float_floor_mod(a: f64, b: f64) -> Option<(f64, f64)> {
    if b == 0.0 {
        return None;
    }
    // Python's divmod for floats: the remainder takes the divisor's sign (a zero remainder
    // too), and the quotient is the floor of the exact quotient, with a signed zero.
    let mut m = libm::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    let q = if div != 0.0 {
        let mut f = libm::floor(div);
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        libm::copysign(0.0, a / b)
    };
    Some((q, m))
}

/// Folds a unary operator on a constant operand.
pub fn unary(op: UnaryOp, v: &Value) -> Option<Value> {
    match op {
        UnaryOp::Not => v
            .truth()
            .map(|t| if t { Value::False } else { Value::True }),
        UnaryOp::UAdd => match v {
            Value::Int(_) | Value::Big(_) | Value::Float(_) => Some(v.clone()),
            Value::True => Some(Value::Int(1)),
            Value::False => Some(Value::Int(0)),
            _ => None,
        },
        UnaryOp::USub => match v {
            Value::Int(i) => Some(
                i.checked_neg()
                    .map_or_else(|| norm(-BigInt::from(*i)), Value::Int),
            ),
            Value::Big(b) => Some(norm(-b.clone())),
            Value::Float(f) => Some(Value::Float(-f)),
            _ => None,
        },
        UnaryOp::Invert => match v {
            Value::Int(i) => Some(Value::Int(!i)),
            Value::Big(b) => Some(norm(!b.clone())),
            _ => None,
        },
    }
}

/// Folds a binary operator on constant operands. Operations that would raise, or whose
/// result is complex or too big to handle here, are left alone.
/// Normalises a big integer: `Int` when it fits `i128`.
pub fn norm(b: BigInt) -> Value {
    match b.to_i128() {
        Some(v) => Value::Int(v),
        None => Value::Big(b),
    }
}

fn as_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Big(b) => Some(b.clone()),
        _ => None,
    }
}

/// Results larger than this many bits are left to run time.
const MAX_FOLD_BITS: u64 = 1 << 16;

fn big_binary(op: BinOp, x: BigInt, y: BigInt) -> Option<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::FloorDiv => x.div_floor(&y)?,
        BinOp::Mod => x.mod_floor(&y)?,
        BinOp::Pow => {
            if y.is_negative() {
                let (xf, yf) = (x.to_f64(), y.to_f64());
                if xf == 0.0 {
                    return None;
                }
                return Some(Value::Float(fpow(xf, yf)));
            }
            let e = y.to_u32()?;
            if x.bits().saturating_mul(u64::from(e)) > MAX_FOLD_BITS {
                return None;
            }
            x.pow(e)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64()?;
            if x.bits().saturating_add(s) > MAX_FOLD_BITS {
                return None;
            }
            x << s as usize
        }
        BinOp::RShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64().unwrap_or(u64::MAX).min(MAX_FOLD_BITS * 2);
            x >> s as usize
        }
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::BitAnd => x & y,
        BinOp::Div => {
            if y.is_zero() {
                return None;
            }
            return Some(Value::Float(x.to_f64() / y.to_f64()));
        }
        BinOp::MatMult => return None,
    };
    if r.bits() > MAX_FOLD_BITS {
        return None;
    }
    Some(norm(r))
}

/// Integer operators on `i128`; `None` when the result needs a big integer or the
/// operation cannot be folded.
fn small_binary(op: BinOp, x: i128, y: i128) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        BinOp::FloorDiv => floor_div(x, y)?,
        BinOp::Mod => py_mod(x, y)?,
        BinOp::Pow => {
            if y < 0 {
                if x == 0 {
                    return None;
                }
                return Some(Value::Float(fpow(x as f64, y as f64)));
            }
            let e = u32::try_from(y).ok()?;
            x.checked_pow(e)?
        }
        BinOp::LShift => {
            if y < 0 {
                return None;
            }
            if x == 0 {
                0
            } else {
                let s = u32::try_from(y).ok()?;
                if s >= 126 {
                    return None;
                }
                let r = x.checked_mul(1i128.checked_shl(s)?)?;
                if (r >> s) != x {
                    return None;
                }
                r
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            let s = u32::try_from(y).unwrap_or(127).min(127);
            x >> s as usize
        }
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::BitAnd => x & y,
        BinOp::Div => {
            if y == 0 {
                return None;
            }
            return Some(Value::Float(x as f64 / y as f64));
        }
        BinOp::MatMult => return None,
    };
    Some(Value::Int(r))
}

pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    if matches!(a, Value::Big(_)) || matches!(b, Value::Big(_)) {
        if let (Some(x), Some(y)) = (as_big(a), as_big(b)) {
            return big_binary(op, x, y);
        }
        if matches!(a, Value::Int(_) | Value::Big(_)) && matches!(b, Value::Int(_) | Value::Big(_))
        {
            return None;
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = small_binary(op, *x, *y) {
            return Some(v);
        }
        return big_binary(op, BigInt::from(*x), BigInt::from(*y));
    }
    let is_num = |v: &Value| matches!(v, Value::Int(_) | Value::Big(_) | Value::Float(_));
    if !(is_num(a) && is_num(b)) {
        return None;
    }
    let (x, y) = (a.as_f64()?, b.as_f64()?);
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        BinOp::FloorDiv => float_floor_mod(x, y)?.0,
        BinOp::Mod => float_floor_mod(x, y)?.1,
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return None;
            }
            if x < 0.0 && libm::floor(y) != y {
                return None;
            }
            fpow(x, y)
        }
        _ => return None,
    };
    Some(Value::Float(r))
}

/// Decimal text of an integer constant.
pub fn int_text(v: i128) -> String {
    v.to_string()
}

/// `x ** y` for constant folding: the platform's `pow` with feature `sysmath` (correctly
/// rounded, as upstream mpy-cross's C library), else the `libm` crate.
fn fpow(x: f64, y: f64) -> f64 {
    #[cfg(feature = "sysmath")]
    {
        ferrite_sysmath::pow(x, y)
    }
    #[cfg(not(feature = "sysmath"))]
    {
        libm::pow(x, y)
    }
}
