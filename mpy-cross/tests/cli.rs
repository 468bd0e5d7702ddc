//! The `mpy-cross` binary's command-line behaviour (what does not need the compiler).

use std::process::{Command, Output};

fn mpy_cross(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mpy-cross"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn version_line() {
    let o = mpy_cross(&["--version"]);
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Ferrite") && out.contains("mpy v6.3"), "{out}");
}

#[test]
fn no_input_is_a_usage_error() {
    let o = mpy_cross(&[]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with("no input file\nusage: mpy-cross"), "{err}");
}

#[test]
fn missing_file_as_upstream() {
    let o = mpy_cross(&["no/such/file.py"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "OSError: (2, \"can't open no/such/file.py\")\n"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn unknown_option() {
    let o = mpy_cross(&["-Z", "x.py"]);
    assert_eq!(o.status.code(), Some(1));
}
