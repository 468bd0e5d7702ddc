//! The raw REPL (Ctrl-A), the machine-to-machine protocol tools such as mpremote speak,
//! with raw-paste mode (flow-controlled upload).
//!
//! Raw REPL: the device prints `raw REPL; CTRL-B to exit\r\n>`; the host sends a program and
//! Ctrl-D; the device answers `OK`, runs it, and sends its output, `\x04`, the exception text
//! if any, `\x04`, then `>` for the next program. Ctrl-B goes back to the friendly REPL, Ctrl-C
//! drops what was sent, Ctrl-D with nothing sent ends the session.
//!
//! Raw-paste: at `>` the host sends `\x05A\x01`; the device answers `R\x01` and a window size
//! (u16, little-endian). The host sends at most that many bytes, and one window more each time
//! the device sends `\x01`; it ends with `\x04`, which the device echoes before it runs the
//! program and answers as in the raw REPL. Needs only `core` and `alloc`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::repl::Outcome;

/// Window of raw-paste mode, in bytes.
pub const RAW_PASTE_WINDOW: u16 = 128;

/// Byte I/O of the raw REPL.
pub trait RawIo {
    /// The next byte from the host; `None` when the input ended.
    fn read_byte(&mut self) -> Option<u8>;
    /// Sends bytes to the host at once.
    fn write(&mut self, bytes: &[u8]);
}

/// Runs whole programs for the raw REPL.
pub trait RawEvaluator {
    /// Runs `source` as a program (file mode). Its output goes to the console as it is made;
    /// the text of an uncaught exception is returned (empty when there was none).
    fn eval_raw(&mut self, source: &str) -> (Outcome, String);
}

/// How a raw REPL session ended.
#[derive(Debug, PartialEq, Eq)]
pub enum RawExit {
    /// Ctrl-B: back to the friendly REPL.
    Friendly,
    /// Ctrl-D with nothing sent, or the input ended.
    Eof,
    /// `SystemExit` in a program.
    Exit(i32),
}

/// Runs a raw REPL session.
pub fn run(eval: &mut dyn RawEvaluator, io: &mut dyn RawIo) -> RawExit {
    io.write(b"raw REPL; CTRL-B to exit\r\n>");
    let mut buf: Vec<u8> = Vec::new();
    loop {
        let Some(b) = io.read_byte() else {
            return RawExit::Eof;
        };
        match b {
            0x01 => {
                // Ctrl-A again: start over.
                buf.clear();
                io.write(b"\r\nraw REPL; CTRL-B to exit\r\n>");
            }
            0x02 => {
                io.write(b"\r\n");
                return RawExit::Friendly;
            }
            0x03 => buf.clear(),
            0x04 if buf.is_empty() => return RawExit::Eof,
            0x04 => {
                io.write(b"OK");
                let source = String::from_utf8_lossy(&buf).into_owned();
                buf.clear();
                if let Some(exit) = execute(eval, io, &source) {
                    return exit;
                }
            }
            0x05 if buf.is_empty() => match raw_paste(io) {
                Paste::Program(source) => {
                    if let Some(exit) = execute(eval, io, &source) {
                        return exit;
                    }
                }
                Paste::Refused => {}
                Paste::Eof => return RawExit::Eof,
            },
            _ => buf.push(b),
        }
    }
}

/// Runs a program and sends the two-part answer and the next prompt.
fn execute(eval: &mut dyn RawEvaluator, io: &mut dyn RawIo, source: &str) -> Option<RawExit> {
    let (outcome, error) = eval.eval_raw(source);
    io.write(b"\x04");
    io.write(error.as_bytes());
    io.write(b"\x04");
    if let Outcome::Exit(code) = outcome {
        return Some(RawExit::Exit(code));
    }
    io.write(b">");
    None
}

enum Paste {
    Program(String),
    Refused,
    Eof,
}

