//! The library modules written in Python (`src/modules_frozen/`), embedded compressed by
//! `build.rs` and compiled when first imported.
//!
//! The compressed form is a sequence of tokens, each starting with one byte `t`:
//! * `t < 0x80`: the next `t + 1` bytes are copied as they are;
//! * `t >= 0x80`: a copy of `3 + (t & 0x3F)` bytes from earlier output, as far back as the
//!   next byte says when `t & 0x40` is clear, as the next two bytes (little-endian) say
//!   when it is set. A copy may overlap the bytes it produces.

use alloc::string::String;
use alloc::vec::Vec;

/// The source of the frozen module `name`, if there is one.
pub fn frozen_source(name: &str) -> Option<String> {
    let packed: &[u8] = match name {
        "collections" => include_bytes!(concat!(env!("OUT_DIR"), "/collections.lz")),
        "heapq" => include_bytes!(concat!(env!("OUT_DIR"), "/heapq.lz")),
        "json" => include_bytes!(concat!(env!("OUT_DIR"), "/json.lz")),
        "random" => include_bytes!(concat!(env!("OUT_DIR"), "/random.lz")),
        "binascii" => include_bytes!(concat!(env!("OUT_DIR"), "/binascii.lz")),
        _ => return None,
    };
    String::from_utf8(decompress(packed)?).ok()
}

/// Decodes the token stream; `None` if it is malformed (it never is: `build.rs` wrote it).
fn decompress(mut src: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(src.len() * 2);
    while let Some((&t, rest)) = src.split_first() {
        if t < 0x80 {
            let n = usize::from(t) + 1;
            out.extend_from_slice(rest.get(..n)?);
            src = &rest[n..];
            continue;
        }
        let (distance, rest) = if t & 0x40 == 0 {
            (usize::from(*rest.first()?), rest.get(1..)?)
        } else {
            let d = rest.get(..2)?;
            (usize::from(u16::from_le_bytes([d[0], d[1]])), &rest[2..])
        };
        let from = out.len().checked_sub(distance).filter(|_| distance > 0)?;
        for k in 0..3 + usize::from(t & 0x3F) {
            out.push(out[from + k]);
        }
        src = rest;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_decodes_to_python_text() {
        for name in ["collections", "heapq", "json", "random", "binascii"] {
            let src = frozen_source(name).expect(name);
            assert!(src.contains("\ndef "), "{name}");
        }
        assert!(frozen_source("os").is_none());
    }

    #[test]
    fn tokens_and_malformed_streams() {
        // "abc" then a copy of 6 bytes from 3 back (overlapping): "abcabcabc".
        assert_eq!(
            decompress(&[2, b'a', b'b', b'c', 0x83, 3]).unwrap(),
            b"abcabcabc"
        );
        assert_eq!(decompress(&[0, b'x', 0xC0, 1, 0]).unwrap(), b"xxxx");
        assert!(decompress(&[5, b'a']).is_none());
        assert!(decompress(&[0x80, 1]).is_none());
        assert!(decompress(&[0, b'a', 0x80, 0]).is_none());
        assert!(decompress(&[0, b'a', 0xC0, 9]).is_none());
    }
}
