//! What the binary does with a parsed command line: run the script, command, module or stdin,
//! then the REPL when asked (or when there was nothing to run and stdin is a terminal).
//!
//! The interpreter is reached through [`Engine`], so this logic is tested with a fake one.

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use alloc::{format, vec};

use crate::args::{Action, Config};
use crate::repl::{self, Evaluator, LineSource};
use crate::sys::Stdin;

/// How running a program ended. Uncaught exceptions have already been printed (traceback on
/// stderr) by the engine.
#[derive(Debug, PartialEq, Eq)]
pub enum RunResult {
    Ok,
    /// An uncaught exception (other than `SystemExit`).
    Exception,
    /// `SystemExit` with this status.
    Exit(i32),
}

/// The interpreter as the binary uses it.
pub trait Engine: Evaluator {
    /// Sets `sys.path` (the first entry is the script's directory, or `''`).
    fn set_path(&mut self, path: &[String]);
    /// Runs source code as the `__main__` module; `name` is the file name tracebacks show.
    fn run_source(&mut self, source: &str, name: &str) -> RunResult;
    /// Imports `module` (found on `sys.path`, `.py` or `.mpy`) as `__main__`.
    fn run_module(&mut self, module: &str) -> RunResult;
}

/// The environment of the binary: stdin, files and the terminal, swapped out in tests.
pub trait System {
    fn stdin_is_tty(&self) -> bool;
    fn read_stdin(&mut self) -> Vec<u8>;
    /// A whole file, or the `errno` of the failure.
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32>;
    /// The directory of `path` made absolute (symlinks resolved where possible).
    fn script_dir(&self, path: &str) -> String;
    fn env(&self, name: &str) -> Option<String>;
    fn lines(&mut self) -> Box<dyn LineSource + '_>;
    fn eprint(&mut self, text: &str);
}

/// `MICROPYPATH` default, as MicroPython's unix port has it.
pub const DEFAULT_PATH: &str = ".frozen:~/.micropython/lib:/usr/lib/micropython";

/// `sys.path` after the first entry: `MICROPYPATH` split at `:`, `~/` expanded from `HOME`.
pub fn path_entries(micropypath: Option<&str>, home: Option<&str>) -> Vec<String> {
    micropypath
        .unwrap_or(DEFAULT_PATH)
        .split(':')
        .map(|p| match (p.strip_prefix("~/"), home) {
            (Some(rest), Some(h)) => format!("{h}/{rest}"),
            _ => p.to_string(),
        })
        .collect()
}

/// Runs what the command line asks for; returns the process exit status.
pub fn run(cfg: &Config, engine: &mut dyn Engine, sys: &mut dyn System) -> i32 {
    let home = sys.env("HOME");
    let rest = path_entries(sys.env("MICROPYPATH").as_deref(), home.as_deref());
    let with_first = |first: String| {
        let mut p = vec![first];
        p.extend(rest.iter().cloned());
        p
    };
    let result = match &cfg.action {
        Action::Script(path) => {
            let source = match sys.read_file(path) {
                Ok(s) => s,
                Err(errno) => {
                    let msg = crate::sys::strerror(errno);
                    sys.eprint(&format!(
                        "micropython: can't open file '{path}': [Errno {errno}] {msg}\n"
                    ));
                    return 2;
                }
            };
            engine.set_path(&with_first(sys.script_dir(path)));
            Some(run_bytes(engine, &source, path))
        }
        Action::Command(cmd) => {
            engine.set_path(&with_first(String::new()));
            Some(engine.run_source(cmd, "<stdin>"))
        }
        Action::Module(m) => {
            engine.set_path(&with_first(String::new()));
            Some(engine.run_module(m))
        }
        Action::Stdin => {
            engine.set_path(&with_first(String::new()));
            let source = sys.read_stdin();
            Some(run_bytes(engine, &source, "<stdin>"))
        }
        Action::Nothing => {
            engine.set_path(&with_first(String::new()));
            if !sys.stdin_is_tty() && !cfg.inspect {
                let source = sys.read_stdin();
                Some(run_bytes(engine, &source, "<stdin>"))
            } else {
                None
            }
        }
    };
    let status = match result {
        None | Some(RunResult::Ok) => 0,
        Some(RunResult::Exception) => 1,
        Some(RunResult::Exit(code)) => return code,
    };
    if result.is_none() || cfg.inspect {
        let mut lines = sys.lines();
        return match repl::run(engine, lines.as_mut()) {
            0 => status,
            code => code,
        };
    }
    status
}

