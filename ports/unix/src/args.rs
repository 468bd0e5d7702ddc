//! The command line of the `micropython` binary, parsed into a [`Config`].
//!
//! Shape as MicroPython's unix port: options first, then the script (or `-c CMD`, `-m MOD`,
//! `-`) whose following arguments become `sys.argv[1:]`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Heap size when no `-X heapsize=` is given: MicroPython's unix port uses 1M words' worth
/// on a 32-bit build and scales with the word size (2 MiB on a 64-bit host).
pub const DEFAULT_HEAP_SIZE: usize = 1024 * 1024 * (core::mem::size_of::<usize>() / 4);

/// The smallest heap we accept: below this not even the interpreter's own start-up fits.
pub const MIN_HEAP_SIZE: usize = 16 * 1024;

/// What to run.
#[derive(Debug, PartialEq, Eq, Clone)]
pub enum Action {
    /// A script file.
    Script(String),
    /// `-c CMD`.
    Command(String),
    /// `-m MODULE`.
    Module(String),
    /// `-`, or nothing given while stdin is not a terminal: the script is read from stdin.
    Stdin,
    /// Nothing given: the REPL (or stdin as a script when it is not a terminal).
    Nothing,
}

/// The parsed command line.
#[derive(Debug, PartialEq, Eq, Clone)]
pub struct Config {
    pub action: Action,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `-X heapsize=`.
    pub heap_size: usize,
    /// `-X gc-stress`: collect at every allocation.
    pub gc_stress: bool,
    /// `-i`: enter the REPL after running the script.
    pub inspect: bool,
    /// `-v` (repeatable).
    pub verbose: u32,
}

/// A bad command line: the message to print before the usage text.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

pub fn usage(prog: &str) -> String {
    format!(
        "usage: {prog} [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]\n\
         Options:\n\
         -h : print this help message\n\
         -i : inspect interactively after running script\n\
         -v : verbose (trace various operations); can be multiple\n\
         -c <command> : run the command\n\
         -m <module> : run the module as a script\n\
         \n\
         Implementation specific options (-X):\n\
         \x20 emit=bytecode -- set the default code emitter (bytecode is the only one)\n\
         \x20 heapsize=<n>[w][k|m] -- set the heap size for the GC (default {DEFAULT_HEAP_SIZE})\n\
         \x20 gc-stress -- run a garbage collection at every allocation\n\
         \n\
         Environment: MICROPYPATH, a colon-separated list of directories to import from.\n"
    )
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Config, UsageError> {
    let mut cfg = Config {
        action: Action::Nothing,
        argv: Vec::new(),
        heap_size: DEFAULT_HEAP_SIZE,
        gc_stress: false,
        inspect: false,
        verbose: 0,
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut value = |name: &str| -> Result<String, UsageError> {
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| UsageError(format!("option {name} needs an argument")))
        };
        match a {
            "-c" => {
                cfg.action = Action::Command(value("-c")?);
                i += 1;
                // sys.argv for -c: as CPython does, '-c' then the rest.
                cfg.argv.push("-c".into());
                cfg.argv.extend(args[i..].iter().cloned());
                return Ok(cfg);
            }
            "-m" => {
                let m = value("-m")?;
                i += 1;
                cfg.argv.push(m.clone());
                cfg.argv.extend(args[i..].iter().cloned());
                cfg.action = Action::Module(m);
                return Ok(cfg);
            }
            "-X" => {
                let x = value("-X")?;
                apply_impl_option(&mut cfg, &x)?;
            }
            "-i" => cfg.inspect = true,
            "-v" => cfg.verbose += 1,
            "-O" | "-OO" | "-OOO" => {}
            "-" => {
                cfg.action = Action::Stdin;
                cfg.argv.push(String::new());
                cfg.argv.extend(args[i + 1..].iter().cloned());
                return Ok(cfg);
            }
            "-h" | "--help" => return Err(UsageError(String::new())),
            _ if a.starts_with("-X") && a.len() > 2 => apply_impl_option(&mut cfg, &a[2..])?,
            _ if a.starts_with('-') => {
                return Err(UsageError(format!("unknown option {a}")));
            }
            _ => {
                cfg.action = Action::Script(a.into());
                cfg.argv.extend(args[i..].iter().cloned());
                return Ok(cfg);
            }
        }
        i += 1;
    }
    Ok(cfg)
}

