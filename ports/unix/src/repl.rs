//! The interactive loop: banner, `>>> `/`... ` prompts, multi-line input, results echoed.
//!
//! On a terminal the line editor runs in raw mode with auto-indent and history. When stdin is
//! a pipe (`micropython -i < session.txt`) lines are read as they come and echoed after their
//! prompt, so the output reads like the terminal session would.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::continuation;
use crate::line_editor::{Completer, LineEditor, ReadResult};
use crate::raw_repl::{self, RawEvaluator, RawExit, RawIo};
use crate::sys::Stdin;

/// What running one REPL input asks of the loop.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Carry on with the next input (the input's errors were already printed).
    Continue,
    /// `SystemExit`: leave the REPL with this exit status.
    Exit(i32),
}

/// Runs one complete REPL input (compiled in single mode: expression values are printed).
pub trait Evaluator: RawEvaluator {
    fn eval_input(&mut self, source: &str) -> Outcome;
    /// Runs text entered in paste mode (compiled as a file: expression values are not
    /// printed).
    fn eval_paste(&mut self, source: &str) -> Outcome;
    /// Names that complete `word` (a dotted name): see [`Completer`].
    fn complete(&mut self, word: &str) -> Vec<String>;
}

/// Paste mode's header line.
pub const PASTE_HEADER: &str = "paste mode; Ctrl-C to cancel, Ctrl-D to finish";

/// Where input lines come from.
pub trait LineSource {
    /// Shows `prompt` (and `indent` pre-filled text when the source supports it) and returns
    /// the next line; `complete` answers Tab where the source supports it.
    fn read(&mut self, prompt: &str, indent: usize, complete: Completer<'_>) -> ReadResult;
    /// Runs a raw REPL session (Ctrl-A) over this source's bytes.
    fn raw_session(&mut self, eval: &mut dyn RawEvaluator) -> RawExit;
}

/// The banner's first line: the shape of MicroPython's, naming Ferrite.
pub fn banner() -> String {
    format!(
        "Ferrite v{} on {}; {} (unix port) with {}\nType \"help()\" for more information.\n",
        env!("CARGO_PKG_VERSION"),
        env!("FERRITE_BUILD_DATE"),
        env!("FERRITE_TARGET_OS"),
        env!("FERRITE_TARGET_ARCH"),
    )
}

/// Runs the REPL until end of input or `SystemExit`; returns the exit status.
pub fn run(eval: &mut dyn Evaluator, lines: &mut dyn LineSource) -> i32 {
    out!("{}", banner());
    loop {
        let mut input = String::new();
        let mut prompt = ">>> ";
        loop {
            let indent = if input.is_empty() {
                0
            } else {
                continuation::next_indent(&input)
            };
            let mut complete = |w: &str| eval.complete(w);
            let read = lines.read(prompt, indent, &mut complete);
            match read {
                ReadResult::Eof => {
                    if input.is_empty() {
                        return 0;
                    }
                    // The input ended inside a block: run what was given, then stop.
                    return match eval.eval_input(&input) {
                        Outcome::Exit(code) => code,
                        Outcome::Continue => 0,
                    };
                }
                ReadResult::Interrupt => {
                    input.clear();
                    break;
                }
                ReadResult::Paste => {
                    if let Outcome::Exit(code) = paste(eval, lines) {
                        return code;
                    }
                    break;
                }
                ReadResult::Raw => match lines.raw_session(eval) {
                    RawExit::Friendly => {
                        out!("{}", banner());
                        break;
                    }
                    RawExit::Eof => return 0,
                    RawExit::Exit(code) => return code,
                },
                ReadResult::Line(line) => {
                    if input.is_empty() && line.trim().is_empty() {
                        break;
                    }
                    if !input.is_empty() {
                        input.push('\n');
                    }
                    input.push_str(&line);
                    if continuation::needs_more(&input) {
                        prompt = "... ";
                        continue;
                    }
                    let source = input.trim_end().to_string();
                    if let Outcome::Exit(code) = eval.eval_input(&source) {
                        return code;
                    }
                    break;
                }
            }
        }
    }
}

/// Paste mode: lines are taken as they are (no auto-indent, no continuation rule) until
/// Ctrl-D, then run as one program; Ctrl-C drops them.
fn paste(eval: &mut dyn Evaluator, lines: &mut dyn LineSource) -> Outcome {
    out!("{PASTE_HEADER}\n");
    let mut text = String::new();
    loop {
        let read = lines.read("=== ", 0, &mut |_: &str| Vec::new());
        match read {
            ReadResult::Line(l) => {
                text.push_str(&l);
                text.push('\n');
            }
            ReadResult::Interrupt => return Outcome::Continue,
            ReadResult::Eof | ReadResult::Paste | ReadResult::Raw => return eval.eval_paste(&text),
        }
    }
}

/// Lines from a terminal, edited in raw mode.
pub struct TerminalLines {
    editor: LineEditor,
}

impl TerminalLines {
    pub fn new() -> Self {
        TerminalLines {
            editor: LineEditor::new(),
        }
    }
}

impl LineSource for TerminalLines {
    fn read(&mut self, prompt: &str, indent: usize, complete: Completer<'_>) -> ReadResult {
        let initial = " ".repeat(indent);
        let raw = crate::sys::RawMode::enter();
        let mut next = || Stdin::with(Stdin::byte);
        let mut out = crate::sys::Fd(1);
        let result = self
            .editor
            .read_line(prompt, &initial, &mut next, &mut out, complete);
        drop(raw);
        result.unwrap_or(ReadResult::Eof)
    }

