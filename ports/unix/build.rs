//! Records the build date (UTC, or `SOURCE_DATE_EPOCH` for reproducible builds) and the
//! target's OS and architecture for the banner, and tells the linker how to lay out the
//! `micropython` binary (see [`link_lean`] and [`fold_identical_code`]).
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    println!("cargo:rustc-env=FERRITE_BUILD_DATE={y:04}-{m:02}-{d:02}");
    // The banner names the target's OS and architecture.
    for (var, name) in [
        ("CARGO_CFG_TARGET_OS", "FERRITE_TARGET_OS"),
        ("CARGO_CFG_TARGET_ARCH", "FERRITE_TARGET_ARCH"),
    ] {
        let value = std::env::var(var).unwrap_or_default();
        println!("cargo:rustc-env={name}={value}");
    }
    link_lean();
}

/// The binary is built with `panic = "abort"` and without `std`: nothing in it unwinds, so
/// it carries no unwind tables (`.eh_frame` and its index were 89 KB, an eighth of the
/// file), and it is linked at a fixed address (no position-independent executable: the
/// dynamic relocations of every pointer in read-only data were another 48 KB). Both are
/// link options of the release binary alone (cargo also applies them to the binary's unit
/// tests, so debug builds, where tests normally run, keep their tables: a failing
/// assertion unwinds and is reported as usual).
fn link_lean() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let profile = std::env::var("PROFILE").unwrap_or_default();
    if os != "linux" || env != "gnu" || profile != "release" {
        return;
    }
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    let script = std::path::Path::new(&out).join("no-unwind-tables.ld");
    // Placed after `.text` in the linker's own script, so it claims the input sections
    // before the default `.eh_frame` rule does.
    let text = "SECTIONS { /DISCARD/ : { *(.eh_frame) *(.eh_frame_hdr) } } INSERT AFTER .text;\n";
    if std::fs::write(&script, text).is_err() {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    println!("cargo:rustc-link-arg-bins=-Wl,--no-eh-frame-hdr");
    println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
    fold_identical_code();
}

/// Links with the toolchain's own LLD (what rustc uses by default on this target since 1.90)
/// and has it fold functions and read-only data of identical content into one copy
/// (`--icf=all`, 3.7 KB of the binary). Safe here because nothing compares the addresses of
/// functions or constants: natives are numbered, not named by their function pointer, and
/// strings are compared by content. Skipped (the binary is only larger) when the toolchain
/// carries no `rust-lld`.
fn fold_identical_code() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| String::from("rustc"));
    let target = std::env::var("TARGET").unwrap_or_default();
    let Ok(out) = std::process::Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
    else {
        return;
    };
    let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let dir = std::path::Path::new(&sysroot)
        .join("lib/rustlib")
        .join(target)
        .join("bin/gcc-ld");
    if !dir.join("ld.lld").exists() {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-B{}", dir.display());
    println!("cargo:rustc-link-arg-bins=-fuse-ld=lld");
    println!("cargo:rustc-link-arg-bins=-Wl,--icf=all");
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
