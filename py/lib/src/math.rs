//! The `math` module's functions, one native function each: most are made by tables (`via!`)
//! over a few shared helpers (`float1`, `float2`: arguments, domain, range). Always compiled.

use alloc::vec;
use ferrite_bigint::BigInt;

use ferrite_runtime::fmath as m;
use ferrite_runtime::natives::Args;
use ferrite_runtime::obj::number::Num;
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyErr, PyResult, Vm};

/// Float argument `i`.
fn fl(vm: &mut Vm, a: &Args, i: usize) -> PyResult<f64> {
    let v = a.arg(i);
    if v.is_null() {
        return Err(vm.type_error("function missing required argument"));
    }
    vm.to_f64(v)
}

fn domain(vm: &mut Vm) -> PyErr {
    vm.new_exc_msg(vm.t.value_error, "math domain error")
}

/// `r`, unless the argument is outside the function's domain.
fn domain_if(bad: bool, r: f64) -> Option<f64> {
    if bad {
        None
    } else {
        Some(r)
    }
}

/// A float result: NaN from no NaN argument is a domain error, an infinity from finite
/// arguments a range error.
fn finish(vm: &mut Vm, a: &Args, r: f64) -> PyResult<Value> {
    let any_arg = |vm: &Vm, t: fn(f64) -> bool| {
        a.pos
            .iter()
            .any(|&v| matches!(vm.num(v), Some(Num::F(f)) if t(f)))
    };
    if r.is_nan() && !any_arg(vm, f64::is_nan) {
        return Err(domain(vm));
    }
    if r.is_infinite() && !any_arg(vm, f64::is_infinite) {
        return Err(vm.new_exc_msg(vm.t.overflow_error, "math range error"));
    }
    vm.new_float(r)
}

/// A function of one float (`None`: outside its domain).
fn float1(vm: &mut Vm, a: &Args, f: fn(f64) -> Option<f64>) -> PyResult<Value> {
    let x = fl(vm, a, 0)?;
    match f(x) {
        Some(r) => finish(vm, a, r),
        None => Err(domain(vm)),
    }
}

/// A function of two floats (`None`: outside its domain).
fn float2(vm: &mut Vm, a: &Args, f: fn(f64, f64) -> Option<f64>) -> PyResult<Value> {
    let x = fl(vm, a, 0)?;
    let y = fl(vm, a, 1)?;
    match f(x, y) {
        Some(r) => finish(vm, a, r),
        None => Err(domain(vm)),
    }
}

/// A pole of the gamma function (0 and the negative integers).
fn gamma_pole(x: f64) -> bool {
    x.is_finite() && x <= 0.0 && x == m::floor(x)
}

/// Native functions that each call `helper(vm, args, extra)`.
macro_rules! via {
    ($helper:ident: $($name:ident = $extra:expr),* $(,)?) => {$(
        pub fn $name(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
            $helper(vm, a, $extra)
        }
    )*};
}

via! { float1:
    sqrt = |x| domain_if(x < 0.0, m::sqrt(x)),
    exp = |x| Some(m::exp(x)),
    expm1 = |x| Some(m::expm1(x)),
    log2 = |x| domain_if(x <= 0.0, m::log2(x)),
    log10 = |x| domain_if(x <= 0.0, m::log10(x)),
    log1p = |x| domain_if(x <= -1.0, m::log1p(x)),
    cos = |x| Some(m::cos(x)),
    sin = |x| Some(m::sin(x)),
    tan = |x| Some(m::tan(x)),
    acos = |x| domain_if(!(-1.0..=1.0).contains(&x), m::acos(x)),
    asin = |x| domain_if(!(-1.0..=1.0).contains(&x), m::asin(x)),
    atan = |x| Some(m::atan(x)),
    cosh = |x| Some(m::cosh(x)),
    sinh = |x| Some(m::sinh(x)),
    tanh = |x| Some(m::tanh(x)),
    acosh = |x| Some(m::acosh(x)),
    asinh = |x| Some(m::asinh(x)),
    atanh = |x| Some(m::atanh(x)),
    erf = |x| Some(m::erf(x)),
    erfc = |x| Some(m::erfc(x)),
    gamma = |x| domain_if(gamma_pole(x), m::tgamma(x)),
    lgamma = |x| domain_if(gamma_pole(x), m::lgamma(x)),
    fabs = |x| Some(m::fabs(x)),
    degrees = |x| Some(x.to_degrees()),
    radians = |x| Some(x.to_radians()),
}

via! { float2:
    pow = |x, y| Some(m::pow(x, y)),
    atan2 = |x, y| Some(m::atan2(x, y)),
    fmod = |x, y| domain_if(y == 0.0, m::fmod(x, y)),
    copysign = |x, y| Some(m::copysign(x, y)),
}