    fn raw_session(&mut self, eval: &mut dyn RawEvaluator) -> RawExit {
        let _raw = crate::sys::RawMode::enter();
        raw_repl::run(eval, &mut HostRawIo(|| Stdin::with(Stdin::byte)))
    }
}

/// The raw REPL's bytes on the host: a reader, and stdout written through at once.
struct HostRawIo<F: FnMut() -> Option<u8>>(F);

impl<F: FnMut() -> Option<u8>> RawIo for HostRawIo<F> {
    fn read_byte(&mut self) -> Option<u8> {
        (self.0)()
    }
    fn write(&mut self, bytes: &[u8]) {
        crate::sys::write_all(1, bytes);
    }
}

/// Lines from a pipe or file (bytes from `F`), echoed after their prompt.
pub struct PipedLines<F> {
    byte: F,
}

impl<F: FnMut() -> Option<u8>> PipedLines<F> {
    pub fn new(byte: F) -> Self {
        PipedLines { byte }
    }
}

impl<F: FnMut() -> Option<u8>> LineSource for PipedLines<F> {
    fn read(&mut self, prompt: &str, _indent: usize, _complete: Completer<'_>) -> ReadResult {
        crate::sys::write_all(1, prompt.as_bytes());
        let mut line = Vec::new();
        let result = loop {
            match (self.byte)() {
                None if line.is_empty() => break ReadResult::Eof,
                None | Some(b'\n') => {
                    break ReadResult::Line(String::from_utf8_lossy(&line).into_owned())
                }
                Some(0x04) if line.is_empty() => break ReadResult::Eof,
                Some(0x05) if line.is_empty() => break ReadResult::Paste,
                Some(0x01) if line.is_empty() => break ReadResult::Raw,
                Some(0x03) => break ReadResult::Interrupt,
                Some(b'\r') => {}
                Some(b) => line.push(b),
            }
        };
        let mut echo = String::new();
        if let ReadResult::Line(l) = &result {
            echo.push_str(l);
        }
        echo.push('\n');
        crate::sys::write_all(1, echo.as_bytes());
        result
    }

