//! Command-line parsing and messages of `mpy-cross`, kept apart from I/O so they can be tested.

use ferrite_compiler::{CompileError, ErrorKind};

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Version,
    Help,
    Compile(Options),
}

/// Options of a compilation.
#[derive(Debug, PartialEq, Eq, Default)]
pub struct Options {
    /// The input path, or `-` for stdin.
    pub input: String,
    /// `-o`: the output path.
    pub output: Option<String>,
    /// `-s`: the source name recorded in the `.mpy`.
    pub source: Option<String>,
}

impl Options {
    /// The name recorded in the module (qstr 0): `-s`, else the input path as given.
    pub fn source_name(&self, from_stdin: bool) -> String {
        match &self.source {
            Some(s) => s.clone(),
            None if from_stdin => "<stdin>".into(),
            None => self.input.clone(),
        }
    }

    /// Where the `.mpy` goes: `-o`, else the input with `.py` replaced by `.mpy`; `None`
    /// means stdout (input from stdin without `-o`).
    pub fn output_path(&self, from_stdin: bool) -> Option<String> {
        if let Some(o) = &self.output {
            return Some(o.clone());
        }
        if from_stdin {
            return None;
        }
        let stem = self.input.strip_suffix(".py").unwrap_or(&self.input);
        Some(format!("{stem}.mpy"))
    }
}

/// The `--version` line.
pub fn version_line() -> String {
    format!(
        "Ferrite v{} (MicroPython 1.28 compatible); mpy-cross emitting mpy v6.3",
        env!("CARGO_PKG_VERSION")
    )
}

/// The usage text (printed with a wrong command line, and for `--help`).
pub fn usage() -> &'static str {
    "usage: mpy-cross [<opts>] [-X <implopt>] [--] <input filename>\n\
     Options:\n\
     --version : show version information\n\
     -o : output file for compiled bytecode (defaults to input filename with .mpy extension, \
     or stdout if input is stdin)\n\
     -s : source filename to embed in the compiled bytecode (defaults to input file)\n\
     -O[N] : accepted for compatibility; ignored\n\
     -march=<arch>, -msmall-int-bits=<n>, -X emit=bytecode : accepted for compatibility; \
     Ferrite emits bytecode only\n"
}

/// Parses the arguments (without the program name). `Err` carries a message (may be empty).
pub fn parse(args: &[String]) -> Result<Command, String> {
    let mut opts = Options::default();
    let mut input: Option<String> = None;
    let mut only_files = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let a = arg.as_str();
        if only_files || a == "-" || !a.starts_with('-') {
            if input.is_some() {
                return Err("multiple input files".into());
            }
            input = Some(arg.clone());
            continue;
        }
        match a {
            "--" => only_files = true,
            "--version" => return Ok(Command::Version),
            "-h" | "--help" => return Ok(Command::Help),
            "-o" => opts.output = Some(value(&mut it, "-o")?),
            "-s" => opts.source = Some(value(&mut it, "-s")?),
            "-X" => {
                let v = value(&mut it, "-X")?;
                check_impl_option(&v)?;
            }
            "-v" => {}
            _ if a.starts_with("-O") && a[2..].bytes().all(|b| b.is_ascii_digit()) => {}
            _ if a.starts_with("-march=") || a.starts_with("-msmall-int-bits=") => {}
            _ if a.starts_with("-march-flags=") => {}
            _ => return Err(format!("unknown option {a}")),
        }
    }
    match input {
        Some(i) => {
            opts.input = i;
            Ok(Command::Compile(opts))
        }
        None => Err("no input file".into()),
    }
}

fn value<'a>(it: &mut impl Iterator<Item = &'a String>, opt: &str) -> Result<String, String> {
    it.next()
        .cloned()
        .ok_or_else(|| format!("option {opt} needs a value"))
}

fn check_impl_option(v: &str) -> Result<(), String> {
    let ok = v == "emit=bytecode"
        || v == "source-lines"
        || v == "no-source-lines"
        || v.starts_with("heapsize=");
    if ok {
        Ok(())
    } else {
        Err(format!(
            "unsupported -X option {v} (Ferrite emits bytecode only)"
        ))
    }
}

/// A compile error printed as upstream `mpy-cross` prints it.
pub fn format_compile_error(source_name: &str, err: &CompileError) -> String {
    let kind = match err.kind {
        ErrorKind::SyntaxError => "SyntaxError",
        ErrorKind::IndentationError => "IndentationError",
    };
    format!(
        "Traceback (most recent call last):\n  File \"{source_name}\", line {}\n{kind}: {}\n",
        err.line, err.msg
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn compile_opts(list: &[&str]) -> Options {
        match parse(&args(list)) {
            Ok(Command::Compile(o)) => o,
            other => panic!("expected a compile command, got {other:?}"),
        }
    }

    #[test]
    fn plain_file() {
        let o = compile_opts(&["dir/x.py"]);
        assert_eq!(o.input, "dir/x.py");
        assert_eq!(o.output_path(false).as_deref(), Some("dir/x.mpy"));
        assert_eq!(o.source_name(false), "dir/x.py");
    }

    #[test]
    fn output_and_source_name() {
        let o = compile_opts(&["-o", "out.mpy", "-s", "name.py", "x.py"]);
        assert_eq!(o.output_path(false).as_deref(), Some("out.mpy"));
        assert_eq!(o.source_name(false), "name.py");
    }

    #[test]
    fn stdin_goes_to_stdout() {
        let o = compile_opts(&["-"]);
        assert_eq!(o.output_path(true), None);
        assert_eq!(o.source_name(true), "<stdin>");
    }

    #[test]
    fn ignored_native_options() {
        let o = compile_opts(&["-O2", "-march=armv7m", "-X", "emit=bytecode", "-v", "x.py"]);
        assert_eq!(o.input, "x.py");
    }

    #[test]
    fn errors() {
        assert!(parse(&args(&[])).is_err());
        assert!(parse(&args(&["a.py", "b.py"])).is_err());
        assert!(parse(&args(&["-o"])).is_err());
        assert!(parse(&args(&["-Z", "a.py"])).is_err());
        assert!(parse(&args(&["-X", "emit=native", "a.py"])).is_err());
    }

    #[test]
    fn version_names_ferrite_and_mpy_version() {
        assert_eq!(parse(&args(&["--version"])), Ok(Command::Version));
        let v = version_line();
        assert!(v.contains("Ferrite") && v.contains("mpy v6.3"));
    }

    #[test]
    fn compile_error_text() {
        let e = CompileError {
            kind: ErrorKind::SyntaxError,
            msg: "invalid syntax".into(),
            line: 2,
        };
        assert_eq!(
            format_compile_error("bad.py", &e),
            "Traceback (most recent call last):\n  File \"bad.py\", line 2\nSyntaxError: invalid syntax\n"
        );
    }
}
