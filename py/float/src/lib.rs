//! Float text for Ferrite: decimal text to the nearest double, and doubles to decimal digits.
//! Always compiled (no features).
//!
//! * [`parse`]: Python's float literal and `float()` text (no spaces or underscores; `inf`,
//!   `infinity`, `nan`) to the nearest double, ties to even, for any number of digits and any
//!   exponent.
//! * [`shortest`]: the fewest significant digits that read back as the same double, the nearest
//!   such to it (what `repr(float)` shows in CPython).
//! * [`round_sig`], [`round_fixed`]: the exact value rounded to a number of significant digits
//!   or of places after the point, ties to even on the exact binary value (`%e`, `%f`, `%g`,
//!   `format()`, `round(x, n)`), or away from zero (MicroPython's own `repr`).
//! * [`exact`]: every decimal digit of a double.
//!
//! Everything is exact arithmetic on a small big integer of our own (`big`); these are cold
//! paths, built for size (`opt-level = "z"`), with a fast path for short literals.
//! `docs/design/float-conversions.md` has the reasons.
#![no_std]
#![forbid(unsafe_code)]
extern crate alloc;

mod big;
mod digits;
mod parse;

pub use digits::{exact, round_fixed, round_sig, shortest, Ties};
pub use parse::parse;
