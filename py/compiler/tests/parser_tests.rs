//! Parser unit tests: constructs CPython agrees on, error kinds/messages/lines, modes,
//! nesting bounds, and no panic on mangled input.

mod common;

use ferrite_compiler::ast::*;
use ferrite_compiler::parser::parse;
use ferrite_compiler::{ErrorKind, Mode};

fn ok(src: &str) -> ModuleAst {
    match parse(src, Mode::File) {
        Ok(m) => m,
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

fn err(src: &str) -> (ErrorKind, String, u32) {
    match parse(src, Mode::File) {
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
        Err(e) => (e.kind, e.msg, e.line),
    }
}

fn expr(src: &str) -> Expr {
    let m = parse(src, Mode::Eval).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    match &m.body[0].kind {
        StmtKind::Expr(e) => e.clone(),
        k => panic!("{k:?}"),
    }
}

/// Every snippet must parse; this covers the grammar breadth (their exact shape is checked
/// against CPython by `parse_corpus`).
#[test]
fn constructs_parse() {
    for src in [
        "x = 1\n",
        "a, *b = c\n",
        "[a, (b, *c)] = d\n",
        "a = b = c\n",
        "x += 1; y -= 2; z **= 3; w //= 4; v @= m; u >>= 1; t <<= 1; s |= 1; r ^= 1; q &= 1; p %= 2\n",
        "x: int\nx: int = 3\nself.a: str = 'q'\n",
        "del a, b[1], c.d\n",
        "assert x, 'msg'\n",
        "import a.b.c as d, e\nfrom . import x\nfrom ..m import (a, b as c,)\nfrom m import *\nfrom ... import z\n",
        "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
        "def f(*, a): pass\n",
        "def f(a: int = 1, *b: str, **c: float): pass\n",
        "async def f():\n    await g()\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n",
        "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x = 1\n",
        "@a.b\ndef f(): pass\n",
        "lambda: 0\nlambda x, *y, z=1, **w: x\n",
        "def g():\n    yield\n    yield 1, 2\n    x = yield from h()\n    y = yield\n",
        "def f():\n    global a, b\n    def h():\n        nonlocal c\n",
        "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "try:\n  pass\nfinally:\n  pass\n",
        "with a as b, c as (d, e), f:\n    pass\n",
        "while x:\n    break\nelse:\n    continue\n",
        "for i, j in x:\n    pass\nelse:\n    pass\n",
        "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
        "if a: pass\n",
        "x = a if b else c\n",
        "x = 1 < y <= 3 != z is not w not in v in u is q\n",
        "x = a[1:2, ::3, ...]\nb = a[:]\nc = a[1:]\nd = a[::]\n",
        "x = [i for i in y if i if not i for j in i]\n",
        "x = {k: v for k, v in d}\ns = {a for a in b}\ng = (a for a in b)\n",
        "x = {**a, 'b': 1, **c}\ns = {1, *a}\nl = [*a, *b]\n",
        "f(*a, *b, k=1, **c, **d)\nf(a for a in b)\nf(a=1, *b)\n",
        "if (n := len(a)) > 10: pass\n",
        "x = (yield)\n" ,
        "x = 0xff + 0o17 + 0b1010 + 1_000_000 + 0_0 + 1.5e-3 + 1. + .5 + 3j + 1E5J\n",
        "x = 123456789012345678901234567890 + 0xffffffffffffffffffffff\n",
        "s = 'a' \"b\" '''c''' \"\"\"d\ne\"\"\" r'\\n' R'x' u'x' U'y'\n",
        "b = b'a' rb'\\x' Br'q' bR'z'\n",
        "s = f'{x!r:>{w}.{p}} {{}} {y=} {z!s}' F\"q\" rf'{a}\\n' fR'x' Rf'' FR''\n",
        "s = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\0\\101\\x41\\u00e9\\U0001F600\\q'\n",
        "x = (1,\n  2)\ny = 1 + \\\n  2\n",
        "# comment\n\n   # indented comment\nx = 1  # trailing\n",
        "\u{e9}t\u{e9} = 1\n",
        "x = a.b.c(1)[2].d\n",
        "x = -a ** -b + ~c * +d @ e // f % g\n",
        "x = not a and b or c\n",
        "x = ...\n",
        "if x:\n\tpass\n",
        "class A: pass\n",
        "print(*a, **b, c=1)\n",
        "x = [\n  1,\n  2,\n]\n",
        "def f(a,): pass\n",
        "f(a,)\n",
    ] {
        ok(src);
    }
}

#[test]
fn shapes() {
    assert_eq!(expr("1").kind, ExprKind::Constant(Constant::Int(1)));
    assert_eq!(
        expr("99999999999999999999").kind,
        ExprKind::Constant(Constant::BigInt("99999999999999999999".into()))
    );
    assert_eq!(
        expr("0x10000000000000000").kind,
        ExprKind::Constant(Constant::BigInt("18446744073709551616".into()))
    );
    assert_eq!(
        expr("'a' 'b'").kind,
        ExprKind::Constant(Constant::Str("ab".into()))
    );
    assert_eq!(
        expr("b'\\x00\\n' b'z'").kind,
        ExprKind::Constant(Constant::Bytes(vec![0, 10, b'z']))
    );
    // f"{x=}": a literal `x=` then the value with no conversion.
    let ExprKind::JoinedStr(v) = expr("f'{x=}'").kind else {
        panic!()
    };
    assert_eq!(v[0].kind, ExprKind::Constant(Constant::Str("x=".into())));
    assert!(matches!(
        v[1].kind,
        ExprKind::FormattedValue {
            conversion: None,
            format_spec: None,
            ..
        }
    ));
    // Nested format spec.
    let ExprKind::JoinedStr(v) = expr("f'{x:{w}d}'").kind else {
        panic!()
    };
    let ExprKind::FormattedValue {
        format_spec: Some(spec),
        ..
    } = &v[0].kind
    else {
        panic!()
    };
    let ExprKind::JoinedStr(sv) = &spec.kind else {
        panic!()
    };
    assert_eq!(sv.len(), 2);
    // Chained comparison.
    let ExprKind::Compare { ops, .. } = expr("a < b < c").kind else {
        panic!()
    };
    assert_eq!(ops, vec![CmpOp::Lt, CmpOp::Lt]);
    // Lines: each expression at its first token; a multi-line call.
    let m = ok("x = (\n  a +\n  b)\n");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(value.line, 2);
    // Decorated def has the `def` line.
    let m = ok("@d\n\ndef f(): pass\n");
    assert_eq!(m.body[0].line, 3);
}

#[test]
fn modes() {
    let m = parse("  1 + 2\n\n", Mode::Eval).unwrap();
    assert_eq!(m.body.len(), 1);
    assert!(matches!(m.body[0].kind, StmtKind::Expr(_)));
    let e = parse("x = 1", Mode::Eval).unwrap_err();
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    assert_eq!(parse("1, 2", Mode::Eval).unwrap().body.len(), 1);
    let m = parse("if x:\n    y\n", Mode::Single).unwrap();
    assert!(matches!(m.body[0].kind, StmtKind::If { .. }));
    let m = parse("a = 1; b", Mode::Single).unwrap();
    assert_eq!(m.body.len(), 2);
    assert!(parse("", Mode::File).unwrap().body.is_empty());
    assert!(parse("", Mode::Eval).is_err());
}

#[test]
fn errors() {
    use ErrorKind::*;
    let cases: &[(&str, ErrorKind, &str, u32)] = &[
        ("x +\n", SyntaxError, "invalid syntax", 1),
        ("  x\n", IndentationError, "unexpected indent", 1),
        (
            "if 1:\n  x\n y\n",
            IndentationError,
            "unindent doesn't match any outer indent level",
            3,
        ),
        (
            "if 1:\npass\n",
            IndentationError,
            "expected an indented block",
            2,
        ),
        ("x = 1\n  y = 2\n", IndentationError, "unexpected indent", 2),
        ("f(**a, *b)\n", SyntaxError, "* arg after **", 1),
        (
            "f(a=1, b)\n",
            SyntaxError,
            "positional arg after keyword arg",
            1,
        ),
        ("f(**a, b)\n", SyntaxError, "positional arg after **", 1),
        ("1 = x\n", SyntaxError, "can't assign to expression", 1),
        ("f() = 1\n", SyntaxError, "can't assign to expression", 1),
        ("del f()\n", SyntaxError, "can't delete expression", 1),
        (
            "a, *b, *c = d\n",
            SyntaxError,
            "multiple *x in assignment",
            1,
        ),
        (
            "def f(a=1, b): pass\n",
            SyntaxError,
            "non-default argument follows default argument",
            1,
        ),
        ("b'a' 'b'\n", SyntaxError, "invalid syntax", 1),
        ("x = 'abc\n", SyntaxError, "invalid syntax", 1),
        ("\n\nx = '''abc\n", SyntaxError, "invalid syntax", 3),
        ("x = 1\ny = (\n", SyntaxError, "invalid syntax", 3),
        ("try:\n  pass\n", SyntaxError, "invalid syntax", 3),
        ("x = 09\n", SyntaxError, "invalid syntax", 1),
        ("x = 1__0\n", SyntaxError, "invalid syntax", 1),
        ("x = 0x\n", SyntaxError, "invalid syntax", 1),
        (
            "x = f'{}'\n",
            SyntaxError,
            "f-string: empty expression not allowed",
            1,
        ),
        ("x = f'{a'\n", SyntaxError, "f-string: expecting '}'", 1),
        (
            "x = f'}'\n",
            SyntaxError,
            "f-string: single '}' is not allowed",
            1,
        ),
        (
            "x = f'{a!q}'\n",
            SyntaxError,
            "f-string: invalid conversion character",
            1,
        ),
        (
            "x = '\\N{DASH}'\n",
            SyntaxError,
            "unicode name escapes are not supported",
            1,
        ),
        (
            "x = b'\u{e9}'\n",
            SyntaxError,
            "bytes can only contain ASCII literal characters",
            1,
        ),
        ("x = $\n", SyntaxError, "invalid syntax", 1),
        (
            "def f(*): pass\n",
            SyntaxError,
            "named arguments must follow bare *",
            1,
        ),
        ("x := 1\n", SyntaxError, "invalid syntax", 1),
        ("f(x for x in y, 1)\n", SyntaxError, "invalid syntax", 1),
        ("*a\n", SyntaxError, "can't use starred expression here", 1),
        ("class\n", SyntaxError, "invalid syntax", 1),
        (
            "x = *a\n",
            SyntaxError,
            "can't use starred expression here",
            1,
        ),
        (
            "*a = b\n",
            SyntaxError,
            "can't use starred expression here",
            1,
        ),
        (
            "for *a in b: pass\n",
            SyntaxError,
            "can't use starred expression here",
            1,
        ),
        (
            "return *a\n",
            SyntaxError,
            "can't use starred expression here",
            1,
        ),
        (
            "x = [*a for a in b]\n",
            SyntaxError,
            "iterable unpacking cannot be used in comprehension",
            1,
        ),
        (
            "x = {*a for a in b}\n",
            SyntaxError,
            "iterable unpacking cannot be used in comprehension",
            1,
        ),
        (
            "x = (*a for a in b)\n",
            SyntaxError,
            "iterable unpacking cannot be used in comprehension",
            1,
        ),
        ("with a as *b: pass\n", SyntaxError, "invalid syntax", 1),
        ("x = 1 \\ 2\n", SyntaxError, "invalid syntax", 1),
    ];
    for (src, kind, msg, line) in cases {
        let got = err(src);
        assert_eq!(got, (*kind, msg.to_string(), *line), "{src:?}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("-", ""),
        ("not ", ""),
        ("f(", ")"),
        ("a[", "]"),
        ("(yield ", ")"),
        ("[*", "]"),
        ("{**", "}"),
    ] {
        let src = format!("x = {}1{}\n", open.repeat(5000), close.repeat(5000));
        let e = parse(&src, Mode::File).unwrap_err();
        assert_eq!(e.kind, ErrorKind::SyntaxError);
    }
    let mut src = String::new();
    for i in 0..500 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(500));
    src.push_str("pass\n");
    assert!(parse(&src, Mode::File).is_err());
    let src = format!("x = {}1\n", "a if b else ".repeat(5000));
    assert!(parse(&src, Mode::File).is_err());
    let src = format!("x = {}1\n", "lambda: ".repeat(5000));
    assert!(parse(&src, Mode::File).is_err());
    let src = format!("x = 1{}\n", " ** 1".repeat(5000));
    assert!(parse(&src, Mode::File).is_err());
    let src = format!("x = f'{}'\n", "{f'".repeat(50));
    assert!(parse(&src, Mode::File).is_err());
    // A long `elif` chain is not nesting.
    let mut src = String::from("if a:\n    pass\n");
    for _ in 0..1000 {
        src.push_str("elif b:\n    pass\n");
    }
    ok(&src);
    // Nesting up to the bound is fine, in every form.
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("f(", ")"),
        ("a[", "]"),
        ("-", ""),
        ("not ", ""),
    ] {
        let src = format!("x = {}1{}\n", open.repeat(190), close.repeat(190));
        ok(&src);
    }
    let src = format!("x = {}1\n", "lambda: ".repeat(190));
    ok(&src);
    let src = format!("x = {}\n", "(1, ".repeat(190) + "1" + &")".repeat(190));
    ok(&src);
}

/// Tiny deterministic PRNG (xorshift) for the no-panic test.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn no_panic_on_mangled_input() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut sources: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    sources.sort();
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "'''", "f'{", "}", "\\",
        "*", "**", "=", ":=", ",", "lambda", "yield", "async", "await", "def", "class", "if",
        "else", "for", "in", "not", "is", "0x", "1e", "_", ".", "...", "@", "#", "\u{e9}", "\0",
        "\r", "b'", "rb'", "\\N{", "\\x", "\\u12",
    ];
    // `FUZZ_SEED=n` varies the run (longer campaigns: loop over seeds).
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0x9e37_79b9_7f4a_7c15);
    let mut rng = Rng(seed | 1);
    for src in &sources {
        let chars: Vec<char> = src.chars().collect();
        // Truncations.
        for k in (0..chars.len()).step_by(7.max(chars.len() / 60)) {
            let s: String = chars[..k].iter().collect();
            for mode in [Mode::File, Mode::Single, Mode::Eval] {
                let _ = parse(&s, mode);
            }
        }
        // Mutations: delete, duplicate, or insert a token-ish piece.
        for _ in 0..60 {
            let mut s: Vec<char> = chars.clone();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(s.len() + 1);
                match rng.below(3) {
                    0 if at < s.len() => {
                        let len = 1 + rng.below(5);
                        s.drain(at..(at + len).min(s.len()));
                    }
                    1 if at < s.len() => {
                        let c = s[at];
                        s.insert(at, c);
                    }
                    _ => {
                        let p = pieces[rng.below(pieces.len())];
                        for (i, c) in p.chars().enumerate() {
                            s.insert(at + i, c);
                        }
                    }
                }
            }
            let s: String = s.into_iter().collect();
            // The whole pipeline: whatever the parser accepts, the emitter must not panic on.
            let _ = ferrite_compiler::compile(&s, "m.py", Mode::File);
        }
    }
    // Random bytes (lossily decoded) and random piece soup.
    for _ in 0..3000 {
        let len = rng.below(80);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = parse(&String::from_utf8_lossy(&bytes), Mode::File);
        let s: String = (0..rng.below(30))
            .map(|_| pieces[rng.below(pieces.len())])
            .collect();
        let _ = parse(&s, Mode::File);
        let _ = parse(&s, Mode::Eval);
    }
}

/// Prints our error for each case of a file whose cases are separated by `----` lines:
/// `EXT_ERR=file cargo test --test parser_tests -- --ignored --nocapture`.
#[test]
#[ignore]
fn external_error_report() {
    let Ok(f) = std::env::var("EXT_ERR") else {
        return;
    };
    let text = std::fs::read_to_string(f).unwrap();
    for case in text.split("----\n") {
        match parse(case, Mode::File) {
            Ok(_) => println!("OK"),
            Err(e) => println!("{:?}: {} line {}", e.kind, e.msg, e.line),
        }
    }
}
