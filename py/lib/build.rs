//! Shrinks the frozen Python modules (`src/modules_frozen/*.py`) for embedding: comment
//! lines become empty, trailing spaces go, and each level of four-space indentation becomes
//! one space. Line numbers stay as in the source, so tracebacks point at the right lines.
//! A line whose indentation is not a multiple of four (a continuation inside brackets) keeps
//! it. The modules hold no multi-line strings, whose text this would change; `shrink`
//! refuses any that does.

use std::{env, fs, path::Path};

fn shrink(name: &str, src: &str) -> String {
    assert!(
        !src.contains("\"\"\"") && !src.contains("'''"),
        "{name}: multi-line strings would be changed by re-indenting"
    );
    let mut out = String::with_capacity(src.len());
    for line in src.lines() {
        let text = line.trim_end();
        let body = text.trim_start_matches(' ');
        let indent = text.len() - body.len();
        if !body.starts_with('#') {
            let pad = if indent % 4 == 0 { indent / 4 } else { indent };
            out.extend(core::iter::repeat_n(' ', pad));
            out.push_str(body);
        }
        out.push('\n');
    }
    out
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let dir = "src/modules_frozen";
    println!("cargo:rerun-if-changed={dir}");
    for entry in fs::read_dir(dir).expect("the frozen modules' directory") {
        let path = entry.expect("a directory entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !name.ends_with(".py") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let src = fs::read_to_string(&path).expect("frozen module source");
        fs::write(Path::new(&out_dir).join(name), shrink(name, &src)).expect("write to OUT_DIR");
    }
}
