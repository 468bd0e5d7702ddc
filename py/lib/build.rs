//! Shrinks the frozen Python modules (`src/modules_frozen/*.py`) for embedding: comment
//! lines become empty, trailing spaces go, and each level of four-space indentation becomes
//! one space. Line numbers stay as in the source, so tracebacks point at the right lines.
//! A line whose indentation is not a multiple of four (a continuation inside brackets) keeps
//! it. The modules hold no multi-line strings, whose text this would change; `shrink`
//! refuses any that does.
//!
//! The shrunk text is then compressed ([`compress`]; `frozen.rs` has the format and the
//! decoder): 10.3 KB of text is embedded as 5.1 KB.

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

/// The longest match a token can copy, and the shortest worth one.
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = MIN_MATCH + 63;

/// Compresses `data` into the token stream `frozen.rs` decodes: greedy longest matches,
/// each taken only when its token is shorter than the bytes it copies.
fn compress(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut literals: Vec<u8> = Vec::new();
    let flush = |out: &mut Vec<u8>, literals: &mut Vec<u8>| {
        for chunk in literals.chunks(128) {
            out.push((chunk.len() - 1) as u8);
            out.extend_from_slice(chunk);
        }
        literals.clear();
    };
    let mut i = 0;
    while i < data.len() {
        // (length, distance, bytes saved)
        let mut best = (0, 0, 0);
        for start in i.saturating_sub(u16::MAX as usize)..i {
            let len = data[i..]
                .iter()
                .zip(&data[start..])
                .take(MAX_MATCH)
                .take_while(|(a, b)| a == b)
                .count();
            let distance = i - start;
            let cost = if distance < 256 { 2 } else { 3 };
            if len >= MIN_MATCH && len > cost && len - cost > best.2 {
                best = (len, distance, len - cost);
            }
        }
        let (len, distance, saved) = best;
        if saved == 0 {
            literals.push(data[i]);
            i += 1;
            continue;
        }
        flush(&mut out, &mut literals);
        let code = (len - MIN_MATCH) as u8;
        if distance < 256 {
            out.extend_from_slice(&[0x80 | code, distance as u8]);
        } else {
            out.extend_from_slice(&[0xC0 | code, distance as u8, (distance >> 8) as u8]);
        }
        i += len;
    }
    flush(&mut out, &mut literals);
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
        let packed = compress(shrink(name, &src).as_bytes());
        let file = Path::new(&out_dir).join(name.replace(".py", ".lz"));
        fs::write(file, packed).expect("write to OUT_DIR");
    }
}
