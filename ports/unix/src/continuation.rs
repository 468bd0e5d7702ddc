//! When does REPL input need another line, and how far is the next line indented.
//!
//! The rule, as MicroPython's REPL behaves: input continues while a bracket or a triple-quoted
//! string is open or a line ends with `\`; input that opens a compound statement (its first
//! line starts with a compound keyword or `@`, or a line ends with `:`) continues until an
//! empty (or all-blank) line.
//!
//! Needs only `core` and `alloc`, ready to move into the core's REPL engine.

use alloc::string::String;
use alloc::vec::Vec;

const COMPOUND_KEYWORDS: &[&str] = &[
    "if", "while", "for", "try", "with", "def", "class", "async", "match",
];

/// Lexical state at the end of some source: what is still open.
#[derive(Default, Debug, PartialEq, Eq)]
struct Open {
    brackets: i32,
    triple_quote: bool,
    backslash: bool,
}

fn scan(input: &str) -> Open {
    let mut open = Open::default();
    let chars: Vec<char> = input.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        open.backslash = false;
        match c {
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '(' | '[' | '{' => open.brackets += 1,
            ')' | ']' | '}' => open.brackets -= 1,
            '\\' => {
                open.backslash = i + 1 == chars.len();
                i += 1;
            }
            '\'' | '"' => {
                let triple = i + 2 < chars.len() && chars[i + 1] == c && chars[i + 2] == c;
                if triple {
                    i += 3;
                    let mut closed = false;
                    while i < chars.len() {
                        if chars[i] == '\\' {
                            i += 2;
                            continue;
                        }
                        if chars[i] == c
                            && chars.get(i + 1) == Some(&c)
                            && chars.get(i + 2) == Some(&c)
                        {
                            i += 3;
                            closed = true;
                            break;
                        }
                        i += 1;
                    }
                    if !closed {
                        open.triple_quote = true;
                        return open;
                    }
                    continue;
                }
                // A single-quoted string ends at its quote or at the end of the line.
                i += 1;
                while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    open
}

fn starts_compound(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('@') {
        return true;
    }
    let word: String = t
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    COMPOUND_KEYWORDS.contains(&word.as_str())
}

fn code_part(line: &str) -> &str {
    // Good enough for a trailing-colon test: a '#' outside quotes starts a comment.
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '#') => return &line[..i],
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            _ => {}
        }
    }
    line
}

/// True when `input` (the lines entered so far, joined by `\n`) is not yet complete.
pub fn needs_more(input: &str) -> bool {
    let open = scan(input);
    if open.brackets > 0 || open.triple_quote || open.backslash {
        return true;
    }
    let first = input.split('\n').next().unwrap_or("");
    let last = input.rsplit('\n').next().unwrap_or("");
    let compound = starts_compound(first)
        || input
            .split('\n')
            .any(|l| code_part(l).trim_end().ends_with(':'));
    if !compound {
        return false;
    }
    // A compound statement ends at the first blank line after it.
    !(input.contains('\n') && last.trim().is_empty())
}

/// The indentation to offer for the line after `input` (auto-indent in a terminal).
pub fn next_indent(input: &str) -> usize {
    let last = input
        .rsplit('\n')
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    let indent = last.len() - last.trim_start_matches(' ').len();
    if code_part(last).trim_end().ends_with(':') {
        indent + 4
    } else {
        indent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_statements_are_complete() {
        assert!(!needs_more("1 + 2"));
        assert!(!needs_more("x = 'a:'"));
        assert!(!needs_more("print('(')"));
        assert!(!needs_more("x = 1 # comment:"));
        assert!(!needs_more(""));
    }

    #[test]
    fn open_brackets_strings_and_backslash() {
        assert!(needs_more("x = (1,"));
        assert!(!needs_more("x = (1,\n2)"));
        assert!(needs_more("s = '''abc"));
        assert!(!needs_more("s = '''abc\ndef'''"));
        assert!(needs_more("x = 1 + \\"));
        assert!(needs_more("d = {'a': [1,"));
    }

    #[test]
    fn compound_statements_end_at_blank_line() {
        assert!(needs_more("def f():"));
        assert!(needs_more("def f():\n    return 1"));
        assert!(!needs_more("def f():\n    return 1\n"));
        assert!(!needs_more("def f():\n    return 1\n    "));
        assert!(needs_more("for i in x: print(i)"));
        assert!(needs_more("@deco"));
        assert!(needs_more("if x:\n    pass\nelse:"));
        assert!(needs_more("x = 1 if y else 2; z = {1:\n2}\nif a:"));
    }

    #[test]
    fn indentation() {
        assert_eq!(next_indent("def f():"), 4);
        assert_eq!(next_indent("def f():\n    x = 1"), 4);
        assert_eq!(next_indent("def f():\n    if x:  # c"), 8);
        assert_eq!(next_indent("x = 1"), 0);
    }
}
