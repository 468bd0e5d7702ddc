use super::*;
use alloc::vec;
use alloc::vec::Vec;

fn vu(v: u32) -> Vec<u8> {
    let mut out = Vec::new();
    encode_vuint(&mut out, v);
    out
}

fn sv(v: i64) -> Vec<u8> {
    let mut out = Vec::new();
    encode_svarint(&mut out, v);
    out
}

#[test]
fn vuint_examples() {
    let cases: &[(u32, &[u8])] = &[
        (0, &[0x00]),
        (5, &[0x05]),
        (127, &[0x7f]),
        (128, &[0x81, 0x00]),
        (247, &[0x81, 0x77]),
        (257, &[0x82, 0x01]),
        (1_000_000, &[0xbd, 0x84, 0x40]),
        (u32::MAX, &[0x8f, 0xff, 0xff, 0xff, 0x7f]),
    ];
    for &(v, bytes) in cases {
        assert_eq!(vu(v), bytes, "encode {v}");
        assert_eq!(vuint_len(v), bytes.len());
        assert_eq!(decode_vuint(bytes, 0), Ok((v, bytes.len())), "decode {v}");
    }
}

#[test]
fn vuint_errors() {
    assert_eq!(decode_vuint(&[], 0), Err(DecodeError::Truncated));
    assert_eq!(decode_vuint(&[0x81], 0), Err(DecodeError::Truncated));
    assert_eq!(
        decode_vuint(&[0x90, 0x80, 0x80, 0x80, 0x00], 0),
        Err(DecodeError::Overflow)
    );
    // Non-minimal encodings are accepted.
    assert_eq!(decode_vuint(&[0x80, 0x80, 0x05], 0), Ok((5, 3)));
    // An endless run of 0x80 either overflows or truncates, never loops forever.
    assert!(decode_vuint(&[0x80; 100], 0).is_err());
}

#[test]
fn svarint_examples() {
    let cases: &[(i64, &[u8])] = &[
        (-64, &[0x40]),
        (63, &[0x3f]),
        (-65, &[0xff, 0x3f]),
        (64, &[0x80, 0x40]),
        (8191, &[0xbf, 0x7f]),
        (-8192, &[0xc0, 0x00]),
        (1_000_000, &[0xbd, 0x84, 0x40]),
        (1_073_741_823, &[0x83, 0xff, 0xff, 0xff, 0x7f]),
        (0, &[0x00]),
        (-1, &[0x7f]),
    ];
    for &(v, bytes) in cases {
        assert_eq!(sv(v), bytes, "encode {v}");
        assert_eq!(decode_svarint(bytes, 0), Ok((v, bytes.len())), "decode {v}");
    }
}

#[test]
fn svarint_round_trip_wide() {
    let mut v: i64 = 1;
    for _ in 0..63 {
        for x in [v, -v, v - 1, -v - 1, v + 1] {
            let e = sv(x);
            assert_eq!(decode_svarint(&e, 0), Ok((x, e.len())), "{x}");
        }
        v = v.wrapping_mul(2);
    }
    for x in [i64::MIN, i64::MAX] {
        let e = sv(x);
        assert_eq!(decode_svarint(&e, 0), Ok((x, e.len())), "{x}");
    }
    assert!(decode_svarint(&[0xff; 30], 0).is_err());
    assert!(decode_svarint(&[0x81; 30], 0).is_err());
}

#[test]
fn jump_offsets() {
    let mut out = Vec::new();
    assert!(encode_jump_offset(&mut out, -64, true, false));
    assert!(encode_jump_offset(&mut out, 63, true, false));
    assert!(!encode_jump_offset(&mut out, 64, true, false));
    assert!(encode_jump_offset(&mut out, 127, false, false));
    assert!(!encode_jump_offset(&mut out, 128, false, false));
    assert!(!encode_jump_offset(&mut out, -1, false, false));
    assert_eq!(out, vec![0x00, 0x7f, 0x7f]);
    assert_eq!(decode_jump_offset(&out, 0, true), Ok((-64, 1)));
    assert_eq!(decode_jump_offset(&out, 1, true), Ok((63, 2)));
    assert_eq!(decode_jump_offset(&out, 2, false), Ok((127, 3)));

    for signed in [false, true] {
        let (lo, hi) = if signed {
            (-0x4000, 0x3fff)
        } else {
            (0, 0x7fff)
        };
        for v in [lo, lo + 1, -1, 0, 1, 200, hi - 1, hi] {
            if !signed && v < 0 {
                continue;
            }
            let mut out = Vec::new();
            assert!(encode_jump_offset(&mut out, v, signed, true));
            assert_eq!(out.len(), 2);
            assert_eq!(decode_jump_offset(&out, 0, signed), Ok((v, 2)));
        }
        let mut out = Vec::new();
        assert!(!encode_jump_offset(&mut out, hi + 1, signed, true));
        assert!(out.is_empty());
    }
    assert_eq!(
        decode_jump_offset(&[0x80], 0, true),
        Err(DecodeError::Truncated)
    );
}
