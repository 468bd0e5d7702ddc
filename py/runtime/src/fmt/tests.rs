use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigInt;

use super::*;

extern crate std;
use std::println;

fn kind_name(k: ErrorKind) -> &'static str {
    match k {
        ErrorKind::ValueError => "ValueError",
        ErrorKind::TypeError => "TypeError",
        ErrorKind::KeyError => "KeyError",
        ErrorKind::IndexError => "IndexError",
        ErrorKind::OverflowError => "OverflowError",
    }
}

fn show(r: Result<String, FmtError>) -> String {
    match r {
        Ok(s) => format!("ok:{s}"),
        Err(e) => format!("err:{}", kind_name(e.kind)),
    }
}

fn float_of(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).unwrap())
}

fn one_conv(template: &str) -> Result<PercentConv, FmtError> {
    let pieces = parse_percent(template)?;
    match pieces.as_slice() {
        [PercentPiece::Conv(c)] => Ok(c.clone()),
        _ => panic!("{template:?} is not one conversion"),
    }
}

fn run_case(kind: &str, value: &str, spec: &str) -> String {
    let int = || value.parse::<BigInt>().unwrap();
    show(match kind {
        "i" => parse_spec(spec).and_then(|sp| format_int(&int(), &sp)),
        "f" => parse_spec(spec).and_then(|sp| format_float(float_of(value), &sp)),
        "s" => parse_spec(spec).and_then(|sp| format_str(value, &sp)),
        "pi" => one_conv(spec).and_then(|c| percent_int(&int(), &c)),
        "pf" => one_conv(spec).and_then(|c| percent_float(float_of(value), &c)),
        "ps" => one_conv(spec).and_then(|c| percent_str(value, &c)),
        _ => panic!("bad kind {kind}"),
    })
}

/// The table generated with CPython by `py/runtime/tests/tools/gen_fmt_cases.py`.
#[test]
fn cpython_table() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in include_str!("cases.txt").lines() {
        if line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (kind, value, spec, want) = (f[0], f[1], f[2], f[3]);
        let got = run_case(kind, value, spec);
        n += 1;
        if got != want {
            failures.push(format!(
                "{kind} {value} {spec:?}: want {want:?} got {got:?}"
            ));
        }
    }
    for f in failures.iter().take(40) {
        println!("{f}");
    }
    assert!(n > 2000);
    assert!(failures.is_empty(), "{} of {n} failed", failures.len());
}
