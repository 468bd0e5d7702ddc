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