fn run_bytes(engine: &mut dyn Engine, source: &[u8], name: &str) -> RunResult {
    match core::str::from_utf8(source) {
        Ok(s) => engine.run_source(s, name),
        // Let the compiler see the text; invalid bytes become U+FFFD, as a lexer error would.
        Err(_) => engine.run_source(&String::from_utf8_lossy(source), name),
    }
}

/// The directory part of a path: `/a/b` of `/a/b/c.py`, `/` of `/c.py`, empty for `c.py`.
fn parent_dir(path: &str) -> &str {
    match path.rsplit_once('/') {
        Some(("", _)) => "/",
        Some((dir, _)) => dir,
        None => "",
    }
}

/// The real system.
pub struct HostSystem;

impl System for HostSystem {
    fn stdin_is_tty(&self) -> bool {
        crate::sys::is_tty(0)
    }

    fn read_stdin(&mut self) -> Vec<u8> {
        Stdin::with(Stdin::rest)
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        crate::sys::read_file(path)
    }

    fn script_dir(&self, path: &str) -> String {
        parent_dir(&crate::sys::realpath(path).unwrap_or_else(|| path.to_string())).to_string()
    }

    fn env(&self, name: &str) -> Option<String> {
        crate::sys::getenv(name)
    }

    fn lines(&mut self) -> Box<dyn LineSource + '_> {
        if crate::sys::is_tty(0) {
            Box::new(repl::TerminalLines::new())
        } else {
            Box::new(repl::PipedLines::new(|| Stdin::with(Stdin::byte)))
        }
    }

    fn eprint(&mut self, text: &str) {
        crate::sys::write_all(2, text.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::parse;
    use crate::line_editor::{Completer, ReadResult};
    use crate::raw_repl::{RawEvaluator, RawExit};
    use crate::repl::Outcome;

    #[derive(Default)]
    struct FakeEngine {
        log: Vec<String>,
        path: Vec<String>,
    }

    impl Evaluator for FakeEngine {
        fn eval_input(&mut self, source: &str) -> Outcome {
            self.log.push(format!("repl:{source}"));
            Outcome::Continue
        }
        fn eval_paste(&mut self, source: &str) -> Outcome {
            self.log.push(format!("paste:{source}"));
            Outcome::Continue
        }
        fn complete(&mut self, _word: &str) -> Vec<String> {
            Vec::new()
        }
    }

    impl RawEvaluator for FakeEngine {
        fn eval_raw(&mut self, source: &str) -> (Outcome, String) {
            self.log.push(format!("raw:{source}"));
            (Outcome::Continue, String::new())
        }
    }

    impl Engine for FakeEngine {
        fn set_path(&mut self, path: &[String]) {
            self.path = path.to_vec();
        }
        fn run_source(&mut self, source: &str, name: &str) -> RunResult {
            self.log.push(format!("run:{name}:{source}"));
            match source {
                "raise" => RunResult::Exception,
                "exit5" => RunResult::Exit(5),
                _ => RunResult::Ok,
            }
        }
        fn run_module(&mut self, module: &str) -> RunResult {
            self.log.push(format!("module:{module}"));
            RunResult::Ok
        }
    }

    struct FakeSystem {
        tty: bool,
        stdin: Vec<u8>,
        lines: Vec<String>,
        err: String,
    }

    struct FakeLines(Vec<String>);
    impl LineSource for FakeLines {
        fn read(&mut self, _p: &str, _i: usize, _c: Completer<'_>) -> ReadResult {
            if self.0.is_empty() {
                ReadResult::Eof
            } else {
                ReadResult::Line(self.0.remove(0))
            }
        }
        fn raw_session(&mut self, _eval: &mut dyn RawEvaluator) -> RawExit {
            RawExit::Eof
        }
    }

    impl System for FakeSystem {
        fn stdin_is_tty(&self) -> bool {
            self.tty
        }
        fn read_stdin(&mut self) -> Vec<u8> {
            core::mem::take(&mut self.stdin)
        }
        fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
            match path {
                "ok.py" => Ok(b"print(1)".to_vec()),
                "raise.py" => Ok(b"raise".to_vec()),
                _ => Err(2),
            }
        }
        fn script_dir(&self, _path: &str) -> String {
            "/abs".into()
        }
        fn env(&self, name: &str) -> Option<String> {
            match name {
                "HOME" => Some("/home/u".into()),
                _ => None,
            }
        }
        fn lines(&mut self) -> Box<dyn LineSource + '_> {
            Box::new(FakeLines(core::mem::take(&mut self.lines)))
        }
        fn eprint(&mut self, text: &str) {
            self.err.push_str(text);
        }
    }

    fn go(args: &[&str], tty: bool, stdin: &str, lines: &[&str]) -> (i32, FakeEngine, String) {
        let cfg = parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
        let mut e = FakeEngine::default();
        let mut s = FakeSystem {
            tty,
            stdin: stdin.as_bytes().to_vec(),
            lines: lines.iter().map(|l| l.to_string()).collect(),
            err: String::new(),
        };
        let status = run(&cfg, &mut e, &mut s);
        (status, e, s.err)
    }

    #[test]
    fn script_sets_path_and_status() {
        let (st, e, _) = go(&["ok.py"], false, "", &[]);
        assert_eq!(st, 0);
        assert_eq!(e.log, vec!["run:ok.py:print(1)"]);
        assert_eq!(
            e.path,
            vec![
                "/abs",
                ".frozen",
                "/home/u/.micropython/lib",
                "/usr/lib/micropython"
            ]
        );
        assert_eq!(go(&["raise.py"], false, "", &[]).0, 1);
        assert_eq!(go(&["-c", "exit5"], false, "", &[]).0, 5);
    }

    #[test]
    fn missing_script() {
        let (st, _, err) = go(&["nope.py"], false, "", &[]);
        assert_eq!(st, 2);
        assert_eq!(
            err,
            "micropython: can't open file 'nope.py': [Errno 2] No such file or directory\n"
        );
    }

    #[test]
    fn stdin_or_repl() {
        let (_, e, _) = go(&[], false, "x = 1", &[]);
        assert_eq!(e.log, vec!["run:<stdin>:x = 1"]);
        let (_, e, _) = go(&[], true, "", &["1 + 1"]);
        assert_eq!(e.log, vec!["repl:1 + 1"]);
        let (_, e, _) = go(&["-i", "-c", "a = 1"], false, "", &["a"]);
        assert_eq!(e.log, vec!["run:<stdin>:a = 1", "repl:a"]);
        let (_, e, _) = go(&["-m", "mod"], false, "", &[]);
        assert_eq!(e.log, vec!["module:mod"]);
        assert_eq!(e.path[0], "");
    }

    #[test]
    fn parent_dirs() {
        assert_eq!(parent_dir("/a/b/c.py"), "/a/b");
        assert_eq!(parent_dir("/c.py"), "/");
        assert_eq!(parent_dir("c.py"), "");
        assert_eq!(parent_dir("d/c.py"), "d");
    }

    #[test]
    fn micropypath() {
        assert_eq!(path_entries(Some("a:~/b"), Some("/h")), vec!["a", "/h/b"]);
        assert_eq!(path_entries(Some(""), None), vec![""]);
    }
}
