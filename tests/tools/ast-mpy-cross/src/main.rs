//! `ast-mpy-cross [-o OUT.mpy] [-s NAME] FILE.py`: compile with CPython's parser (through
//! `pyast_json.py`) and Ferrite's emitter. A test tool for the emitter, not a product.
#![forbid(unsafe_code)]

#[path = "../../../../py/compiler/tests/common/pyast.rs"]
#[allow(dead_code)]
mod pyast;

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut out, mut name, mut input) = (None, None, None);
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" => out = it.next(),
            "-s" => name = it.next(),
            _ => input = Some(a),
        }
    }
    let Some(input) = input else {
        eprintln!("usage: ast-mpy-cross [-o OUT.mpy] [-s NAME] FILE.py");
        return ExitCode::FAILURE;
    };
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../..");
    let dump = Command::new("python3")
        .arg(format!("{root}/py/compiler/tests/tools/pyast_json.py"))
        .arg(&input)
        .output();
    let json = match dump {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        Ok(o) => {
            eprint!("{}", String::from_utf8_lossy(&o.stderr));
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("cannot run python3: {e}");
            return ExitCode::FAILURE;
        }
    };
    let ast = pyast::module(&json);
    let name = name.unwrap_or_else(|| input.clone());
    let module = match ferrite_compiler::compile_ast(&ast, &name, ferrite_compiler::Mode::File) {
        Ok(m) => m,
        Err(e) => {
            eprintln!(
                "Traceback (most recent call last):\n  File \"{name}\", line {}\n{:?}: {}",
                e.line, e.kind, e.msg
            );
            return ExitCode::FAILURE;
        }
    };
    let out = out.unwrap_or_else(|| format!("{}.mpy", input.trim_end_matches(".py")));
    match std::fs::write(&out, module.to_mpy()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write {out}: {e}");
            ExitCode::FAILURE
        }
    }
}
