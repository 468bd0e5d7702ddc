use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use ferrite_bigint::BigInt;

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
    let got = run_case_big(kind, value, spec);
    // Ints that fit in an i64 go through the small path too, with the same result.
    if let (Ok(small), "i" | "pi") = (value.parse::<i64>(), kind) {
        let r = match kind {
            "i" => parse_spec(spec).and_then(|sp| format_int(small, &sp)),
            _ => one_conv(spec).and_then(|c| percent_int(small, &c)),
        };
        assert_eq!(show(r), got, "i64 path: {kind} {value} {spec:?}");
    }
    got
}

fn run_case_big(kind: &str, value: &str, spec: &str) -> String {
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
    check_table(include_str!("cases.txt"), 2000);
}

/// A bigger table: `FMT_CASES=/tmp/cases.txt cargo test -p ferrite-runtime -- --ignored
/// cpython_table_file` after `gen_fmt_cases.py --scale 20 --out /tmp/cases.txt`.
#[test]
#[ignore = "needs FMT_CASES=<generated table>"]
fn cpython_table_file() {
    let path = std::env::var("FMT_CASES").expect("FMT_CASES");
    check_table(&std::fs::read_to_string(path).unwrap(), 1);
}

fn check_table(table: &str, min: usize) {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in table.lines() {
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
    assert!(n >= min);
    assert!(failures.is_empty(), "{} of {n} failed", failures.len());
}

fn lit(s: &str) -> TemplatePiece {
    TemplatePiece::Literal(String::from(s))
}

fn field(
    arg: FieldArg,
    acc: Vec<Accessor>,
    conv: Option<char>,
    spec: Vec<TemplatePiece>,
) -> TemplatePiece {
    TemplatePiece::Field(Field {
        arg,
        accessors: acc,
        conversion: conv,
        spec,
    })
}

fn err_msg<T: core::fmt::Debug>(r: Result<T, FmtError>) -> String {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.msg,
    }
}

#[test]
fn template_pieces() {
    use Accessor::{Attr, Key};
    use FieldArg::{Auto, Index, Name};
    let p = parse_format_template("a{{b}}c").unwrap();
    assert_eq!(p, [lit("a{b}c")]);
    let p = parse_format_template("x{}y{0!r:>{1}}{name.attr[3][key]}é").unwrap();
    assert_eq!(
        p,
        [
            lit("x"),
            field(Auto, Vec::new(), None, Vec::new()),
            lit("y"),
            field(
                Index(0),
                Vec::new(),
                Some('r'),
                [lit(">"), field(Index(1), Vec::new(), None, Vec::new())].into()
            ),
            field(
                Name("name".into()),
                [Attr("attr".into()), Accessor::Index(3), Key("key".into())].into(),
                None,
                Vec::new()
            ),
            lit("é"),
        ]
    );
    // Brackets hide '}' and ':' in the field name; '{{' in a spec is a literal brace.
    let p = parse_format_template("{0[}:]}{0:{{}}}").unwrap();
    assert_eq!(
        p,
        [
            field(Index(0), [Key("}:".into())].into(), None, Vec::new()),
            field(Index(0), Vec::new(), None, [lit("{}")].into()),
        ]
    );
    // Names that are not all digits are keys: '{ 0 }', '{-1}', '{0x}'; '{00}' is index 0.
    let p = parse_format_template("{ 0 }{-1}{0x}{00}{0[-1]}").unwrap();
    assert_eq!(
        p,
        [
            field(Name(" 0 ".into()), Vec::new(), None, Vec::new()),
            field(Name("-1".into()), Vec::new(), None, Vec::new()),
            field(Name("0x".into()), Vec::new(), None, Vec::new()),
            field(Index(0), Vec::new(), None, Vec::new()),
            field(Index(0), [Key("-1".into())].into(), None, Vec::new()),
        ]
    );
    let TemplatePiece::Field(f) = &parse_format_template("{:>8}").unwrap()[0] else {
        panic!()
    };
    assert_eq!(f.literal_spec(), Some(">8"));
    assert_eq!(parse_format_template("").unwrap(), []);
}