/// Raw-paste mode after its `\x05`.
fn raw_paste(io: &mut dyn RawIo) -> Paste {
    let (Some(a), Some(b)) = (io.read_byte(), io.read_byte()) else {
        return Paste::Eof;
    };
    if (a, b) != (b'A', 0x01) {
        // Not the raw-paste request: refuse, as a device without it does.
        io.write(b"R\x00");
        return Paste::Refused;
    }
    let mut answer = Vec::from(&b"R\x01"[..]);
    answer.extend_from_slice(&RAW_PASTE_WINDOW.to_le_bytes());
    io.write(&answer);
    let mut data = Vec::new();
    let mut since_ack: u16 = 0;
    loop {
        let Some(byte) = io.read_byte() else {
            return Paste::Eof;
        };
        if byte == 0x04 {
            io.write(b"\x04");
            return Paste::Program(String::from_utf8_lossy(&data).into_owned());
        }
        data.push(byte);
        since_ack += 1;
        if since_ack == RAW_PASTE_WINDOW {
            since_ack = 0;
            io.write(b"\x01");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::string::ToString;

    struct Bytes {
        input: Vec<u8>,
        pos: usize,
        out: Vec<u8>,
    }

    impl RawIo for Bytes {
        fn read_byte(&mut self) -> Option<u8> {
            let b = self.input.get(self.pos).copied();
            self.pos += 1;
            b
        }
        fn write(&mut self, bytes: &[u8]) {
            self.out.extend_from_slice(bytes);
        }
    }

    #[derive(Default)]
    struct Eval(Vec<String>);

    impl RawEvaluator for Eval {
        fn eval_raw(&mut self, source: &str) -> (Outcome, String) {
            self.0.push(source.to_string());
            match source {
                "boom" => (
                    Outcome::Continue,
                    "Traceback...\r\nValueError\r\n".to_string(),
                ),
                "exit" => (Outcome::Exit(4), String::new()),
                _ => (Outcome::Continue, String::new()),
            }
        }
    }

    fn session(input: &[u8]) -> (RawExit, Vec<String>, Vec<u8>) {
        let mut io = Bytes {
            input: input.to_vec(),
            pos: 0,
            out: Vec::new(),
        };
        let mut e = Eval::default();
        let r = run(&mut e, &mut io);
        (r, e.0, io.out)
    }

    #[test]
    fn programs_and_ctrl_b() {
        let (r, progs, out) = session(b"x = 1\x04boom\x04\x02");
        assert_eq!(r, RawExit::Friendly);
        assert_eq!(progs, ["x = 1", "boom"]);
        assert_eq!(
            out,
            b"raw REPL; CTRL-B to exit\r\n>OK\x04\x04>OK\x04Traceback...\r\nValueError\r\n\x04>\r\n"
        );
    }

    #[test]
    fn ctrl_c_and_ctrl_d() {
        let (r, progs, _) = session(b"dropped\x03kept\x04\x04");
        assert_eq!(r, RawExit::Eof);
        assert_eq!(progs, ["kept"]);
        assert_eq!(session(b"exit\x04more").0, RawExit::Exit(4));
    }

    #[test]
    fn raw_paste_with_flow_control() {
        let program = "a".repeat(300);
        let input = format!("\x05A\x01{program}\x04\x02");
        let (r, progs, out) = session(input.as_bytes());
        assert_eq!(r, RawExit::Friendly);
        assert_eq!(progs, [program]);
        let mut expected = Vec::from(&b"raw REPL; CTRL-B to exit\r\n>R\x01"[..]);
        expected.extend_from_slice(&RAW_PASTE_WINDOW.to_le_bytes());
        expected.extend_from_slice(b"\x01\x01\x04\x04\x04>\r\n");
        assert_eq!(out, expected);
    }

    #[test]
    fn raw_paste_refused_for_unknown_request() {
        let (_, progs, out) = session(b"\x05Bx\x02");
        assert!(progs.is_empty());
        assert!(out.windows(2).any(|w| w == b"R\x00"));
    }
}
