//! The interpreter behind the binary: `ferrite_runtime::Vm` over the host's files, clock and
//! standard streams.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use ferrite_runtime::{Config as VmConfig, Port, RunOutcome, Vm};

use crate::driver::{Engine, RunResult};
use crate::raw_repl::RawEvaluator;
use crate::repl::{Evaluator, Outcome};
use crate::sys::{self, Stdin};

/// The host as the VM sees it.
pub struct HostPort {
    /// `ticks_us` counts from here.
    start_us: u64,
}

impl HostPort {
    pub fn new() -> HostPort {
        HostPort {
            start_us: sys::monotonic_us(),
        }
    }
}

impl Port for HostPort {
    fn write_stdout(&mut self, s: &[u8]) {
        sys::write_all(1, s);
    }

    fn write_stderr(&mut self, s: &[u8]) {
        sys::write_all(2, s);
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        sys::read_file(path)
    }

    fn is_dir(&mut self, path: &str) -> bool {
        sys::stat(path).is_ok_and(|(dir, _)| dir)
    }

    fn ticks_us(&mut self) -> u64 {
        sys::monotonic_us().wrapping_sub(self.start_us)
    }

    fn time_us(&mut self) -> u64 {
        sys::time_us()
    }

    fn sleep_us(&mut self, us: u64) {
        sys::sleep_us(us);
    }

    fn open_write(&mut self, path: &str, append: bool) -> Result<i32, i32> {
        sys::open_write(path, append)
    }

    fn write_handle(&mut self, handle: i32, data: &[u8]) -> Result<(), i32> {
        sys::write_fd(handle, data)
    }

    fn close_handle(&mut self, handle: i32) {
        sys::close(handle);
    }

    fn remove(&mut self, path: &str) -> Result<(), i32> {
        sys::remove(path)
    }

    fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        sys::mkdir(path)
    }

    fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        sys::rmdir(path)
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        sys::rename(from, to)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, i32> {
        sys::list_dir(path)
    }

    fn stat(&mut self, path: &str) -> Result<(bool, u64), i32> {
        sys::stat(path)
    }

    fn getcwd(&mut self) -> String {
        sys::getcwd()
    }

    fn read_stdin(&mut self) -> Vec<u8> {
        Stdin::with(Stdin::rest)
    }

    fn interrupted(&mut self) -> bool {
        sys::INTERRUPTED.swap(false, core::sync::atomic::Ordering::Relaxed)
    }

    fn read_line(&mut self) -> Option<String> {
        let line = Stdin::with(Stdin::line)?;
        Some(String::from_utf8_lossy(&line).into_owned())
    }
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
        let mut vm = Vm::new(cfg, Box::new(HostPort::new()), &ferrite_lib::LIBRARY);
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
