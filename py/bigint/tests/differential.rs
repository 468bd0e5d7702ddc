//! Every operation against python3: random operands of many sizes (zero, one and two limbs,
//! the limb boundaries 2^32 and 2^64 ± 1, 2^128, thousands of bits; both signs) go to
//! `tests/oracle.py` in a file, and its answers must equal ours. Operands are written in hex
//! straight from their random bytes, so a bug in our own formatting cannot hide one.

use core::fmt::Write as _;
use std::process::Command;

use ferrite_bigint::BigInt;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// A test operand: the value and its hex text, made from the same bytes.
struct Operand {
    value: BigInt,
    hex: String,
}

/// Hex of a magnitude given little-endian, with a sign; no leading zeros.
fn hex_of(neg: bool, le: &[u8]) -> String {
    let mut s: String = le.iter().rev().map(|b| format!("{b:02x}")).collect();
    let t = s.trim_start_matches('0').len();
    s.drain(..s.len() - t);
    if s.is_empty() {
        return "0".into();
    }
    if neg {
        s.insert(0, '-');
    }
    s
}

/// Bit lengths that sit on limb boundaries or make long operands.
const SIZES: [u32; 18] = [
    0, 1, 7, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 192, 256, 700, 2500, 5000,
];

fn operand(rng: &mut Rng, max_bits: u32) -> Operand {
    let sizes: Vec<u32> = SIZES.iter().copied().filter(|&s| s <= max_bits).collect();
    let bits = sizes[rng.below(sizes.len() as u64) as usize];
    let nbytes = bits.div_ceil(8) as usize;
    let mut le: Vec<u8> = match rng.below(6) {
        // 2^(bits-1) ± 1 and all ones: the boundaries themselves.
        0 => vec![0xff; nbytes],
        1 | 2 => {
            let mut v = vec![0u8; nbytes + 1];
            if bits > 0 {
                v[(bits as usize - 1) / 8] = 1 << ((bits - 1) % 8);
            }
            let mut n = BigInt::from_bytes_le(&v);
            n = if rng.below(2) == 0 { n + 1 } else { n - 1 };
            let mut b = n.to_bytes_le();
            b.resize(nbytes + 1, 0);
            b
        }
        _ => (0..nbytes).map(|_| rng.next() as u8).collect(),
    };
    // Keep the value below 2^bits.
    if !bits.is_multiple_of(8) {
        if let Some(top) = le.get_mut(nbytes - 1) {
            *top &= (1u8 << (bits % 8)) - 1;
        }
    }
    le.truncate(nbytes);
    let neg = rng.below(2) == 0;
    let mag = BigInt::from_bytes_le(&le);
    let value = if neg { -mag } else { mag };
    let hex = hex_of(neg && !value.is_zero(), &le);
    Operand { value, hex }
}

fn h(n: &BigInt) -> String {
    n.to_str_radix(16)
}

fn opt<T>(v: Option<T>, f: impl Fn(T) -> String) -> String {
    v.map_or_else(|| "None".into(), f)
}

fn bytes_hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Our answers to the oracle's `unary` case.
fn unary(x: &BigInt) -> String {
    let f = x.to_f64().to_bits();
    let answers = [
        h(&-x),
        h(&x.abs()),
        h(&!x),
        x.bits().to_string(),
        x.to_string(),
        format!("{f:x}"),
        opt(x.to_i64(), |v| v.to_string()),
        format!("{:x}", x.low_u64()),
        bytes_hex(&x.to_signed_bytes_le()),
        bytes_hex(&x.to_bytes_le()),
    ];
    answers.join(" ")
}

