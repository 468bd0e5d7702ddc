//! Line editing for the REPL on a terminal in raw mode: cursor keys, backspace/delete,
//! home/end, history, Ctrl-C (cancel), Ctrl-D (end of input on an empty line).
//!
//! The editor reads bytes from any source and writes VT100 output to any `core::fmt::Write`
//! sink (which should send it on at once), so it is tested without a terminal. It needs only
//! `core` and `alloc`, ready to move into the core's REPL engine.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt::Write;

/// What a call to [`LineEditor::read_line`] ended with.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadResult {
    Line(String),
    /// Ctrl-C: the line is dropped.
    Interrupt,
    /// Ctrl-D on an empty line, or the input ended.
    Eof,
    /// Ctrl-E on an empty line: paste mode.
    Paste,
    /// Ctrl-A on an empty line: the raw REPL.
    Raw,
}

const HISTORY_MAX: usize = 100;

/// Completion candidates for the word before the cursor (a dotted name such as `sys.pa`):
/// the full last components that start with its last component (`path`, `path_hooks`).
pub type Completer<'a> = &'a mut dyn FnMut(&str) -> Vec<String>;

/// The editor and its history (kept across lines).
#[derive(Default)]
pub struct LineEditor {
    history: Vec<String>,
}

/// The dotted name that ends at the cursor.
fn word_before(buf: &[char], cursor: usize) -> String {
    let start = buf[..cursor]
        .iter()
        .rposition(|c| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
        .map_or(0, |i| i + 1);
    buf[start..cursor].iter().collect()
}

fn common_prefix(words: &[String]) -> String {
    let Some(first) = words.first() else {
        return String::new();
    };
    let mut len = first.chars().count();
    for w in &words[1..] {
        len = len.min(
            first
                .chars()
                .zip(w.chars())
                .take_while(|(a, b)| a == b)
                .count(),
        );
    }
    first.chars().take(len).collect()
}

struct Edit {
    buf: Vec<char>,
    cursor: usize,
}

enum Key {
    Char(char),
    Enter,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Up,
    Down,
    CtrlC,
    CtrlD,
    CtrlE,
    CtrlA,
    KillToEnd,
    Tab,
    Ignore,
    Eof,
}

impl LineEditor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads one line. `initial` is pre-filled text (auto-indent); `next_byte` gives `None`
    /// at end of input.
    pub fn read_line(
        &mut self,
        prompt: &str,
        initial: &str,
        next_byte: &mut dyn FnMut() -> Option<u8>,
        out: &mut dyn Write,
        complete: Completer<'_>,
    ) -> Result<ReadResult, core::fmt::Error> {
        let mut e = Edit {
            buf: initial.chars().collect(),
            cursor: initial.chars().count(),
        };
        // history[hist_pos] is being shown; hist_pos == len means the line being edited.
        let mut hist_pos = self.history.len();
        let mut saved = String::new();
        write!(out, "{prompt}{initial}")?;
        loop {
            match read_key(next_byte) {
                Key::Char(c) => {
                    e.buf.insert(e.cursor, c);
                    e.cursor += 1;
                    if e.cursor == e.buf.len() {
                        write!(out, "{c}")?;
                    } else {
                        redraw(out, prompt, &e)?;
                    }
                }
                Key::Enter => {
                    out.write_str("\r\n")?;
                    let line: String = e.buf.iter().collect();
                    if !line.trim().is_empty()
                        && self.history.last().map(String::as_str) != Some(line.as_str())
                    {
                        if self.history.len() == HISTORY_MAX {
                            self.history.remove(0);
                        }
                        self.history.push(line.clone());
                    }
                    return Ok(ReadResult::Line(line));
                }
                Key::Backspace => {
                    if e.cursor > 0 {
                        e.cursor -= 1;
                        e.buf.remove(e.cursor);
                        redraw(out, prompt, &e)?;
                    }
                }
                Key::Delete => {
                    if e.cursor < e.buf.len() {
                        e.buf.remove(e.cursor);
                        redraw(out, prompt, &e)?;
                    }
                }
                Key::Left => {
                    if e.cursor > 0 {
                        e.cursor -= 1;
                        out.write_str("\x1b[D")?;
                    }
                }
                Key::Right => {
                    if e.cursor < e.buf.len() {
                        e.cursor += 1;
                        out.write_str("\x1b[C")?;
                    }
                }
                Key::CtrlE if e.buf.is_empty() => {
                    out.write_str("\r\n")?;
                    return Ok(ReadResult::Paste);
                }
                Key::CtrlA if e.buf.is_empty() => {
                    out.write_str("\r\n")?;
                    return Ok(ReadResult::Raw);
                }
                Key::Home | Key::CtrlA => {
                    e.cursor = 0;
                    redraw(out, prompt, &e)?;
                }
                Key::End | Key::CtrlE => {
                    e.cursor = e.buf.len();
                    redraw(out, prompt, &e)?;
                }
                Key::KillToEnd => {
                    e.buf.truncate(e.cursor);
                    redraw(out, prompt, &e)?;
                }
                Key::Up => {
                    if hist_pos > 0 {
                        if hist_pos == self.history.len() {
                            saved = e.buf.iter().collect();
                        }
                        hist_pos -= 1;
                        e.buf = self.history[hist_pos].chars().collect();
                        e.cursor = e.buf.len();
                        redraw(out, prompt, &e)?;
                    }
                }
                Key::Down => {
                    if hist_pos < self.history.len() {
                        hist_pos += 1;
                        let text = if hist_pos == self.history.len() {
                            saved.as_str()
                        } else {
                            self.history[hist_pos].as_str()
                        };
                        e.buf = text.chars().collect();
                        e.cursor = e.buf.len();
                        redraw(out, prompt, &e)?;
                    }
                }
                Key::CtrlC => {
                    out.write_str("\r\n")?;
                    return Ok(ReadResult::Interrupt);
                }
                Key::CtrlD => {
                    if e.buf.is_empty() {
                        out.write_str("\r\n")?;
                        return Ok(ReadResult::Eof);
                    }
                    if e.cursor < e.buf.len() {
                        e.buf.remove(e.cursor);
                        redraw(out, prompt, &e)?;
                    }
                }
                Key::Eof => {
                    out.write_str("\r\n")?;
                    return Ok(ReadResult::Eof);
                }
                Key::Tab => {
                    let word = word_before(&e.buf, e.cursor);
                    let last = word.rsplit('.').next().unwrap_or("");
                    if word.is_empty() {
                        // Nothing to complete: Tab indents.
                        for _ in 0..4 {
                            e.buf.insert(e.cursor, ' ');
                            e.cursor += 1;
                        }
                        redraw(out, prompt, &e)?;
                    } else {
                        let mut cands = complete(&word);
                        ferrite_runtime::obj::list::sort_strings(&mut cands);
                        cands.dedup();
                        let common = common_prefix(&cands);
                        let extra: Vec<char> = common.chars().skip(last.chars().count()).collect();
                        if !extra.is_empty() {
                            for c in extra {
                                e.buf.insert(e.cursor, c);
                                e.cursor += 1;
                            }
                            redraw(out, prompt, &e)?;
                        } else if cands.len() > 1 {
                            // Show the choices, then the line again.
                            out.write_str("\r\n")?;
                            for c in &cands {
                                write!(out, "{c}    ")?;
                            }
                            out.write_str("\r\n")?;
                            redraw(out, prompt, &e)?;
                        }
                    }
                }
                Key::Ignore => {}
            }
        }
    }
}

