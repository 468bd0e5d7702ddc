//! The `micropython` binary's command-line errors (what does not need the interpreter).

use std::process::Command;

#[test]
fn bad_option_prints_usage() {
    let o = Command::new(env!("CARGO_BIN_EXE_micropython"))
        .args(["-Q"])
        .output()
        .expect("the binary runs");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with("unknown option -Q\nusage: "), "{err}");
}

#[test]
fn bad_heap_size() {
    let o = Command::new(env!("CARGO_BIN_EXE_micropython"))
        .args(["-X", "heapsize=lots", "-c", "1"])
        .output()
        .expect("the binary runs");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("invalid heap size: lots\n"));
}

/// Runs `script` (given the path of a file in a fresh directory, as a Python literal) with
/// `shell_prefix` before the binary (e.g. a `ulimit`); the output and the file's text.
fn run_with_file(
    tag: &str,
    shell_prefix: &str,
    script: &dyn Fn(&str) -> String,
) -> (std::process::Output, String) {
    let dir = std::env::temp_dir().join(format!("ferrite-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("out.txt");
    let literal = format!("{:?}", path.to_str().expect("utf-8 path"));
    let o = Command::new("sh")
        .args([
            "-c",
            &format!("{shell_prefix} exec \"$0\" -X heapsize=64m -c \"$1\""),
        ])
        .arg(env!("CARGO_BIN_EXE_micropython"))
        .arg(script(&literal))
        .output()
        .expect("the shell runs");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    (o, text)
}

#[test]
fn file_never_closed_has_its_data() {
    // The file object is still referenced when the program ends with an error status: what
    // was written is in the file, as with MicroPython's unbuffered files.
    let (o, text) = run_with_file("unclosed", "", &|p| {
        format!(
            "f = open({p}, 'w')\nf.write('kept')\nf.write(' in order')\nimport sys\nsys.exit(3)\n"
        )
    });
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(text, "kept in order");
}

#[test]
fn files_never_closed_do_not_exhaust_descriptors() {
    // 300 files opened and dropped under a limit of 64 descriptors, with a heap too big for
    // a collection to come by itself: opening collects the dead file objects' descriptors.
    let (o, text) = run_with_file("emfile", "ulimit -n 64 &&", &|p| {
        format!(
            "for i in range(300):\n    f = open({p}, 'w')\n    f.write(str(i))\nprint('done')\n"
        )
    });
    assert_eq!(String::from_utf8_lossy(&o.stdout), "done\n", "{o:?}");
    assert_eq!(text, "299");
}
