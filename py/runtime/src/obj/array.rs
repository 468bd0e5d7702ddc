//! `array.array`: a typed, packed sequence of numbers (typecodes `b B h H i I l L q Q f d`),
//! with the buffer protocol (its bytes are the items, little-endian): the object and its item
//! size. Its operations are in the library (`ferrite-lib`). Always compiled.

use alloc::vec::Vec;

pub struct ArrayObj {
    pub typecode: u8,
    pub data: Vec<u8>,
}

/// Bytes per item, or `None` for an unknown typecode.
pub fn item_size(tc: u8) -> Option<usize> {
    Some(match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}
