//! Parser against CPython: every `tests/corpus/*.py` is parsed by our parser and the AST
//! compared with CPython's (`NAME.ast.json`); then the whole pipeline (`compile`) is compared
//! with upstream `mpy-cross` output (`NAME.mpy`).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use ferrite_compiler::{compile, parser::parse, Mode};

fn corpus() -> Vec<PathBuf> {
    corpus_in("tests/corpus")
}

/// `NAME.py` files of a fixture directory (relative to the crate).
fn corpus_in(sub: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(sub);
    let mut v: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    v
}

#[test]
fn corpus_ast_matches_cpython() {
    let mut failures = Vec::new();
    // The emitter's corpus plus parser-specific snippets (escapes, f-strings, numbers,
    // indentation, CRLF, every statement form) and a few generated programs
    // (`tests/tools/gen_random_py.py`).
    let mut files = corpus();
    files.extend(corpus_in("tests/parser_corpus"));
    for py in &files {
        let stem = py.file_stem().unwrap().to_str().unwrap().to_string();
        let src = fs::read_to_string(py).unwrap();
        let json = fs::read_to_string(py.with_extension("ast.json")).unwrap();
        let expected = common::pyast::module(&json);
        match parse(&src, Mode::File) {
            Err(e) => failures.push(format!("{stem}: parse error {e:?}")),
            Ok(ours) => {
                if ours != expected {
                    // Report the first differing statement.
                    let mut msg = format!("{stem}: AST differs");
                    for (a, b) in ours.body.iter().zip(expected.body.iter()) {
                        if a != b {
                            msg = format!(
                                "{stem}: AST differs at line {}:\nours {a:?}\ncpy  {b:?}",
                                b.line
                            );
                            break;
                        }
                    }
                    failures.push(msg);
                }
            }
        }
    }
    println!(
        "{} of {} corpus files parse to CPython's AST",
        files.len() - failures.len(),
        files.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn corpus_compiles_like_mpy_cross() {
    let files = corpus();
    let mut identical = 0;
    let mut different = Vec::new();
    for py in &files {
        let stem = py.file_stem().unwrap().to_str().unwrap().to_string();
        let src = fs::read_to_string(py).unwrap();
        let expected = fs::read(py.with_extension("mpy")).unwrap();
        let name = py.file_name().unwrap().to_str().unwrap();
        match compile(&src, name, Mode::File) {
            Ok(m) if m.to_mpy() == expected => identical += 1,
            Ok(_) => different.push(stem),
            Err(e) => different.push(format!("{stem} ({e:?})")),
        }
    }
    println!(
        "{identical} of {} corpus files byte-identical with mpy-cross; differ: {different:?}",
        files.len()
    );
    // `paren_tuple_assign` differs by design (see tests/snapshot.rs).
    assert!(
        different.iter().all(|d| d == "paren_tuple_assign"),
        "{different:?}"
    );
}

/// Ad-hoc differential run over a directory of `NAME.py` + `NAME.ast.json` (from
/// `tests/tools/pyast_json.py`): `EXT_AST=dir cargo test --test parse_corpus -- --ignored`.
#[test]
#[ignore]
fn external_ast_report() {
    let Ok(dir) = std::env::var("EXT_AST") else {
        return;
    };
    let mut v: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    let (mut same, mut total) = (0, 0);
    for py in &v {
        let Ok(json) = fs::read_to_string(py.with_extension("ast.json")) else {
            continue;
        };
        total += 1;
        let src = fs::read_to_string(py).unwrap();
        let expected = common::pyast::module(&json);
        match parse(&src, Mode::File) {
            Err(e) => println!("{}: parse error {e:?}", py.display()),
            Ok(ours) if ours == expected => same += 1,
            Ok(ours) => {
                let mut msg = format!("{}: differs", py.display());
                for (a, b) in ours.body.iter().zip(expected.body.iter()) {
                    if a != b {
                        let (sa, sb) = (format!("{a:?}"), format!("{b:?}"));
                        let k = sa
                            .bytes()
                            .zip(sb.bytes())
                            .take_while(|(x, y)| x == y)
                            .count();
                        let cut = |s: &str, i: usize| {
                            let mut i = i.min(s.len());
                            while !s.is_char_boundary(i) {
                                i -= 1;
                            }
                            i
                        };
                        let lo = cut(&sa, k.saturating_sub(250));
                        msg = format!(
                            "{}: differs in stmt at line {}:\nours …{}\ncpy  …{}",
                            py.display(),
                            b.line,
                            &sa[lo..cut(&sa, k + 80)],
                            &sb[lo..cut(&sb, k + 80)]
                        );
                        break;
                    }
                }
                println!("{msg}");
            }
        }
    }
    println!("{same} of {total} files parse to CPython's AST");
}

/// Ad-hoc whole-pipeline comparison over a directory of `NAME.py` + `NAME.mpy` (from
/// `mpy-cross -s NAME.py`): `EXT_MPY=dir cargo test --test parse_corpus -- --ignored`.
/// Also reports how many differ only because the emitter differs (same result from
/// CPython's AST in `NAME.ast.json`, when present).
#[test]
#[ignore]
fn external_mpy_report() {
    let Ok(dir) = std::env::var("EXT_MPY") else {
        return;
    };
    let mut v: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    let (mut same, mut total, mut emitter_too) = (0, 0, 0);
    for py in &v {
        let Ok(expected) = fs::read(py.with_extension("mpy")) else {
            continue;
        };
        total += 1;
        let src = fs::read_to_string(py).unwrap();
        let name = py.file_name().unwrap().to_str().unwrap();
        match compile(&src, name, Mode::File) {
            Ok(m) if m.to_mpy() == expected => same += 1,
            Ok(m) => {
                let via_json = fs::read_to_string(py.with_extension("ast.json"))
                    .ok()
                    .and_then(|j| {
                        ferrite_compiler::compile_ast(&common::pyast::module(&j), name, Mode::File)
                            .ok()
                    });
                if via_json.is_some_and(|j| j.to_mpy() == m.to_mpy()) {
                    emitter_too += 1;
                } else {
                    println!("{}: differs", py.display());
                }
            }
            Err(e) => println!("{}: error {e:?}", py.display()),
        }
    }
    println!(
        "{same} of {total} byte-identical with mpy-cross; {emitter_too} more differ identically \
         when compiled from CPython's AST (emitter differences)"
    );
}

fn root_code(m: &ferrite_bytecode::Module) -> Vec<u8> {
    let p = ferrite_bytecode::Prelude::decode(&m.root.fun_data).unwrap();
    p.code(&m.root.fun_data).to_vec()
}

#[test]
fn compile_from_source_in_every_mode() {
    let m = compile("x + 1", "<string>", Mode::Eval).unwrap();
    // LOAD_NAME x; LOAD_CONST_SMALL_INT 1; BINARY_OP ADD; RETURN_VALUE
    assert_eq!(root_code(&m), vec![0x11, 2, 0x81, 0xf2, 0x63]);
    let m = compile("5\nx = 1\n", "<stdin>", Mode::Single).unwrap();
    assert_eq!(
        root_code(&m),
        vec![0x11, 2, 0x85, 0x34, 1, 0x59, 0x81, 0x16, 3, 0x51, 0x63]
    );
    let e = compile("x = (", "<stdin>", Mode::File).unwrap_err();
    assert_eq!(e.msg, "invalid syntax");
}
