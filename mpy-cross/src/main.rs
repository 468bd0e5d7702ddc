//! The `mpy-cross` binary: compile .py to .mpy v6, as the upstream tool does.
//!
//! `mpy-cross [options] FILE.py` writes `FILE.mpy` (or `-o OUT`); `-s NAME` sets the source
//! name recorded in the file (what tracebacks print). `-` reads stdin and writes stdout.
//! Options of the upstream tool that only matter for native code (`-march=`, `-O<n>`,
//! `-X emit=…`, `-msmall-int-bits=`) are accepted and ignored: Ferrite emits bytecode only.
#![forbid(unsafe_code)]

mod cli;

use std::io::{Read, Write};
use std::process::ExitCode;

use cli::{Command, Options};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::parse(&args) {
        Ok(Command::Version) => {
            println!("{}", cli::version_line());
            ExitCode::SUCCESS
        }
        Ok(Command::Help) => {
            print!("{}", cli::usage());
            ExitCode::SUCCESS
        }
        Ok(Command::Compile(opts)) => compile_file(&opts),
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            eprint!("{}", cli::usage());
            ExitCode::FAILURE
        }
    }
}

fn compile(
    source: &str,
    source_name: &str,
) -> Result<ferrite_bytecode::Module, ferrite_compiler::CompileError> {
    ferrite_compiler::compile(source, source_name, ferrite_compiler::Mode::File)
}

fn compile_file(opts: &Options) -> ExitCode {
    let from_stdin = opts.input == "-";
    let mut source = Vec::new();
    let read = if from_stdin {
        std::io::stdin().read_to_end(&mut source).map(|_| ())
    } else {
        std::fs::read(&opts.input).map(|data| source = data)
    };
    if read.is_err() {
        eprintln!("OSError: (2, \"can't open {}\")", opts.input);
        return ExitCode::FAILURE;
    }
    let Ok(source) = String::from_utf8(source) else {
        eprintln!(
            "UnicodeError: source file {} is not valid UTF-8",
            opts.input
        );
        return ExitCode::FAILURE;
    };
    let source_name = opts.source_name(from_stdin);
    let module = match compile(&source, &source_name) {
        Ok(module) => module,
        Err(err) => {
            eprint!("{}", cli::format_compile_error(&source_name, &err));
            return ExitCode::FAILURE;
        }
    };
    let bytes = module.to_mpy();
    let written = match opts.output_path(from_stdin) {
        None => std::io::stdout().write_all(&bytes),
        Some(path) => std::fs::write(&path, &bytes),
    };
    if let Err(e) = written {
        eprintln!("OSError: cannot write output: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
