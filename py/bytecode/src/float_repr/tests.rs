use super::*;

#[test]
fn repr_examples() {
    let cases: &[(f64, &str)] = &[
        (0.1, "0.1"),
        (1e100, "1e+100"),
        (1e-7, "1e-07"),
        (123456789.0, "123456789.0"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (1.5, "1.5"),
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (123456789012345678.0, "1.2345678901234568e+17"),
        (1e22, "1e+22"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (12345.678, "12345.678"),
        (5e-324, "4.940656458412465e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (2.5e-308, "2.5e-308"),
        (556.45432, "556.4543200000001"),
        (8.8, "8.800000000000001"),
        (-564819.321599586, "-564819.3215995861"),
        // An exact tie in the 17th digit rounds away from zero.
        (1608882928643910.0 + 0.25, "1608882928643910.3"),
        (-1.5785705185947836e16, "-1.5785705185947836e+16"),
        (3.0, "3.0"),
        (-2.5, "-2.5"),
    ];
    for &(v, s) in cases {
        assert_eq!(repr(v), s, "{v:?}");
        if v.is_finite() {
            assert_eq!(parse(s).map(f64::to_bits), Some(v.to_bits()), "{s}");
        }
    }
}

#[test]
fn repr_imag_examples() {
    assert_eq!(repr_imag(2.0), "2");
    assert_eq!(repr_imag(1.5), "1.5");
    assert_eq!(repr_imag(0.0), "0");
    assert_eq!(repr_imag(f64::INFINITY), "inf");
    assert_eq!(repr_imag(1e100), "1e+100");
    assert_eq!(repr_imag(1e15), "1000000000000000");
    assert_eq!(repr_imag(1e-7), "1e-07");
}

#[test]
fn repr_round_trips() {
    // A simple xorshift over bit patterns: every finite double must read back exactly.
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let v = f64::from_bits(x);
        if !v.is_finite() {
            continue;
        }
        let s = repr(v);
        assert_eq!(parse(&s).map(f64::to_bits), Some(v.to_bits()), "{s}");
    }
}

#[test]
fn parse_rejects_junk() {
    for s in ["", "-", "1.5x", "0x10", "1_0", "j", "--1", "infx"] {
        assert_eq!(parse(s), None, "{s}");
    }
    assert_eq!(parse("-inf"), Some(f64::NEG_INFINITY));
    assert!(parse("nan").is_some_and(f64::is_nan));
    assert_eq!(parse("1e-07"), Some(1e-7));
}