    fn raw_session(&mut self, eval: &mut dyn RawEvaluator) -> RawExit {
        raw_repl::run(eval, &mut HostRawIo(&mut self.byte))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Script(Vec<ReadResult>);
    impl LineSource for Script {
        fn read(&mut self, _prompt: &str, _indent: usize, _c: Completer<'_>) -> ReadResult {
            if self.0.is_empty() {
                ReadResult::Eof
            } else {
                self.0.remove(0)
            }
        }
        fn raw_session(&mut self, eval: &mut dyn RawEvaluator) -> RawExit {
            let _ = eval.eval_raw("raw program");
            RawExit::Friendly
        }
    }

    impl RawEvaluator for Recorder {
        fn eval_raw(&mut self, source: &str) -> (Outcome, String) {
            self.0.push(format!("raw:{source}"));
            (Outcome::Continue, String::new())
        }
    }

    #[derive(Default)]
    struct Recorder(Vec<String>);
    impl Evaluator for Recorder {
        fn eval_input(&mut self, source: &str) -> Outcome {
            self.0.push(source.to_string());
            if source == "exit" {
                Outcome::Exit(3)
            } else {
                Outcome::Continue
            }
        }
        fn eval_paste(&mut self, source: &str) -> Outcome {
            self.0.push(format!("paste:{source}"));
            Outcome::Continue
        }
        fn complete(&mut self, _word: &str) -> Vec<String> {
            Vec::new()
        }
    }

    fn lines(v: &[&str]) -> Script {
        Script(v.iter().map(|s| ReadResult::Line(s.to_string())).collect())
    }

    #[test]
    fn single_and_block_inputs() {
        let mut r = Recorder::default();
        let mut src = lines(&["1 + 1", "", "def f():", "    return 1", "", "f()"]);
        assert_eq!(run(&mut r, &mut src), 0);
        assert_eq!(r.0, vec!["1 + 1", "def f():\n    return 1", "f()"]);
    }

    #[test]
    fn interrupt_drops_input_and_exit_status() {
        let mut r = Recorder::default();
        let mut src = lines(&["for i in x:"]);
        src.0.push(ReadResult::Interrupt);
        src.0.push(ReadResult::Line("exit".into()));
        src.0.push(ReadResult::Line("never".into()));
        assert_eq!(run(&mut r, &mut src), 3);
        assert_eq!(r.0, vec!["exit"]);
    }

    #[test]
    fn raw_repl_and_back() {
        let mut r = Recorder::default();
        let mut src = Script(vec![ReadResult::Raw, ReadResult::Line("2".into())]);
        assert_eq!(run(&mut r, &mut src), 0);
        assert_eq!(r.0, vec!["raw:raw program", "2"]);
    }

    #[test]
    fn paste_mode() {
        let mut r = Recorder::default();
        let mut src = Script(vec![
            ReadResult::Paste,
            ReadResult::Line("if x:".into()),
            ReadResult::Line("    y".into()),
            ReadResult::Eof,
            ReadResult::Paste,
            ReadResult::Line("dropped".into()),
            ReadResult::Interrupt,
            ReadResult::Line("1".into()),
        ]);
        assert_eq!(run(&mut r, &mut src), 0);
        assert_eq!(r.0, vec!["paste:if x:\n    y\n", "1"]);
    }

    #[test]
    fn piped_lines_stop_at_ctrl_d() {
        let mut input = b"a\r\nb\n\x04c\n".iter().copied();
        let mut p = PipedLines::new(|| input.next());
        assert_eq!(
            p.read(">>> ", 0, &mut |_: &str| Vec::new()),
            ReadResult::Line("a".into())
        );
        assert_eq!(
            p.read(">>> ", 0, &mut |_: &str| Vec::new()),
            ReadResult::Line("b".into())
        );
        assert_eq!(
            p.read(">>> ", 0, &mut |_: &str| Vec::new()),
            ReadResult::Eof
        );
    }
}