#[test]
fn template_errors() {
    for (t, msg) in [
        ("{", "unmatched '{' in format"),
        ("a{0", "unmatched '{' in format"),
        ("{0:", "unmatched '{' in format"),
        ("{0:{}", "unmatched '{' in format"),
        ("{0[a]", "unmatched '{' in format"),
        ("}", "single '}' encountered in format string"),
        ("{0:}}", "single '}' encountered in format string"),
        ("{0!x}", "unknown conversion specifier x"),
        ("{0!}", "unknown conversion specifier }"),
        ("{0!", "unmatched '{' in format"),
        ("{0!r", "unmatched '{' in format"),
        ("{0!rr}", "expected ':' after format specifier"),
        ("{0!r }", "expected ':' after format specifier"),
        ("{0.}", "Empty attribute in format string"),
        ("{0..a}", "Empty attribute in format string"),
        ("{0[]}", "Empty attribute in format string"),
        (
            "{0[a]b}",
            "Only '.' or '[' may follow ']' in format field specifier",
        ),
        ("{0{}", "unexpected '{' in field name"),
        (
            "{99999999999999999999999}",
            "Too many decimal digits in format string",
        ),
        (
            "{0[99999999999999999999999]}",
            "Too many decimal digits in format string",
        ),
        ("{0:{1:{2}}}", "Max string recursion exceeded"),
    ] {
        assert_eq!(err_msg(parse_format_template(t)), msg, "{t:?}");
    }
    // One level of nesting is fine, and a nested spec may itself be literal.
    assert!(parse_format_template("{0:{1:>}}").is_ok());
}

#[test]
fn auto_numbering() {
    let mut p = parse_format_template("{}{:{}}{a}{}").unwrap();
    assert_eq!(number_fields(&mut p).unwrap(), 4);
    let TemplatePiece::Field(f) = &p[1] else {
        panic!()
    };
    assert_eq!(f.arg, FieldArg::Index(1));
    let TemplatePiece::Field(g) = &f.spec[0] else {
        panic!()
    };
    assert_eq!(g.arg, FieldArg::Index(2));
    let mut p = parse_format_template("{1}{0}{x}").unwrap();
    assert_eq!(number_fields(&mut p).unwrap(), 0);
    let mut p = parse_format_template("{0}{}").unwrap();
    assert_eq!(
        err_msg(number_fields(&mut p)),
        "can't switch from manual field specification to automatic field numbering"
    );
    let mut p = parse_format_template("{}{0}").unwrap();
    assert_eq!(
        err_msg(number_fields(&mut p)),
        "can't switch from automatic field numbering to manual field specification"
    );
    let mut p = parse_format_template("{:{0}}").unwrap();
    assert!(number_fields(&mut p).is_err());
}

#[test]
fn percent_pieces() {
    let p = parse_percent("a%%b%(k(x))-+ #012.3ld%*.*f%c%").unwrap_err();
    assert_eq!(p.msg, "incomplete format");
    let p = parse_percent("a%%b%(k(x))-+ #012.3ld%*.*f%.s").unwrap();
    assert_eq!(p.len(), 4);
    assert_eq!(p[0], PercentPiece::Literal("a%b".into()));
    let PercentPiece::Conv(c) = &p[1] else {
        panic!()
    };
    assert_eq!(c.key.as_deref(), Some("k(x)"));
    assert_eq!(
        c.flags,
        PercentFlags {
            left: true,
            plus: true,
            space: true,
            alt: true,
            zero: true
        }
    );
    assert_eq!(
        (c.width, c.precision, c.conv, c.index),
        (Some(Count::Num(12)), Some(Count::Num(3)), 'd', 21)
    );
    let PercentPiece::Conv(c) = &p[2] else {
        panic!()
    };
    assert!(c.star_width() && c.star_precision());
    let PercentPiece::Conv(c) = &p[3] else {
        panic!()
    };
    assert_eq!(c.precision, Some(Count::Num(0)));
    assert_eq!(parse_percent("").unwrap(), []);
    assert_eq!(
        parse_percent("100%%").unwrap(),
        [PercentPiece::Literal("100%".into())]
    );
}

#[test]
fn percent_bytes() {
    let p = parse_percent_bytes(b"\xff%5b|%d%%").unwrap();
    assert_eq!(p.len(), 5);
    assert_eq!(p[0], PercentPiece::Literal("\u{ff}".into()));
    let PercentPiece::Conv(c) = &p[1] else {
        panic!()
    };
    assert_eq!(percent_str("\u{e9}a", c).unwrap(), "   \u{e9}a");
    assert_eq!(p[4], PercentPiece::Literal("%".into()));
    assert_eq!(
        err_msg(parse_percent_bytes(b"ab%\xe9")),
        "unsupported format character '?' (0xe9) at index 3"
    );
    assert!(parse_percent("%b").is_err());
}

