//! The text of exceptions: `str(exc)` and the traceback printed for an uncaught one. Built
//! for size: a program prints few tracebacks.

use alloc::string::String;
use alloc::vec::Vec;

use ferrite_runtime::exc::errno_name;
use ferrite_runtime::obj::{Obj, TbEntry};
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// `str(exc)`: nothing for no arguments, the argument for one, the tuple for several.
pub fn exc_str(vm: &mut Vm, e: Value) -> PyResult<String> {
    let args = vm.exc_args(e);
    let cls = vm.type_of(e);
    if cls == vm.t.os_error || vm.is_subclass(cls, vm.t.os_error) {
        if args.len() == 2 {
            if let Some(n) = args[0].as_small() {
                let msg = vm.to_str(args[1])?;
                return Ok(match errno_name(n as i32) {
                    Some(name) => alloc::format!("[Errno {n}] {name}: {msg}"),
                    None => alloc::format!("[Errno {n}] {msg}"),
                });
            }
        }
        if args.len() == 1 {
            if let Some(n) = args[0].as_small() {
                if let Some(name) = errno_name(n as i32) {
                    return Ok(alloc::format!("[Errno {n}] {name}"));
                }
            }
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.to_str(args[0]),
        _ => {
            let t = vm.heap.get(e).and_then(|o| match o {
                Obj::Exception(x) => Some(x.args),
                _ => None,
            });
            vm.repr(t.unwrap_or(Value::NONE))
        }
    }
}

/// The traceback text MicroPython prints for an uncaught exception.
pub fn format_exception(vm: &mut Vm, e: Value) -> String {
    let mut out = String::new();
    let mut chain = Vec::new();
    let mut cur = e;
    while chain.len() < 20 {
        chain.push(cur);
        let next = match vm.heap.get(cur) {
            Some(Obj::Exception(x)) => {
                if !x.cause.is_null() && !x.cause.is_none() {
                    Some((x.cause, true))
                } else if !x.context.is_null() && !x.suppress_context && !x.context.is_none() {
                    Some((x.context, false))
                } else {
                    None
                }
            }
            _ => None,
        };
        match next {
            Some((n, _)) if !chain.contains(&n) => cur = n,
            _ => break,
        }
    }
    for (i, &x) in chain.iter().enumerate().rev() {
        format_one(vm, x, &mut out);
        if i > 0 {
            let by_cause =
                matches!(vm.heap.get(chain[i - 1]), Some(Obj::Exception(p)) if p.cause == x);
            out.push_str(if by_cause {
                "\nThe above exception was the direct cause of the following exception:\n\n"
            } else {
                "\nDuring handling of the above exception, another exception occurred:\n\n"
            });
        }
    }
    out
}

fn format_one(vm: &mut Vm, e: Value, out: &mut String) {
    let tb: Vec<TbEntry> = match vm.heap.get(e) {
        Some(Obj::Exception(x)) => x.traceback.clone(),
        _ => Vec::new(),
    };
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for t in tb.iter().rev() {
            let file = vm.qstrs.get(t.file);
            let name = vm.qstrs.get(t.name);
            if name.is_empty() {
                out.push_str(&alloc::format!("  File \"{file}\", line {}\n", t.line));
            } else {
                out.push_str(&alloc::format!(
                    "  File \"{file}\", line {}, in {name}\n",
                    t.line
                ));
            }
        }
    }
    let name = vm.type_name(e);
    let msg = match exc_str(vm, e) {
        Ok(m) => m,
        Err(_) => String::from("<exception str() failed>"),
    };
    out.push_str(&name);
    if !msg.is_empty() || vm.exc_args(e).len() == 1 {
        out.push_str(": ");
        out.push_str(&msg);
    } else {
        out.push_str(": ");
    }
    out.push('\n');
}
