//! The interpreter behind the binary: `ferrite_runtime::Vm` over the host's files, clock and
//! standard streams.

use std::io::{BufRead, Write};

use ferrite_runtime::{Config as VmConfig, Port, RunOutcome, Vm};

use crate::driver::{Engine, RunResult};
use crate::raw_repl::RawEvaluator;
use crate::repl::{Evaluator, Outcome};

/// The host as the VM sees it.
pub struct HostPort {
    start: std::time::Instant,
}

impl HostPort {
    pub fn new() -> HostPort {
        HostPort {
            start: std::time::Instant::now(),
        }
    }
}

impl Port for HostPort {
    fn write_stdout(&mut self, s: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(s);
        let _ = out.flush();
    }

    fn write_stderr(&mut self, s: &[u8]) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s);
        let _ = err.flush();
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        if std::path::Path::new(path).is_dir() {
            return Err(21);
        }
        std::fs::read(path).map_err(|e| e.raw_os_error().unwrap_or(2))
    }

    fn is_dir(&mut self, path: &str) -> bool {
        std::path::Path::new(path).is_dir()
    }

    fn ticks_us(&mut self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn time_us(&mut self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_micros() as u64)
    }

    fn sleep_us(&mut self, us: u64) {
        std::thread::sleep(core::time::Duration::from_micros(us));
    }

    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), i32> {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .append(append)
            .truncate(!append)
            .open(path)
            .map_err(errno)?;
        f.write_all(data).map_err(errno)
    }

    fn remove(&mut self, path: &str) -> Result<(), i32> {
        std::fs::remove_file(path).map_err(errno)
    }

    fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        std::fs::create_dir(path).map_err(errno)
    }

    fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        std::fs::remove_dir(path).map_err(errno)
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        std::fs::rename(from, to).map_err(errno)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, i32> {
        let rd = std::fs::read_dir(path).map_err(errno)?;
        Ok(rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect())
    }

    fn stat(&mut self, path: &str) -> Result<(bool, u64), i32> {
        let m = std::fs::metadata(path).map_err(errno)?;
        Ok((m.is_dir(), m.len()))
    }

    fn getcwd(&mut self) -> String {
        std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    fn read_stdin(&mut self) -> Vec<u8> {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut v);
        v
    }

    fn interrupted(&mut self) -> bool {
        crate::terminal::INTERRUPTED.swap(false, core::sync::atomic::Ordering::Relaxed)
    }

    fn read_line(&mut self) -> Option<String> {
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Some(line)
            }
        }
    }
}

fn errno(e: std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(5)
}

/// The VM as the driver's [`Engine`].
pub struct VmEngine {
    vm: Vm,
}

impl VmEngine {
    pub fn new(heap_size: usize, gc_stress: bool, argv: &[String]) -> VmEngine {
        let cfg = VmConfig {
            heap_size,
            gc_stress,
            ..VmConfig::default()
        };
        let mut vm = Vm::new(cfg, Box::new(HostPort::new()));
        vm.set_argv(argv);
        VmEngine { vm }
    }
}

fn result(o: RunOutcome) -> RunResult {
    match o {
        RunOutcome::Ok => RunResult::Ok,
        RunOutcome::Exception => RunResult::Exception,
        RunOutcome::Exit(c) => RunResult::Exit(c),
    }
}

fn outcome(o: RunOutcome) -> Outcome {
    match o {
        RunOutcome::Exit(c) => Outcome::Exit(c),
        _ => Outcome::Continue,
    }
}

impl Engine for VmEngine {
    fn set_path(&mut self, path: &[String]) {
        self.vm.set_path(path);
    }

    fn run_source(&mut self, source: &str, name: &str) -> RunResult {
        result(self.vm.exec_source(source, name))
    }

    fn run_module(&mut self, module: &str) -> RunResult {
        result(self.vm.run_module(module))
    }
}

impl Evaluator for VmEngine {
    fn eval_input(&mut self, source: &str) -> Outcome {
        outcome(self.vm.repl_input(source))
    }

    fn eval_paste(&mut self, source: &str) -> Outcome {
        outcome(self.vm.exec_source(source, "<stdin>"))
    }

    fn complete(&mut self, word: &str) -> Vec<String> {
        self.vm.complete(word)
    }
}

impl RawEvaluator for VmEngine {
    fn eval_raw(&mut self, source: &str) -> (Outcome, String) {
        let (o, text) = self.vm.exec_source_text(source, "<stdin>");
        (outcome(o), text)
    }
}