/// The cases and our answers, in the oracle's formats.
fn cases() -> (String, Vec<String>) {
    let mut rng = Rng(0x5eed);
    let (mut input, mut ours) = (String::new(), Vec::new());
    let mut case = |line: String, answer: String| {
        input.push_str(&line);
        input.push('\n');
        ours.push(answer);
    };
    for i in 0..2500 {
        let a = operand(&mut rng, 5000);
        let b = operand(&mut rng, 5000);
        let (x, y) = (&a.value, &b.value);
        let (ah, bh) = (&a.hex, &b.hex);
        case(format!("add {ah} {bh}"), h(&(x + y)));
        case(format!("sub {ah} {bh}"), h(&(x - y)));
        case(format!("mul {ah} {bh}"), h(&(x * y)));
        case(
            format!("divmod {ah} {bh}"),
            opt(x.div_mod_floor(y), |(q, r)| format!("{} {}", h(&q), h(&r))),
        );
        case(format!("and {ah} {bh}"), h(&(x & y)));
        case(format!("or {ah} {bh}"), h(&(x | y)));
        case(format!("xor {ah} {bh}"), h(&(x ^ y)));
        case(format!("cmp {ah} {bh}"), (x.cmp(y) as i8).to_string());
        let s = rng.below(if i % 10 == 0 { 5000 } else { 300 });
        case(format!("shl {ah} {s:x}"), h(&(x << s as usize)));
        case(format!("shr {ah} {s:x}"), h(&(x >> s as usize)));
        case(format!("unary {ah}"), unary(x));
        if i % 4 == 0 {
            let small = operand(&mut rng, 256);
            let e = rng.below(24);
            case(
                format!("pow {} {e:x}", small.hex),
                h(&small.value.pow(e as u32)),
            );
            case(format!("gcd {ah} {bh}"), h(&x.gcd(y)));
            let base = operand(&mut rng, 700);
            let exp = operand(&mut rng, 192);
            let m = operand(&mut rng, 700);
            case(
                format!("modpow {} {} {}", base.hex, exp.hex, m.hex),
                opt(base.value.modpow(&exp.value, &m.value), |r| h(&r)),
            );
        }
        if i % 5 == 0 {
            let c = operand(&mut rng, 700);
            let radix = 2 + rng.below(35) as u32;
            case(
                format!("radix {} {radix}", c.hex),
                c.value.to_str_radix(radix),
            );
            let fb = match rng.below(3) {
                0 => rng.next(),
                // Integral floats of all sizes, and the values near 1.
                1 => (rng.below(1100) + 1023 - 60) << 52 | rng.next() >> 12 | rng.below(2) << 63,
                _ => (1023 + rng.below(80)) << 52 | rng.next() >> 12 | rng.below(2) << 63,
            };
            case(
                format!("from_f64 {fb:x}"),
                opt(BigInt::from_f64(f64::from_bits(fb)), |v| h(&v)),
            );
            let raw: Vec<u8> = (0..rng.below(40)).map(|_| rng.next() as u8).collect();
            let raw_hex = bytes_hex(&raw);
            if !raw.is_empty() {
                case(
                    format!("from_bytes {raw_hex}"),
                    h(&BigInt::from_bytes_le(&raw)),
                );
                case(
                    format!("from_signed_bytes {raw_hex}"),
                    h(&BigInt::from_signed_bytes_le(&raw)),
                );
            }
        }
    }
    // Text of long numbers in other radixes (split in halves by powers of the radix: the
    // low half's leading zeros must survive), at powers of the radix and beside them.
    for radix in [3u32, 7, 10, 16, 36] {
        for e in [40usize, 300, 777, 1500] {
            let p = BigInt::from(radix).pow(e as u32);
            for n in [
                &p - 1,
                p.clone(),
                &p + 1,
                &p * 5 + BigInt::from(radix).pow(e as u32 / 2),
                -&p,
            ] {
                case(format!("radix {} {radix}", h(&n)), n.to_str_radix(radix));
            }
        }
        let c = operand(&mut rng, 5000);
        case(
            format!("radix {} {radix}", c.hex),
            c.value.to_str_radix(radix),
        );
    }
    // Halfway between two floats, and one either side of halfway far below the top bits
    // (`float(n)` must see the sticky bits), up to the overflow at 2^1024.
    for _ in 0..400 {
        let mant = (rng.next() >> 10) | 1; // 54 bits, the last one a half
        let shift = rng.below(1000 - 54) as usize;
        let mut n = BigInt::from(mant) << shift;
        n = match rng.below(3) {
            0 => n,
            1 => n + 1,
            _ => n - 1,
        };
        if rng.below(2) == 0 {
            n = -n;
        }
        case(format!("unary {}", h(&n)), unary(&n));
    }
    // Division whose estimated digit is one too big (the add-back of algorithm D), for both
    // limb sizes: u = 2^(B−2)·b^3 over v = 2^(B−1)·b^2 + b − 1, and neighbours.
    for bits in [32u32, 64] {
        let one = BigInt::from(1u8);
        let u = &one << (bits as usize - 2 + 3 * bits as usize);
        let v = (&one << (bits as usize - 1 + 2 * bits as usize)) + (&one << bits as usize) - 1;
        for du in [-2i64, -1, 0, 1, 2] {
            for dv in [-1i64, 0, 1] {
                let (x, y) = (&u + du, &v + dv);
                for (x, y) in [(x.clone(), y.clone()), (-x, y)] {
                    case(
                        format!("divmod {} {}", h(&x), h(&y)),
                        opt(x.div_mod_floor(&y), |(q, r)| format!("{} {}", h(&q), h(&r))),
                    );
                }
            }
        }
    }
    (input, ours)
}

#[test]
fn against_python() {
    let (input, ours) = cases();
    let dir = std::env::temp_dir().join(format!("ferrite-bigint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (cases_path, answers_path) = (dir.join("cases.txt"), dir.join("answers.txt"));
    std::fs::write(&cases_path, &input).unwrap();
    let oracle = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracle.py");
    let status = Command::new("python3")
        .arg(oracle)
        .arg(&cases_path)
        .arg(&answers_path)
        .status()
        .expect("python3 is needed for this test");
    assert!(status.success(), "the oracle failed");
    let theirs = std::fs::read_to_string(&answers_path).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let theirs: Vec<&str> = theirs.lines().collect();
    assert_eq!(theirs.len(), ours.len(), "one answer per case");
    let mut report = String::new();
    let mut wrong = 0;
    for ((case, mine), python) in input.lines().zip(&ours).zip(&theirs) {
        if mine != python {
            wrong += 1;
            if wrong <= 10 {
                let _ = writeln!(report, "{case}\n  ours:   {mine}\n  python: {python}");
            }
        }
    }
    // Python's radix text parses back to the operand.
    for (case, python) in input.lines().zip(&theirs) {
        if let Some(rest) = case.strip_prefix("radix ") {
            let (hex, radix) = rest.split_once(' ').unwrap();
            let radix: u32 = radix.parse().unwrap();
            let parsed = BigInt::parse_bytes(python.as_bytes(), radix);
            if parsed != BigInt::parse_bytes(hex.as_bytes(), 16) {
                wrong += 1;
                let _ = writeln!(report, "parse {python:?} in radix {radix}: {parsed:?}");
            }
        }
    }
    assert!(
        wrong == 0,
        "{wrong} of {} cases differ from python3:\n{report}",
        ours.len()
    );
}
