//! Float functions: the platform's C library when the port links one (feature `sysmath`: the
//! host port — its `exp`, `log`, `pow` are correctly rounded where libm's Rust port is off by an
//! ulp), else the `libm` crate. Always compiled.

pub use libm::{ceil, copysign, fabs, floor, frexp, ldexp, modf, sqrt, trunc};

#[cfg(feature = "sysmath")]
pub use ferrite_sysmath::{
    acos, acosh, asin, asinh, atan, atan2, atanh, cos, cosh, erf, erfc, exp, expm1, fmod, hypot,
    lgamma, log, log10, log1p, log2, pow, sin, sinh, tan, tanh, tgamma,
};
#[cfg(not(feature = "sysmath"))]
pub use libm::{
    acos, acosh, asin, asinh, atan, atan2, atanh, cos, cosh, erf, erfc, exp, expm1, fmod, hypot,
    lgamma, log, log10, log1p, log2, pow, sin, sinh, tan, tanh, tgamma,
};
