//! The platform C library's float functions, for ports that link one (the host's `libm`).
//!
//! The runtime and the compiler use these instead of the `libm` crate when their feature
//! `sysmath` is on: the host's `exp`, `log` and `pow` are correctly rounded where the Rust port
//! of libm can be off by an ulp, and CPython (the reference for expected output) uses them too.
//!
//! Safety (SYSMATH): every function declared here is a C99 `<math.h>` function of `double`
//! arguments returning `double`: no pointers, no global state but `errno` (and `lgamma`'s
//! `signgam`, which nothing here reads), defined for every
//! input (NaN and infinities included). Declaring them `safe` is therefore sound, provided the
//! signatures below match C's, which they do one for one.
#![no_std]

#[link(name = "m")]
unsafe extern "C" {
    pub safe fn exp(x: f64) -> f64;
    pub safe fn expm1(x: f64) -> f64;
    pub safe fn log(x: f64) -> f64;
    pub safe fn log2(x: f64) -> f64;
    pub safe fn log10(x: f64) -> f64;
    pub safe fn log1p(x: f64) -> f64;
    pub safe fn cos(x: f64) -> f64;
    pub safe fn sin(x: f64) -> f64;
    pub safe fn tan(x: f64) -> f64;
    pub safe fn acos(x: f64) -> f64;
    pub safe fn asin(x: f64) -> f64;
    pub safe fn atan(x: f64) -> f64;
    pub safe fn cosh(x: f64) -> f64;
    pub safe fn sinh(x: f64) -> f64;
    pub safe fn tanh(x: f64) -> f64;
    pub safe fn acosh(x: f64) -> f64;
    pub safe fn asinh(x: f64) -> f64;
    pub safe fn atanh(x: f64) -> f64;
    pub safe fn pow(x: f64, y: f64) -> f64;
    pub safe fn atan2(y: f64, x: f64) -> f64;
    pub safe fn hypot(x: f64, y: f64) -> f64;
    pub safe fn fmod(x: f64, y: f64) -> f64;
    pub safe fn erf(x: f64) -> f64;
    pub safe fn erfc(x: f64) -> f64;
    pub safe fn tgamma(x: f64) -> f64;
    pub safe fn lgamma(x: f64) -> f64;
}
