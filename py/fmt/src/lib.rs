//! Python's text formatting as pure functions (no VM access): the format-spec mini language
//! (`format()`, `str.format`, f-strings), `%`-formatting and `str.format` templates. Always
//! compiled.
//!
//! Output matches CPython 3.11 (which MicroPython follows for these), except that the `''`
//! presentation type of a float without a precision prints the shortest repr
//! ([`ferrite_bytecode::float_repr::repr_shortest`], as `repr()` of a float). Float digits are exact and exact ties round half
//! to even, as CPython does (upstream MicroPython's own float printer is less exact).
//!
//! Error texts use MicroPython's wording where it has its own, CPython's otherwise.
//!
//! # Limits
//! Widths and precisions above [`MAX_WIDTH`] are refused with `ValueError` (`width too big`,
//! `precision too big`) instead of allocating absurd strings; CPython would try (and raise
//! `MemoryError`), upstream MicroPython tries too.
//!
//! # Entry points
//! * [`parse_spec`] → [`FormatSpec`]; [`format_int`], [`format_float`], [`format_str`];
//! * [`parse_percent`] (and [`parse_percent_bytes`]) → [`PercentPiece`]s; [`percent_int`], [`percent_float`],
//!   [`percent_str`], [`percent_char`];
//! * [`parse_format_template`] → [`TemplatePiece`]s; [`number_fields`] for automatic
//!   field numbering.

//!
//! # How the runtime drives them
//! * `format(v, spec)`: an empty spec is `str(v)` (so `format(True, '')` is `'True'`);
//!   otherwise [`parse_spec`], then [`format_int`] (ints and bools, `i64` or `&BigInt`),
//!   [`format_float`] or [`format_str`] by type; other types use their `__format__`.
//! * `str.format` / `format_map`: [`parse_format_template`], then [`number_fields`] (it
//!   reports mixed numbering). For each [`Field`]: the argument (`Index` out of range →
//!   `IndexError` [`msg::INDEX_OUT_OF_RANGE`]; a missing `Name` → `KeyError(name)`), then the
//!   accessors (`Attr` → getattr, `Index` → `obj[int]`, `Key` → `obj[str]`), then the
//!   conversion (`r` repr, `s` str, `a` ascii), then the spec: [`Field::literal_spec`], or
//!   the nested pieces formatted and joined into a string; then format the value with it.
//! * `%`: [`parse_percent`]; the argument is a tuple of positional arguments, or a single
//!   one, or — when a conversion has a key — a mapping. Per [`PercentConv`]: fetch `*`
//!   arguments ([`PercentConv::set_width`], [`PercentConv::set_precision`]); then
//!   `d i u` → int (a float truncates), `o x X` → int, `e E f F g G` → float or int,
//!   `c` → int ([`percent_int`]) or a one-character str ([`percent_char`]), `s r a` →
//!   `str()`/`repr()`/`ascii()` text through [`percent_str`]; `%` (as in `%5%`) takes an
//!   argument and raises [`PercentConv::unsupported`]. Left-over arguments:
//!   [`msg::NOT_ALL_CONVERTED`].
//!
//! A crate of its own, built for size (opt-level "z"): formatting is not on the paths the
//! benchmarks time, and the runtime calls it directly (see docs/design/size.md).
#![no_std]
#![forbid(unsafe_code)]
extern crate alloc;
#[cfg(test)]
extern crate std;

use alloc::string::String;

mod number;
mod percent;
mod spec;
mod template;

pub use number::{format_float, format_int, format_str, IntArg};
pub use percent::{
    parse_percent, parse_percent_bytes, percent_char, percent_float, percent_int, percent_str,
    Count, PercentConv, PercentFlags, PercentPiece,
};
pub use spec::{parse_spec, Align, FormatSpec, Sign};
pub use template::{
    number_fields, parse_format_template, Accessor, Field, FieldArg, TemplatePiece,
};

/// Messages for the errors the runtime raises itself while walking pieces and fetching
/// arguments, in MicroPython's wording (checked against MicroPython 1.27).
pub mod msg {
    /// `TypeError`: `'%d %d' % (1,)`, `'%(a)s %s' % {'a': 1}`.
    pub const NOT_ENOUGH_ARGS: &str = "format string needs more arguments";
    /// `TypeError`: `'%d' % (1, 2)`.
    pub const NOT_ALL_CONVERTED: &str = "format string didn't convert all arguments";
    /// `TypeError`: `'%(a)d' % 1`.
    pub const NEEDS_MAPPING: &str = "format needs a dict";
    /// `TypeError`: `'%c' % 'ab'`, `'%c' % 1.5`.
    pub const C_NEEDS_INT_OR_CHAR: &str = "%c needs int or char";
    /// `IndexError`: `'{0}'.format()`, `'{}'.format()`.
    pub const INDEX_OUT_OF_RANGE: &str = "tuple index out of range";
    /// `TypeError` for `%d` of a str, `%f` of a str, `*` of a str: `can't convert str to int`.
    pub fn cant_convert(type_name: &str, to: &str) -> alloc::string::String {
        alloc::format!("can't convert {type_name} to {to}")
    }
}

/// The largest width or precision accepted (2^20): bigger ones raise `ValueError`.
pub const MAX_WIDTH: usize = 1 << 20;

/// The Python exception a formatting error raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
}

/// A formatting error: the exception kind and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmtError {
    pub kind: ErrorKind,
    pub msg: String,
}

impl FmtError {
    pub(crate) fn value(msg: impl Into<String>) -> FmtError {
        FmtError {
            kind: ErrorKind::ValueError,
            msg: msg.into(),
        }
    }

    pub(crate) fn overflow(msg: impl Into<String>) -> FmtError {
        FmtError {
            kind: ErrorKind::OverflowError,
            msg: msg.into(),
        }
    }
}

#[cfg(test)]
mod tests;
