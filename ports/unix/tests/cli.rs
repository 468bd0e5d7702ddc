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

#[test]
fn file_never_closed_has_its_data() {
    let dir = std::env::temp_dir().join(format!("ferrite-unclosed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("out.txt");
    // The file object is still referenced when the program ends with an error status: what
    // was written is in the file, as with MicroPython's unbuffered files.
    let script = format!(
        "f = open({:?}, 'w')\nf.write('kept')\nf.write(' in order')\nimport sys\nsys.exit(3)\n",
        path.to_str().expect("utf-8 path")
    );
    let o = Command::new(env!("CARGO_BIN_EXE_micropython"))
        .args(["-c", &script])
        .output()
        .expect("the binary runs");
    assert_eq!(o.status.code(), Some(3));
    let text = std::fs::read_to_string(&path).expect("the file exists");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(text, "kept in order");
}
