use super::*;
use alloc::vec;
use alloc::vec::Vec;

fn sig(n_state: u32, e: u32, f: u8, a: u32, k: u32, d: u32) -> Signature {
    Signature {
        n_state,
        n_exc_stack: e,
        scope_flags: f,
        n_pos_args: a,
        n_kwonly_args: k,
        n_def_pos_args: d,
    }
}

#[test]
fn signature_examples() {
    let cases: &[(&[u8], Signature)] = &[
        (&[0x18], sig(4, 0, 0, 0, 0, 0)),
        (&[0xbd, 0x42], sig(8, 3, 1, 1, 0, 0)),
        (&[0xc2, 0x81, 0xc8, 0xc0, 0x40], sig(9, 0, 0x0e, 2, 2, 1)),
        (&[0x00], sig(1, 0, 0, 0, 0, 0)),
    ];
    for &(bytes, s) in cases {
        assert_eq!(decode_signature(bytes, 0), Ok((s, bytes.len())));
        let mut out = Vec::new();
        encode_signature(&mut out, &s);
        assert_eq!(out, bytes);
    }
}

#[test]
fn signature_round_trip() {
    for n_state in [1, 2, 15, 16, 17, 63, 64, 200, 1000, 70000] {
        for (e, f, a, k, d) in [(0, 0, 0, 0, 0), (5, 0xf, 3, 4, 2), (1, 1, 255, 255, 255)] {
            let s = sig(n_state, e, f, a, k, d);
            let mut out = Vec::new();
            encode_signature(&mut out, &s);
            assert_eq!(decode_signature(&out, 0), Ok((s, out.len())));
        }
    }
    assert_eq!(decode_signature(&[0x80], 0), Err(DecodeError::Truncated));
    let s = sig(u32::MAX, u32::MAX, 0xf, u32::MAX, u32::MAX, u32::MAX);
    let mut out = Vec::new();
    encode_signature(&mut out, &s);
    assert_eq!(decode_signature(&out, 0), Ok((s, out.len())));
    let mut long = vec![0x80u8; 100];
    long.push(0x00);
    assert_eq!(
        decode_signature(&long, 0).map(|(s, p)| (s.n_state, p)),
        Ok((1, 101))
    );
    assert!(decode_signature(&[0xff; 64], 0).is_err());
}

#[test]
fn size_examples() {
    assert_eq!(decode_size(&[0x0f], 0), Ok((7, 1, 1)));
    assert_eq!(decode_size(&[0x0c], 0), Ok((6, 0, 1)));
    for (i, c) in [
        (0, 0),
        (7, 1),
        (63, 0),
        (64, 0),
        (100, 3),
        (5000, 200),
        (10, 300),
        (u32::MAX, u32::MAX),
    ] {
        let mut out = Vec::new();
        encode_size(&mut out, i, c);
        assert_eq!(decode_size(&out, 0), Ok((i, c, out.len())));
    }
    assert!(decode_size(&[0xff; 64], 0).is_err());
    // Redundant zero extension bytes are accepted, however many.
    let mut long = vec![0x80u8; 100];
    long[0] = 0x8f;
    long.push(0x00);
    assert_eq!(decode_size(&long, 0), Ok((7, 1, 101)));
}

#[test]
fn line_table_examples() {
    let pairs = [(0, 2), (2, 3), (8, 4), (25, 5), (34, 6), (40, 7)];
    let t = encode_line_table(&pairs);
    assert_eq!(t, [0x20, 0x22, 0x26, 0x31, 0x29, 0x26]);
    for (i, &(off, line)) in pairs.iter().enumerate() {
        assert_eq!(line_for_offset(&t, off), line);
        let next = pairs.get(i + 1).map_or(off + 10, |p| p.0);
        assert_eq!(
            line_for_offset(&t, next - 1),
            if next - 1 < off { line - 1 } else { line }
        );
    }
    assert_eq!(encode_line_table(&[(4, 8)]), [0x84, 0x07]);
    assert_eq!(line_for_offset(&[0x84, 0x07], 3), 1);
    assert_eq!(line_for_offset(&[0x84, 0x07], 4), 8);
    // Lines never decrease; smaller lines are ignored.
    assert_eq!(
        encode_line_table(&[(0, 5), (3, 2), (6, 5)]),
        encode_line_table(&[(0, 5)])
    );
}

#[test]
fn line_delta_splitting() {
    let mut out = Vec::new();
    encode_line_delta(&mut out, 40, 2);
    // Bytes before lines: 31 then 9 with the lines.
    assert_eq!(out, [31, (2 << 5) | 9]);
    let mut out = Vec::new();
    encode_line_delta(&mut out, 3, 3000);
    assert_eq!(
        out,
        [
            0x80 | 3 | 0x70,
            0xff,
            0x80 | ((953 >> 4) & 0x70) as u8,
            (953 & 0xff) as u8
        ]
    );
    for (b, l) in [(0, 0), (100, 1), (5, 7), (16, 100), (1000, 5000)] {
        let mut out = Vec::new();
        encode_line_delta(&mut out, b, l);
        let (mut sb, mut sl) = (0, 0);
        for e in line_entries(&out) {
            let (db, dl) = e.unwrap();
            sb += db;
            sl += dl;
        }
        assert_eq!((sb, sl), (b, l));
    }
    assert_eq!(check_line_table(&[0x80]), Err(DecodeError::Truncated));
}

#[test]
fn prelude_decode_and_encode() {
    // def f(a, b=2): return a + b   (from mpy-cross; qstrs: 2 'f', 4 'a', 5 'b')
    let fun = [
        0x9a, 0x01, 0x08, 0x02, 0x04, 0x05, 0x20, 0xb0, 0xb1, 0xf2, 0x63,
    ];
    let p = Prelude::decode(&fun).unwrap();
    assert_eq!(p.n_state, 4);
    assert_eq!(p.n_pos_args, 2);
    assert_eq!(p.n_def_pos_args, 1);
    assert_eq!(p.n_info, 4);
    assert_eq!(p.simple_name, 2);
    assert_eq!(p.arg_names, vec![4, 5]);
    assert_eq!(p.line_table(&fun), [0x20]);
    assert_eq!(p.code(&fun), [0xb0, 0xb1, 0xf2, 0x63]);
    let mut out = Vec::new();
    encode_prelude(&mut out, &p.signature(), 2, &[4, 5], &[0x20], &[]);
    out.extend_from_slice(p.code(&fun));
    assert_eq!(out, fun);
    // Every truncation fails cleanly.
    for n in 0..7 {
        assert!(Prelude::decode(&fun[..n]).is_err(), "{n}");
    }
    // A huge argument count is rejected without allocating.
    let bad = [0x83, 0x84, 0x80, 0x80, 0x80, 0x08, 0x02, 0x04, 0x05, 0x20];
    assert!(Prelude::decode(&bad).is_err());
}