fn apply_impl_option(cfg: &mut Config, opt: &str) -> Result<(), UsageError> {
    if let Some(v) = opt.strip_prefix("heapsize=") {
        cfg.heap_size =
            parse_heap_size(v).ok_or_else(|| UsageError(format!("invalid heap size: {v}")))?;
        Ok(())
    } else if opt == "emit=bytecode" {
        Ok(())
    } else if opt == "gc-stress" {
        cfg.gc_stress = true;
        Ok(())
    } else if opt.starts_with("emit=") {
        Err(UsageError(format!(
            "unsupported emitter: {opt} (Ferrite has bytecode only)"
        )))
    } else {
        Err(UsageError(format!("unknown -X option: {opt}")))
    }
}

/// `N`, `Nk`, `Nm` (bytes, KiB, MiB), with an optional `w` before the unit meaning words.
pub fn parse_heap_size(v: &str) -> Option<usize> {
    let (num, mut mult) = match v.as_bytes().last()? {
        b'k' | b'K' => (&v[..v.len() - 1], 1024usize),
        b'm' | b'M' => (&v[..v.len() - 1], 1024 * 1024),
        _ => (v, 1),
    };
    let num = match num.strip_suffix('w') {
        Some(n) => {
            mult = mult.checked_mul(core::mem::size_of::<usize>())?;
            n
        }
        None => num,
    };
    if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let size = num.parse::<usize>().ok()?.checked_mul(mult)?;
    (size >= MIN_HEAP_SIZE).then_some(size)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(list: &[&str]) -> Result<Config, UsageError> {
        parse(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn script_and_argv() {
        let c = p(&["-X", "heapsize=64k", "s.py", "a", "-b"]).unwrap();
        assert_eq!(c.action, Action::Script("s.py".into()));
        assert_eq!(c.argv, vec!["s.py", "a", "-b"]);
        assert_eq!(c.heap_size, 64 * 1024);
    }

    #[test]
    fn command_and_module() {
        let c = p(&["-c", "print(1)", "x"]).unwrap();
        assert_eq!(c.action, Action::Command("print(1)".into()));
        assert_eq!(c.argv, vec!["-c", "x"]);
        let m = p(&["-i", "-m", "mod", "y"]).unwrap();
        assert_eq!(m.action, Action::Module("mod".into()));
        assert_eq!(m.argv, vec!["mod", "y"]);
        assert!(m.inspect);
    }

    #[test]
    fn flags() {
        let c = p(&["-X", "gc-stress", "-Xemit=bytecode", "-v", "-v"]).unwrap();
        assert!(c.gc_stress);
        assert_eq!(c.verbose, 2);
        assert_eq!(c.action, Action::Nothing);
        assert_eq!(c.heap_size, DEFAULT_HEAP_SIZE);
        assert_eq!(p(&["-", "a"]).unwrap().action, Action::Stdin);
    }

    #[test]
    fn heap_sizes() {
        assert_eq!(parse_heap_size("2m"), Some(2 * 1024 * 1024));
        assert_eq!(parse_heap_size("100000"), Some(100_000));
        assert_eq!(
            parse_heap_size("16wk"),
            Some(16 * 1024 * core::mem::size_of::<usize>())
        );
        assert_eq!(parse_heap_size("1k"), None);
        assert_eq!(parse_heap_size("k"), None);
        assert_eq!(parse_heap_size("-5"), None);
        assert_eq!(parse_heap_size("99999999999999999999999m"), None);
    }

    #[test]
    fn bad_options() {
        assert!(p(&["-Q"]).is_err());
        assert!(p(&["-c"]).is_err());
        assert!(p(&["-X", "emit=native"]).is_err());
        assert!(p(&["-X", "heapsize=abc"]).is_err());
    }
}
