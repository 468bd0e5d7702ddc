//! Round trip over real upstream `.mpy` files (compiled by `tests/gen_fixtures.sh`): read,
//! verify, write back byte-identical, disassemble; and corrupt variants never panic.

use std::fs;
use std::path::PathBuf;

use ferrite_bytecode::{check_stack, disassemble, verify, Module};

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mpy"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(
        out.len() >= 30,
        "expected the committed fixtures, found {}",
        out.len()
    );
    out
}

/// Every line-table entry upstream wrote is what `encode_line_delta` writes for that entry's
/// (bytes, lines) step, so the emitter's tables can match byte for byte.
fn check_line_tables(name: &str, m: &Module) {
    use ferrite_bytecode::prelude::{encode_line_delta, line_entries, Prelude};
    let mut todo = vec![&m.root];
    while let Some(rc) = todo.pop() {
        todo.extend(rc.children.iter());
        let p = Prelude::decode(&rc.fun_data).unwrap();
        let table = p.line_table(&rc.fun_data);
        let mut again = Vec::new();
        for e in line_entries(table) {
            let (db, dl) = e.unwrap();
            encode_line_delta(&mut again, db, dl);
        }
        assert_eq!(again, table, "{name}: line table re-encodes differently");
    }
}

#[test]
fn round_trip_is_byte_identical() {
    for (name, bytes) in fixtures() {
        let m = Module::from_mpy(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        verify(&m).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_stack(&m).unwrap_or_else(|e| panic!("{name}: stack: {e}"));
        assert_eq!(m.to_mpy(), bytes, "{name}: written bytes differ");
        check_line_tables(&name, &m);
        let text = disassemble(&m);
        assert!(
            !text.contains("<error") && !text.contains("<bad"),
            "{name}:\n{text}"
        );
        assert!(
            text.contains("RETURN_VALUE") || text.contains("RAISE"),
            "{name}"
        );
    }
}

/// Every truncation of every fixture and many byte flips: errors are fine, panics are not.
#[test]
fn corrupt_files_never_panic() {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut accepted = 0usize;
    let mut check = |data: &[u8]| {
        if let Ok(m) = Module::from_mpy(data) {
            if verify(&m).is_ok() {
                accepted += 1;
                let _ = check_stack(&m);
            }
            let _ = disassemble(&m);
            let _ = m.to_mpy();
        }
    };
    for (_, bytes) in fixtures() {
        for n in 0..bytes.len() {
            check(&bytes[..n]);
        }
        for _ in 0..2000 {
            let mut b = bytes.clone();
            let flips = 1 + next() % 3;
            for _ in 0..flips {
                let i = (next() as usize) % b.len();
                b[i] = match next() % 4 {
                    0 => b[i] ^ (1 << (next() % 8)),
                    1 => next() as u8,
                    2 => 0xff,
                    _ => 0x80,
                };
            }
            check(&b);
        }
    }
    // Some flips land in strings or line tables and stay valid; that is expected.
    assert!(accepted > 0);
}

/// The same round trip over any directory of `.mpy` files (for example the whole test corpus
/// compiled with upstream mpy-cross): `FERRITE_MPY_CORPUS=dir cargo test -- --ignored`.
#[test]
#[ignore]
fn round_trip_corpus_from_env() {
    let Ok(dir) = std::env::var("FERRITE_MPY_CORPUS") else {
        eprintln!("FERRITE_MPY_CORPUS not set; nothing to do");
        return;
    };
    let mut n = 0;
    let mut failures = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_none_or(|e| e != "mpy") {
            continue;
        }
        n += 1;
        let bytes = fs::read(&p).unwrap();
        let name = p.display().to_string();
        match Module::from_mpy(&bytes) {
            Err(e) => failures.push(format!("{name}: read: {e}")),
            Ok(m) => {
                if let Err(e) = verify(&m) {
                    failures.push(format!("{name}: verify: {e}"));
                } else if let Err(e) = check_stack(&m) {
                    failures.push(format!("{name}: stack: {e}"));
                }
                if m.to_mpy() != bytes {
                    failures.push(format!("{name}: written bytes differ"));
                }
                check_line_tables(&name, &m);
                let _ = disassemble(&m);
            }
        }
    }
    eprintln!("{n} files, {} failures", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Byte flips over a whole directory of `.mpy` files:
/// `FERRITE_MPY_CORPUS=dir cargo test -- --ignored`.
#[test]
#[ignore]
fn corrupt_corpus_from_env_never_panics() {
    let Ok(dir) = std::env::var("FERRITE_MPY_CORPUS") else {
        return;
    };
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for entry in fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_none_or(|e| e != "mpy") {
            continue;
        }
        let bytes = fs::read(&p).unwrap();
        for _ in 0..300 {
            let mut b = bytes.clone();
            let i = (next() as usize) % b.len();
            b[i] ^= 1 << (next() % 8);
            let cut = b.len() - (next() as usize) % 3.min(b.len());
            if let Ok(m) = Module::from_mpy(&b[..cut]) {
                let _ = verify(&m);
                let _ = check_stack(&m);
                let _ = disassemble(&m);
            }
        }
    }
}

/// Random opcode streams behind valid preludes: verify and disassemble must never panic, and
/// whatever verify accepts must decode to the end with in-range jumps.
#[test]
fn random_bytecode_never_panics() {
    use ferrite_bytecode::prelude::{encode_prelude, Prelude, Signature};
    use ferrite_bytecode::{decode_instruction, Const, RawCode};
    let mut seed: u64 = 0x1234_5678_9abc_def1;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut accepted = 0;
    for _ in 0..20000 {
        let sig = Signature {
            n_state: 1 + (next() % 20) as u32,
            n_exc_stack: (next() % 3) as u32,
            scope_flags: (next() % 16) as u8,
            n_pos_args: (next() % 3) as u32,
            n_kwonly_args: (next() % 2) as u32,
            n_def_pos_args: (next() % 2) as u32,
        };
        let n_args = (sig.n_pos_args + sig.n_kwonly_args) as usize;
        let names: Vec<u32> = (0..n_args).map(|_| (next() % 4) as u32).collect();
        let mut fun = Vec::new();
        encode_prelude(&mut fun, &sig, 1, &names, &[0x21], &[]);
        let len = 1 + next() % 24;
        for _ in 0..len {
            // Bias towards valid opcodes and small operands.
            let b = match next() % 4 {
                0 => 0x51,
                1 => 0x63,
                2 => (next() % 8) as u8,
                _ => next() as u8,
            };
            fun.push(b);
        }
        let child = RawCode {
            fun_data: vec![0x09, 0x04, 0x01, 0x02, 0x51, 0x63],
            children: vec![],
        };
        let m = Module {
            qstrs: vec!["t.py".into(), "<module>".into(), "x".into(), "y".into()],
            consts: vec![Const::None, Const::Float(1.0)],
            root: RawCode {
                fun_data: fun,
                children: vec![child],
            },
        };
        let _ = disassemble(&m);
        let _ = check_stack(&m);
        if verify(&m).is_ok() {
            accepted += 1;
            let p = Prelude::decode(&m.root.fun_data).unwrap();
            let code = p.code(&m.root.fun_data);
            let mut ip = 0;
            while ip < code.len() {
                let i = decode_instruction(code, ip).unwrap();
                if let Some(t) = i.jump_target() {
                    assert!(t < code.len());
                }
                ip += i.len;
            }
            assert_eq!(ip, code.len());
        }
    }
    assert!(accepted > 100, "only {accepted} accepted");
}