#[test]
fn percent_star() {
    let mut c = one_conv("%*.*f").unwrap();
    c.set_width(8).unwrap();
    c.set_precision(2).unwrap();
    assert_eq!(percent_float(1.23456, &c).unwrap(), "    1.23");
    let mut c = one_conv("%*d").unwrap();
    c.set_width(-5).unwrap();
    assert_eq!(percent_int(&BigInt::from(3), &c).unwrap(), "3    ");
    let mut c = one_conv("%.*f").unwrap();
    c.set_precision(-3).unwrap();
    assert_eq!(percent_float(1.5, &c).unwrap(), "2");
    let mut c = one_conv("%*s").unwrap();
    assert_eq!(err_msg(c.set_width(i64::MIN)), "width too big");
    assert_eq!(err_msg(c.set_precision(i64::MAX)), "precision too big");
    assert_eq!(percent_char('é', &c), "é");
}

#[test]
fn percent_errors() {
    for (t, msg) in [
        ("%z", "unsupported format character 'z' (0x7a) at index 1"),
        (
            "ab%-5é",
            "unsupported format character '?' (0xe9) at index 5",
        ),
        ("%", "incomplete format"),
        ("%-5", "incomplete format"),
        ("%(a", "incomplete format key"),
        ("%(a(b)s", "incomplete format key"),
        ("%99999999999999999999999d", "width too big"),
        ("%.99999999999999999999999d", "precision too big"),
    ] {
        assert_eq!(err_msg(parse_percent(t)), msg, "{t:?}");
    }
    // '%5%' is a conversion (it takes an argument, then is refused).
    let c = one_conv("%5%").unwrap();
    assert_eq!(c.conv, '%');
    assert_eq!(
        err_msg(percent_str("x", &c)),
        "unsupported format character '%' (0x25) at index 2"
    );
    let c = one_conv("%c").unwrap();
    let e = percent_int(&BigInt::from(-1), &c).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str()),
        (ErrorKind::OverflowError, "%c arg not in range(0x110000)")
    );
}

#[test]
fn spec_parsing() {
    let sp = parse_spec("é^+z#012_.3%").unwrap();
    assert_eq!(
        sp,
        FormatSpec {
            fill: Some('é'),
            align: Some(Align::Center),
            sign: Some(Sign::Plus),
            no_neg_zero: true,
            alternate: true,
            zero: true,
            width: 12,
            grouping: Some('_'),
            precision: Some(3),
            ty: Some('%'),
        }
    );
    assert_eq!(parse_spec("").unwrap(), FormatSpec::default());
    // A fill that is itself an align character.
    let sp = parse_spec("<<").unwrap();
    assert_eq!((sp.fill, sp.align), (Some('<'), Some(Align::Left)));
    for (s, msg) in [
        (",,", "invalid format specifier"),
        (",_", "invalid format specifier"),
        ("_,", "invalid format specifier"),
        ("dd", "invalid format specifier"),
        ("10.", "format specifier missing precision"),
        ("99999999999", "width too big"),
        ("1048577", "width too big"),
        (".99999999999", "precision too big"),
    ] {
        assert_eq!(err_msg(parse_spec(s)), msg, "{s:?}");
    }
    assert_eq!(parse_spec("1048576").unwrap().width, MAX_WIDTH);
}

#[test]
fn small_ints() {
    let sp = |s: &str| parse_spec(s).unwrap();
    assert_eq!(
        format_int(i64::MIN, &sp("#_x")).unwrap(),
        "-0x8000_0000_0000_0000"
    );
    assert_eq!(
        format_int(i64::MIN, &sp(",")).unwrap(),
        "-9,223,372,036,854,775,808"
    );
    assert_eq!(format_int(i64::MAX, &sp("b")).unwrap().len(), 63);
    assert_eq!(
        format_int(-1, &sp("c")).unwrap_err().kind,
        ErrorKind::OverflowError
    );
    assert_eq!(format_int(0x1F600, &sp("c")).unwrap(), "😀");
    assert_eq!(
        format_int(0xD800, &sp("c")).unwrap_err().kind,
        ErrorKind::ValueError
    );
    assert_eq!(format_int(1 << 53, &sp(".1e")).unwrap(), "9.0e+15");
    let c = one_conv("%#o").unwrap();
    assert_eq!(percent_int(-8, &c).unwrap(), "-0o10");
}