/// `log(x[, base])`.
pub fn log(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let x = fl(vm, a, 0)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    let mut r = m::log(x);
    if a.pos.len() > 1 {
        let b = fl(vm, a, 1)?;
        if b <= 0.0 || b == 1.0 {
            return Err(domain(vm));
        }
        r /= m::log(b);
    }
    finish(vm, a, r)
}

/// `hypot(*coordinates)`.
pub fn hypot(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for i in 0..a.pos.len() {
        let x = fl(vm, a, i)?;
        acc = m::hypot(acc, x);
    }
    finish(vm, a, acc)
}

/// `ldexp(x, i)`.
pub fn ldexp(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let x = fl(vm, a, 0)?;
    let e = vm.to_index(a.arg(1))?;
    let r = m::ldexp(x, e.clamp(-100_000, 100_000) as i32);
    finish(vm, a, r)
}

/// `ceil`, `floor`, `trunc`: an int stays itself, a float rounds to an int.
fn to_int(vm: &mut Vm, a: &Args, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = a.arg(0);
    if vm.is_int(v) {
        return Ok(v);
    }
    let x = fl(vm, a, 0)?;
    ferrite_runtime::obj::number::float_to_int(vm, f(x))
}

via! { to_int: ceil = m::ceil, floor = m::floor, trunc = m::trunc }

/// `isfinite`, `isinf`, `isnan`.
fn test(vm: &mut Vm, a: &Args, t: fn(f64) -> bool) -> PyResult<Value> {
    Ok(Value::bool(t(fl(vm, a, 0)?)))
}

via! { test: isfinite = f64::is_finite, isinf = f64::is_infinite, isnan = f64::is_nan }

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub fn isclose(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let (x, y) = (fl(vm, a, 0)?, fl(vm, a, 1)?);
    let rel = match a.kw_get(vm, "rel_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 1e-9,
    };
    let abs = match a.kw_get(vm, "abs_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 0.0,
    };
    let close = x == y || ((x - y).abs() <= (rel * x.abs().max(y.abs())).max(abs));
    Ok(Value::bool(close))
}

/// `frexp(x)`.
pub fn frexp(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let (mant, e) = m::frexp(fl(vm, a, 0)?);
    let mv = vm.new_float(mant)?;
    vm.new_tuple(vec![mv, Value::small(e as isize)])
}

/// `modf(x)`.
pub fn modf(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let (f, i) = m::modf(fl(vm, a, 0)?);
    let fv = vm.new_float(f)?;
    let iv = vm.new_float(i)?;
    vm.new_tuple(vec![fv, iv])
}

/// `gcd(*integers)`.
pub fn gcd(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for &v in a.pos {
        let Some(b) = vm.as_bigint(v) else {
            return Err(vm.type_error("gcd needs ints"));
        };
        g = g.gcd(&b);
    }
    vm.new_bigint(g)
}

/// `lo · (lo+1) · … · hi` (1 when empty).
fn product(lo: i64, hi: i64) -> BigInt {
    let mut r = BigInt::from(1);
    for i in lo..=hi {
        r = &r * i;
    }
    r
}

/// `factorial(n)`.
pub fn factorial(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let n = vm.to_index(a.arg(0))?;
    if n < 0 {
        return Err(vm.new_exc_msg(
            vm.t.value_error,
            "factorial() not defined for negative values",
        ));
    }
    vm.new_bigint(product(2, n as i64))
}

/// `comb(n, k)`, `perm(n[, k])`.
fn comb_perm(vm: &mut Vm, a: &Args, comb: bool) -> PyResult<Value> {
    let n = vm.to_index(a.arg(0))?;
    let k = if a.pos.len() > 1 {
        vm.to_index(a.arg(1))?
    } else {
        n
    };
    if n < 0 || k < 0 {
        return Err(vm.new_exc_msg(vm.t.value_error, "must be non-negative"));
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let mut r = product((n - k + 1) as i64, n as i64);
    if comb {
        // k! ≥ 1 divides r.
        r = r.div_floor(&product(2, k as i64)).unwrap_or_default();
    }
    vm.new_bigint(r)
}

via! { comb_perm: comb = true, perm = false }

/// `prod(iterable, *, start=1)`.
pub fn prod(vm: &mut Vm, _name: &'static str, a: &Args) -> PyResult<Value> {
    let items = vm.iter_to_vec(a.arg(0))?;
    let mut acc = a.kw_get(vm, "start").unwrap_or(Value::small(1));
    for it in items {
        acc = vm.binary_op(ferrite_bytecode::BinaryOp::Multiply, acc, it)?;
    }
    Ok(acc)
}
