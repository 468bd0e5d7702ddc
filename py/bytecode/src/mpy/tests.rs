use super::*;
use alloc::string::ToString;
use alloc::vec;

/// `def f(a, b=2): return a + b` / `print(f(1))`, compiled by upstream mpy-cross as
/// `/tmp/t1.py`.
const T1: &[u8] = &[
    0x4d, 0x06, 0x00, 0x1f, 0x06, 0x00, 0x14, 0x2f, 0x74, 0x6d, 0x70, 0x2f, 0x74, 0x31, 0x2e, 0x70,
    0x79, 0x00, 0x0f, 0x02, 0x66, 0x00, 0x81, 0x77, 0x02, 0x61, 0x00, 0x02, 0x62, 0x00, 0x81, 0x44,
    0x10, 0x04, 0x01, 0x48, 0x82, 0x2a, 0x01, 0x53, 0x33, 0x00, 0x16, 0x02, 0x11, 0x03, 0x11, 0x02,
    0x81, 0x34, 0x01, 0x34, 0x01, 0x59, 0x51, 0x63, 0x01, 0x58, 0x9a, 0x01, 0x08, 0x02, 0x04, 0x05,
    0x20, 0xb0, 0xb1, 0xf2, 0x63,
];

#[test]
fn read_small_file() {
    let m = Module::from_mpy(T1).unwrap();
    assert_eq!(m.qstrs, ["/tmp/t1.py", "<module>", "f", "print", "a", "b"]);
    assert!(m.consts.is_empty());
    assert_eq!(m.root.children.len(), 1);
    assert_eq!(m.root.children[0].fun_data.len(), 11);
    assert_eq!(m.to_mpy(), T1);
}

#[test]
fn header_checks() {
    let mut bad = T1.to_vec();
    bad[0] = b'C';
    assert_eq!(Module::from_mpy(&bad), Err(MpyError::Incompatible));
    let mut bad = T1.to_vec();
    bad[1] = 5;
    assert_eq!(Module::from_mpy(&bad), Err(MpyError::Incompatible));
    let mut bad = T1.to_vec();
    bad[2] = (2 << 2) | 3; // x64 native code
    assert_eq!(Module::from_mpy(&bad), Err(MpyError::Incompatible));
    let mut bad = T1.to_vec();
    bad[2] = 0x40; // arch flags
    assert_eq!(Module::from_mpy(&bad), Err(MpyError::Incompatible));
    let mut ok = T1.to_vec();
    ok[2] = 3; // sub-version bits are ignored without native code
    assert!(Module::from_mpy(&ok).is_ok());
    assert_eq!(Module::from_mpy(b"C"), Err(MpyError::Incompatible));
    assert!(matches!(
        Module::from_mpy(b"M\x06"),
        Err(MpyError::Corrupt { .. })
    ));
    assert!(matches!(
        Module::from_mpy(b""),
        Err(MpyError::Corrupt { .. })
    ));
}

#[test]
fn corrupt_inputs() {
    let mut trailing = T1.to_vec();
    trailing.push(0);
    assert!(matches!(
        Module::from_mpy(&trailing),
        Err(MpyError::Corrupt {
            what: "trailing bytes after the root raw code",
            ..
        })
    ));
    for n in 0..T1.len() {
        assert!(Module::from_mpy(&T1[..n]).is_err(), "{n}");
    }
    // Absurd counts.
    let huge = [0x4d, 0x06, 0x00, 0x1f, 0x8f, 0xff, 0xff, 0xff, 0x7f, 0x00];
    assert!(Module::from_mpy(&huge).is_err());
    // Bad UTF-8 in a qstr.
    let bad_utf8 = [
        0x4d, 0x06, 0x00, 0x1f, 0x01, 0x00, 0x02, 0xff, 0x00, 0x08, 0x00,
    ];
    assert!(matches!(
        Module::from_mpy(&bad_utf8),
        Err(MpyError::Corrupt {
            what: "invalid UTF-8",
            ..
        })
    ));
    // Deeply nested tuples.
    let mut deep = vec![0x4d, 0x06, 0x00, 0x1f, 0x00, 0x01];
    for _ in 0..10_000 {
        deep.extend_from_slice(&[0x0a, 0x01]);
    }
    deep.push(0x01);
    assert!(Module::from_mpy(&deep).is_err());
    // Deeply nested raw codes.
    let mut deep = vec![0x4d, 0x06, 0x00, 0x1f, 0x00, 0x00];
    for _ in 0..10_000 {
        deep.extend_from_slice(&[0x04, 0x01]);
    }
    deep.push(0x00);
    assert!(Module::from_mpy(&deep).is_err());
}