#[test]
fn messages() {
    let int = BigInt::from(3);
    let e = |s: &str| err_msg(parse_spec(s).and_then(|sp| format_int(&int, &sp)));
    assert_eq!(e("s"), "unknown format code 's' for object of type 'int'");
    assert_eq!(
        e("+c"),
        "sign not allowed with integer format specifier 'c'"
    );
    assert_eq!(e(".3"), "Precision not allowed in integer format specifier");
    assert_eq!(e(",x"), "Cannot specify ',' with 'x'.");
    let e = |s: &str| err_msg(parse_spec(s).and_then(|sp| format_float(1.0, &sp)));
    assert_eq!(e("x"), "unknown format code 'x' for object of type 'float'");
    let e = |s: &str| err_msg(parse_spec(s).and_then(|sp| format_str("a", &sp)));
    assert_eq!(e("d"), "unknown format code 'd' for object of type 'str'");
    assert_eq!(e("+"), "sign not allowed in string format specifier");
    assert_eq!(
        e("="),
        "'=' alignment not allowed in string format specifier"
    );
    let big: BigInt = BigInt::from(10).pow(400);
    let err = format_int(&big, &parse_spec("e").unwrap()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::OverflowError);
}

#[test]
fn wide_and_long() {
    // Width counts characters, not bytes.
    assert_eq!(
        format_str("日本", &parse_spec("é^6").unwrap()).unwrap(),
        "éé日本éé"
    );
    let s = format_int(&BigInt::from(1), &parse_spec("1048576").unwrap()).unwrap();
    assert_eq!(s.len(), MAX_WIDTH);
    let s = format_float(0.1, &parse_spec(".1048576f").unwrap()).unwrap();
    assert_eq!(s.len(), MAX_WIDTH + 2);
    assert!(s.starts_with("0.1000000000000000055511151231257827"));
    assert!(s.ends_with("0000"));
    let s = format_float(5e-324, &parse_spec(".100000e").unwrap()).unwrap();
    assert!(s.starts_with("4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625"));
    assert!(s.ends_with("0000e-324"));
}

/// Random specs and templates: every input gives `Ok` or `Err`, never a panic.
#[test]
fn fuzz_no_panic() {
    const ALPHABET: &[char] = &[
        '{',
        '}',
        '[',
        ']',
        '.',
        '!',
        ':',
        '%',
        '(',
        ')',
        '*',
        '-',
        '+',
        ' ',
        '#',
        '0',
        '1',
        '9',
        ',',
        '_',
        '<',
        '>',
        '^',
        '=',
        'z',
        'r',
        's',
        'a',
        'c',
        'd',
        'x',
        'X',
        'o',
        'b',
        'e',
        'f',
        'g',
        'G',
        'n',
        'h',
        'l',
        'é',
        '日',
        'q',
        '\0',
        '\u{ff}',
        '𝄞',
        '\u{10ffff}',
        '\n',
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let ints = [
        BigInt::from(0),
        BigInt::from(-77),
        BigInt::from(10).pow(30),
        BigInt::from(65),
    ];
    let smalls = [0, -77, i64::MIN, i64::MAX, 65];
    let floats = [
        0.0,
        -0.0,
        1.5,
        -1e300,
        5e-324,
        f64::NAN,
        f64::INFINITY,
        123456.789,
    ];
    let rounds = std::env::var("FMT_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000);
    for _ in 0..rounds {
        let len = (next() % 16) as usize;
        let s: String = (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect();
        if let Ok(sp) = parse_spec(&s) {
            for i in &ints {
                let _ = format_int(i, &sp);
            }
            for i in smalls {
                let _ = format_int(i, &sp);
            }
            for &f in &floats {
                let _ = format_float(f, &sp);
            }
            let _ = format_str("héllo", &sp);
        }
        if let Ok(mut p) = parse_format_template(&s) {
            let _ = number_fields(&mut p);
        }
        if let Ok(pieces) = parse_percent(&s) {
            for piece in pieces {
                if let PercentPiece::Conv(mut c) = piece {
                    let _ = c.set_width((next() % 200) as i64 - 100);
                    let _ = c.set_precision((next() % 40) as i64 - 5);
                    for i in &ints {
                        let _ = percent_int(i, &c);
                    }
                    for i in smalls {
                        let _ = percent_int(i, &c);
                    }
                    for &f in &floats {
                        let _ = percent_float(f, &c);
                    }
                    let _ = percent_str("héllo", &c);
                    let _ = percent_char('x', &c);
                }
            }
        }
    }
}
