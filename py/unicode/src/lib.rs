//! Unicode case mappings for `str.upper`, `str.lower`, `str.title`, `str.capitalize` and
//! `str.swapcase`: full mappings (`'ß'.upper()` is `'SS'`), title case, and `lower`'s rule
//! for a final capital sigma, as CPython 3.11 has them.
//!
//! The tables (`tables.rs`, written by `gen_tables.py` from CPython's own behaviour) are runs
//! of code points that map by the same difference — every letter of a script's alphabet, or
//! every other code point where capitals and small letters alternate — plus the few mappings
//! to several characters. That is under 8 KB where the core library's per-character tables
//! are 24 KB. Lookups are binary searches; ASCII never reaches them (callers handle it first).
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;

use alloc::string::String;

#[rustfmt::skip]
#[allow(clippy::unreadable_literal)]
mod tables;

/// The characters one character maps to: one to three.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mapped {
    chars: [char; 3],
    len: u8,
    pos: u8,
}

impl Mapped {
    fn one(c: char) -> Mapped {
        Mapped {
            chars: [c, '\0', '\0'],
            len: 1,
            pos: 0,
        }
    }

    fn several(units: &[u16; 3]) -> Mapped {
        let mut m = Mapped {
            chars: ['\0'; 3],
            len: 0,
            pos: 0,
        };
        for &u in units.iter().filter(|&&u| u != 0) {
            m.chars[usize::from(m.len)] = char::from_u32(u32::from(u)).unwrap_or('\u{fffd}');
            m.len += 1;
        }
        m
    }
}

impl Iterator for Mapped {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.pos < self.len {
            self.pos += 1;
            Some(self.chars[usize::from(self.pos - 1)])
        } else {
            None
        }
    }
}

fn lookup(c: char, runs: &[u64], keys: &[u32], chars: &[[u16; 3]]) -> Mapped {
    let cp = u32::from(c);
    if let Ok(i) = keys.binary_search(&cp) {
        return Mapped::several(&chars[i]);
    }
    let i = runs.partition_point(|&r| (r & 0x1F_FFFF) as u32 <= cp);
    if let Some(&r) = i.checked_sub(1).and_then(|i| runs.get(i)) {
        let offset = cp - (r & 0x1F_FFFF) as u32;
        let count = ((r >> 21) & 0x7F) as u32 + 1;
        let stride = ((r >> 28) & 1) as u32 + 1;
        if offset.is_multiple_of(stride) && offset / stride < count {
            let mapped = cp.wrapping_add((r >> 32) as u32);
            return Mapped::one(char::from_u32(mapped).unwrap_or(c));
        }
    }
    Mapped::one(c)
}

/// The full upper-case mapping of `c`.
pub fn upper(c: char) -> Mapped {
    lookup(
        c,
        &tables::UPPER_RUNS,
        &tables::UPPER_KEYS,
        &tables::UPPER_CHARS,
    )
}

/// The full lower-case mapping of `c` (without the final-sigma rule: see [`lower_str`]).
pub fn lower(c: char) -> Mapped {
    lookup(
        c,
        &tables::LOWER_RUNS,
        &tables::LOWER_KEYS,
        &tables::LOWER_CHARS,
    )
}

/// The full title-case mapping of `c`.
pub fn title(c: char) -> Mapped {
    match tables::TITLE_KEYS.binary_search(&u32::from(c)) {
        Ok(i) => Mapped::several(&tables::TITLE_CHARS[i]),
        Err(_) => upper(c),
    }
}

const CASED: u32 = 1 << 30;
const CASE_IGNORABLE: u32 = 1 << 31;

/// The case flags of `c`: [`CASED`], [`CASE_IGNORABLE`], both or neither.
fn case_flags(c: char) -> u32 {
    let cp = u32::from(c);
    let t = &tables::CASE_CLASSES;
    let i = t.partition_point(|&r| r & 0x1F_FFFF <= cp);
    match i.checked_sub(1).map(|i| t[i]) {
        Some(r) if cp - (r & 0x1F_FFFF) <= (r >> 21) & 0x1FF => r & (CASED | CASE_IGNORABLE),
        _ => 0,
    }
}

/// Whether `c` is cased (has case, or is a letter that takes part in casing), the test
/// `str.title` uses to tell a word's first letter from the rest.
pub fn is_cased(c: char) -> bool {
    case_flags(c) & CASED != 0
}

/// Whether a cased letter comes first when the case-ignorable characters are skipped.
fn cased_after_ignorable(chars: impl Iterator<Item = char>) -> bool {
    chars
        .map(case_flags)
        .find(|&f| f & CASE_IGNORABLE == 0)
        .is_some_and(|f| f & CASED != 0)
}

/// Appends the lower case of `c`, the character at byte `at` of `s`: a capital sigma is
/// final (`'ς'`) when a cased letter precedes it and none follows, case-ignorable characters
/// between skipped.
pub fn push_lower(s: &str, at: usize, c: char, out: &mut String) {
    if c == 'Σ'
        && cased_after_ignorable(s[..at].chars().rev())
        && !cased_after_ignorable(s[at + c.len_utf8()..].chars())
    {
        out.push('ς');
    } else {
        out.extend(lower(c));
    }
}

/// `s.lower()`.
pub fn lower_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        push_lower(s, at, c, &mut out);
    }
    out
}

/// `s.upper()`.
pub fn upper_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().flat_map(upper));
    out
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use alloc::string::ToString;

    fn s(m: Mapped) -> String {
        m.collect()
    }

    #[test]
    fn simple_and_full_mappings() {
        assert_eq!(s(upper('a')), "A");
        assert_eq!(s(upper('é')), "É");
        assert_eq!(s(upper('ß')), "SS");
        assert_eq!(s(title('ß')), "Ss");
        assert_eq!(s(title('ǆ')), "ǅ");
        assert_eq!(s(upper('ǆ')), "Ǆ");
        assert_eq!(s(lower('Ā')), "ā");
        assert_eq!(s(lower('ā')), "ā");
        assert_eq!(s(upper('ā')), "Ā");
        assert_eq!(s(lower('İ')), "i\u{307}");
        assert_eq!(s(upper('ﬃ')), "FFI");
        assert_eq!(s(lower('𐐀')), "𐐨");
        assert_eq!(s(upper('中')), "中");
    }

    #[test]
    fn final_sigma() {
        assert_eq!(lower_str("ΟΔΟΣ"), "οδος");
        assert_eq!(lower_str("Σ"), "σ");
        assert_eq!(lower_str("ΑΣ ΑΣ."), "ας ας.");
        assert_eq!(lower_str("ΑΣΑ"), "ασα");
        assert_eq!(lower_str("Α'Σ"), "α'ς");
    }

    #[test]
    fn against_the_core_library_where_unicode_agrees() {
        // The core library follows a newer Unicode than CPython 3.11's 14.0; in Latin-1,
        // Latin Extended-A, Greek, Cyrillic and Armenian both agree.
        for cp in (0x80..0x180u32).chain(0x370..0x590) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(s(upper(c)), c.to_uppercase().to_string(), "{cp:#x}");
            assert_eq!(s(lower(c)), c.to_lowercase().to_string(), "{cp:#x}");
        }
    }
}