#[test]
fn constants_round_trip() {
    let m = Module {
        qstrs: vec![
            "x.py".to_string(),
            "print".to_string(),
            "<module>".to_string(),
        ],
        consts: vec![
            Const::Ellipsis,
            Const::Str("a longer string constant".to_string()),
            Const::Bytes(vec![]),
            Const::Bytes(b"x\x00y".to_vec()),
            Const::Int("-123456789012345678901234567890".to_string()),
            Const::Float(0.1),
            Const::Float(-0.0),
            Const::Complex(2.0),
            Const::Complex(f64::INFINITY),
            Const::Tuple(vec![
                Const::Int("1".to_string()),
                Const::Str("a".to_string()),
                Const::Tuple(vec![
                    Const::Float(3.5),
                    Const::None,
                    Const::True,
                    Const::False,
                ]),
            ]),
        ],
        root: RawCode {
            fun_data: vec![0x00, 0x02, 0x02, 0x51, 0x63],
            children: vec![],
        },
    };
    let bytes = m.to_mpy();
    // `print` is static qstr 123 -> 81 77; `<module>` is 7 -> 0f.
    assert_eq!(&bytes[4..6], &[3, 10]);
    assert_eq!(&bytes[6..12], b"\x08x.py\x00");
    assert_eq!(&bytes[12..15], &[0x81, 0x77, 0x0f]);
    let back = Module::from_mpy(&bytes).unwrap();
    assert_eq!(back, m);
    assert_eq!(back.to_mpy(), bytes);
    // The tuple example of spec §2.4.
    let t = Const::Tuple(vec![
        Const::Int("1".to_string()),
        Const::Int("2".to_string()),
        Const::Str("a".to_string()),
        Const::Bytes(b"x".to_vec()),
        Const::Tuple(vec![Const::Float(3.5), Const::None]),
    ]);
    let mut out = Vec::new();
    write_const(&mut out, &t);
    assert_eq!(
        out,
        [
            0x0a, 0x05, 0x07, 0x01, 0x31, 0x07, 0x01, 0x32, 0x05, 0x01, 0x61, 0x00, 0x06, 0x01,
            0x78, 0x00, 0x0a, 0x02, 0x08, 0x03, 0x33, 0x2e, 0x35, 0x01
        ]
    );
}

#[test]
fn nesting_limit_is_exact() {
    fn nested(depth: usize) -> Const {
        let mut c = Const::Tuple(vec![]);
        for _ in 0..depth {
            c = Const::Tuple(vec![Const::None, c]);
        }
        c
    }
    let base = Module::from_mpy(T1).unwrap();
    // `depth` open tuples around the innermost empty one.
    let mut m = base.clone();
    m.consts = vec![nested(MAX_NESTING)];
    let bytes = m.to_mpy();
    assert_eq!(Module::from_mpy(&bytes).as_ref(), Ok(&m));
    assert_eq!(crate::verify(&m), Ok(()));
    m.consts = vec![nested(MAX_NESTING + 1)];
    assert!(Module::from_mpy(&m.to_mpy()).is_err());

    let mut rc = base.root.children[0].clone();
    for _ in 0..MAX_NESTING {
        rc = RawCode {
            fun_data: base.root.fun_data.clone(),
            children: vec![rc],
        };
    }
    let mut m = base.clone();
    m.root = rc.clone();
    assert_eq!(Module::from_mpy(&m.to_mpy()).as_ref(), Ok(&m));
    assert_eq!(crate::verify(&m), Ok(()));
    m.root = RawCode {
        fun_data: base.root.fun_data.clone(),
        children: vec![rc],
    };
    assert!(Module::from_mpy(&m.to_mpy()).is_err());
}

#[test]
fn header_small_int_bits_cover_the_code() {
    let mut m = Module::from_mpy(T1).unwrap();
    assert_eq!(m.to_mpy()[3], 31);
    // Replace the module body with LOAD_CONST_SMALL_INT 2^40; RETURN_VALUE.
    let mut fun = vec![0x10, 0x02, 0x01, 0x22];
    crate::varint::encode_svarint(&mut fun, 1 << 40);
    fun.push(0x63);
    m.root = RawCode {
        fun_data: fun,
        children: vec![],
    };
    let bytes = m.to_mpy();
    assert_eq!(bytes[3], 42);
    assert_eq!(Module::from_mpy(&bytes), Ok(m.clone()));
    let mut fun = vec![0x10, 0x02, 0x01, 0x22];
    crate::varint::encode_svarint(&mut fun, -(1 << 30));
    fun.push(0x63);
    m.root.fun_data = fun;
    assert_eq!(m.to_mpy()[3], 31);
}
