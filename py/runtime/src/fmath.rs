//! Float functions: the platform's C library when the port has `std` (feature `std`: the host
//! port — its `exp`, `log`, `pow` are correctly rounded where libm's Rust port is off by an
//! ulp), else the `libm` crate. Always compiled.

#[cfg(feature = "std")]
extern crate std;

pub use libm::{
    ceil, copysign, erf, erfc, fabs, floor, fmod, frexp, ldexp, lgamma, modf, tgamma, trunc,
};

macro_rules! unary {
    ($($name:ident = $libm:ident),*) => {$(
        #[inline]
        pub fn $name(x: f64) -> f64 {
            #[cfg(feature = "std")]
            {
                f64::$name(x)
            }
            #[cfg(not(feature = "std"))]
            {
                libm::$libm(x)
            }
        }
    )*};
}

unary!(
    sqrt = sqrt,
    exp = exp,
    exp_m1 = expm1,
    ln = log,
    log2 = log2,
    log10 = log10,
    ln_1p = log1p,
    cos = cos,
    sin = sin,
    tan = tan,
    acos = acos,
    asin = asin,
    atan = atan,
    cosh = cosh,
    sinh = sinh,
    tanh = tanh,
    acosh = acosh,
    asinh = asinh,
    atanh = atanh
);

/// `x ** y`.
#[inline]
pub fn pow(x: f64, y: f64) -> f64 {
    #[cfg(feature = "std")]
    {
        x.powf(y)
    }
    #[cfg(not(feature = "std"))]
    {
        libm::pow(x, y)
    }
}

#[inline]
pub fn atan2(y: f64, x: f64) -> f64 {
    #[cfg(feature = "std")]
    {
        y.atan2(x)
    }
    #[cfg(not(feature = "std"))]
    {
        libm::atan2(y, x)
    }
}

#[inline]
pub fn hypot(x: f64, y: f64) -> f64 {
    #[cfg(feature = "std")]
    {
        x.hypot(y)
    }
    #[cfg(not(feature = "std"))]
    {
        libm::hypot(x, y)
    }
}