/// Rewrites the whole line and puts the cursor back where it belongs.
fn redraw(out: &mut dyn Write, prompt: &str, e: &Edit) -> core::fmt::Result {
    let text: String = e.buf.iter().collect();
    write!(out, "\r{prompt}{text}\x1b[K")?;
    let back = e.buf.len() - e.cursor;
    if back > 0 {
        write!(out, "\x1b[{back}D")?;
    }
    Ok(())
}

fn read_key(next: &mut dyn FnMut() -> Option<u8>) -> Key {
    let Some(b) = next() else {
        return Key::Eof;
    };
    match b {
        b'\r' | b'\n' => Key::Enter,
        0x7f | 0x08 => Key::Backspace,
        0x03 => Key::CtrlC,
        0x04 => Key::CtrlD,
        0x01 => Key::CtrlA,
        0x05 => Key::CtrlE,
        0x02 => Key::Left,
        0x06 => Key::Right,
        0x0b => Key::KillToEnd,
        0x0e => Key::Down,
        0x10 => Key::Up,
        0x1b => read_escape(next),
        b'\t' => Key::Tab,
        0x00..=0x1f => Key::Ignore,
        _ => read_utf8(b, next),
    }
}

fn read_escape(next: &mut dyn FnMut() -> Option<u8>) -> Key {
    match next() {
        Some(b'[') | Some(b'O') => {}
        Some(_) => return Key::Ignore,
        None => return Key::Eof,
    }
    // Parameters, then a final byte in 0x40..=0x7e.
    let mut param = 0u32;
    loop {
        let Some(b) = next() else {
            return Key::Eof;
        };
        match b {
            b'0'..=b'9' => param = param.saturating_mul(10).saturating_add(u32::from(b - b'0')),
            b';' => param = 0,
            b'A' => return Key::Up,
            b'B' => return Key::Down,
            b'C' => return Key::Right,
            b'D' => return Key::Left,
            b'H' => return Key::Home,
            b'F' => return Key::End,
            b'~' => {
                return match param {
                    1 | 7 => Key::Home,
                    4 | 8 => Key::End,
                    3 => Key::Delete,
                    _ => Key::Ignore,
                }
            }
            0x40..=0x7e => return Key::Ignore,
            _ => {}
        }
    }
}

