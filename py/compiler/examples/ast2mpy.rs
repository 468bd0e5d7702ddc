//! Development tool until our parser lands: compiles a CPython AST dumped as JSON by
//! `tests/tools/pyast_json.py` with our emitter and writes the `.mpy`.
//!
//! ```text
//! python3 py/compiler/tests/tools/pyast_json.py prog.py > prog.ast.json
//! cargo run -p ferrite-compiler --example ast2mpy -- prog.ast.json prog.mpy [source-name]
//! ```

#[path = "../tests/common/pyast.rs"]
mod pyast;

use ferrite_compiler::{compile_ast, Mode};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: ast2mpy AST.json OUT.mpy [SOURCE_NAME]");
        std::process::exit(2);
    }
    let json = match std::fs::read_to_string(&args[1]) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("{}: {e}", args[1]);
            std::process::exit(1);
        }
    };
    let name = args.get(3).cloned().unwrap_or_else(|| {
        let p = std::path::Path::new(&args[1]);
        let stem = p.file_name().and_then(|s| s.to_str()).unwrap_or("prog");
        format!(
            "{}.py",
            stem.trim_end_matches(".json").trim_end_matches(".ast")
        )
    });
    let ast = pyast::module(&json);
    match compile_ast(&ast, &name, Mode::File) {
        Ok(m) => {
            if let Err(e) = std::fs::write(&args[2], m.to_mpy()) {
                eprintln!("{}: {e}", args[2]);
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("{:?}: {} (line {})", e.kind, e.msg, e.line);
            std::process::exit(1);
        }
    }
}