fn read_utf8(first: u8, next: &mut dyn FnMut() -> Option<u8>) -> Key {
    let len = match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Key::Ignore,
    };
    let mut bytes = vec![first];
    for _ in 1..len {
        match next() {
            Some(b) => bytes.push(b),
            None => return Key::Eof,
        }
    }
    match core::str::from_utf8(&bytes)
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Key::Char(c),
        None => Key::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn feed(ed: &mut LineEditor, input: &[u8]) -> (Vec<ReadResult>, String) {
        let mut it = input.iter().copied();
        let mut next = move || it.next();
        let mut out = String::new();
        let mut results = Vec::new();
        loop {
            let mut names = |w: &str| -> Vec<String> {
                let last = w.rsplit('.').next().unwrap_or("");
                ["print", "pow", "sys", "path", "platform"]
                    .iter()
                    .filter(|n| n.starts_with(last))
                    .map(|n| n.to_string())
                    .collect()
            };
            let r = ed
                .read_line(">>> ", "", &mut next, &mut out, &mut names)
                .unwrap();
            let end = r == ReadResult::Eof;
            results.push(r);
            if end {
                break;
            }
        }
        (results, out)
    }

    fn line(s: &str) -> ReadResult {
        ReadResult::Line(s.into())
    }

    #[test]
    fn typing_and_editing() {
        let mut ed = LineEditor::new();
        // "abd", left, insert c, end, backspace, "e".
        let (r, _) = feed(&mut ed, b"abd\x1b[Dc\x1b[F\x7fe\r");
        assert_eq!(r, vec![line("abce"), ReadResult::Eof]);
        // home, delete, ctrl-e
        let (r, _) = feed(&mut ed, b"xyz\x1b[H\x1b[3~\x05!\r");
        assert_eq!(r[0], line("yz!"));
    }

    #[test]
    fn history() {
        let mut ed = LineEditor::new();
        let (r, _) = feed(&mut ed, b"one\rtwo\r\x1b[A\x1b[A\r\x1b[A\x1b[B\x1b[B\r");
        assert_eq!(
            r,
            vec![
                line("one"),
                line("two"),
                line("one"),
                line(""),
                ReadResult::Eof
            ]
        );
    }

    #[test]
    fn control_keys() {
        let mut ed = LineEditor::new();
        let (r, _) = feed(&mut ed, b"abc\x03x\r\x04");
        assert_eq!(r, vec![ReadResult::Interrupt, line("x"), ReadResult::Eof]);
        // Ctrl-D on a non-empty line does not end input.
        let (r, _) = feed(&mut ed, b"ab\x04\r");
        assert_eq!(r[0], line("ab"));
    }

    #[test]
    fn utf8_and_redraw() {
        let mut ed = LineEditor::new();
        let (r, out) = feed(&mut ed, "é中\x1b[D\x7f".as_bytes());
        assert_eq!(r, vec![ReadResult::Eof]);
        assert!(out.contains("\r>>> 中\x1b[K\x1b[1D"));
    }

    #[test]
    fn tab_completion() {
        let mut ed = LineEditor::new();
        // unique: "sy" -> "sys"; common prefix: "sys.pa" -> "sys.pat"; indent on empty word
        let (r, _) = feed(&mut ed, b"sy\t.pa\t\r\tx\r");
        assert_eq!(r[0], line("sys.path"));
        assert_eq!(r[1], line("    x"));
        // several candidates with nothing in common beyond the word: listed, line kept
        let (r, out) = feed(&mut ed, b"p\t\r");
        assert_eq!(r[0], line("p"));
        assert!(out.contains("path    platform    pow    print"));
    }

    #[test]
    fn truncated_escape_is_eof() {
        let mut ed = LineEditor::new();
        let (r, _) = feed(&mut ed, b"a\x1b[");
        assert_eq!(r, vec![ReadResult::Eof]);
    }
}
