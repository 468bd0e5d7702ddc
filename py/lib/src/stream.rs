//! Streams: `sys.stdout`/`sys.stderr`/`sys.stdin`, files, `io.StringIO`/`io.BytesIO`.
//! Always compiled.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use ferrite_runtime::natives::Args;
use ferrite_runtime::obj::{
    Obj, StreamObj, NO_HANDLE, STREAM_ERR, STREAM_FILE, STREAM_IN, STREAM_MEM, STREAM_OUT,
};
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

fn stream(vm: &mut Vm, fd: u8, data: Vec<u8>, text: bool) -> PyResult<Value> {
    vm.alloc(Obj::Stream(Box::new(StreamObj {
        fd,
        handle: NO_HANDLE,
        data,
        pos: 0,
        text,
        closed: false,
    })))
}

pub fn new_stream(vm: &mut Vm, fd: u8) -> PyResult<Value> {
    stream(vm, fd, Vec::new(), true)
}

pub fn new_text_reader(vm: &mut Vm, s: String) -> PyResult<Value> {
    stream(vm, STREAM_MEM, s.into_bytes(), true)
}

pub fn new_bytes_reader(vm: &mut Vm, b: Vec<u8>) -> PyResult<Value> {
    stream(vm, STREAM_MEM, b, false)
}

/// A file opened for writing: created (or emptied) now and kept open; each write goes
/// through to it.
pub fn new_file_writer(vm: &mut Vm, path: &str, text: bool, append: bool) -> PyResult<Value> {
    // The object first: a collection its allocation makes cannot close the new handle.
    let v = stream(vm, STREAM_FILE, Vec::new(), text)?;
    let handle = match vm.port.open_write(path, append) {
        // Too many open files: a collection closes those of file objects no longer
        // reachable (the new one stays rooted meanwhile), then one more try.
        Err(23 | 24) => {
            vm.roots.push(v);
            vm.collect();
            vm.roots.pop();
            vm.port.open_write(path, append)
        }
        r => r,
    }
    .map_err(|e| vm.os_error(e))?;
    if let Some(Obj::Stream(s)) = vm.heap.get_mut(v) {
        s.handle = handle;
    }
    Ok(v)
}

/// Closes a file or memory stream (and the file it has open).
fn stream_close(vm: &mut Vm, v: Value) {
    let handle = match vm.heap.get_mut(v) {
        Some(Obj::Stream(s)) => {
            s.closed |= s.fd == STREAM_MEM || s.fd == STREAM_FILE;
            core::mem::replace(&mut s.handle, NO_HANDLE)
        }
        _ => NO_HANDLE,
    };
    if handle != NO_HANDLE {
        vm.port.close_handle(handle);
    }
}

fn stream_out(vm: &mut Vm, v: Value, text: &[u8]) -> PyResult<()> {
    let (fd, handle) = match vm.heap.get(v) {
        Some(Obj::Stream(s)) => (s.fd, s.handle),
        _ => return Err(vm.type_error("not a stream")),
    };
    match fd {
        STREAM_OUT => vm.write_stdout(text),
        STREAM_ERR => vm.write_stderr(text),
        STREAM_IN => return Err(vm.os_error(9)),
        // A file's writes go through at once, as MicroPython's are unbuffered: nothing
        // waits in memory for a `close` that may never come, and writes reach the file
        // in the order they were made.
        STREAM_FILE => {
            vm.port
                .write_handle(handle, text)
                .map_err(|e| vm.os_error(e))?;
            if let Some(Obj::Stream(s)) = vm.heap.get_mut(v) {
                s.pos += text.len();
            }
        }
        _ => {
            vm.heap.charge(text.len()).map_err(|_| vm.mem_error())?;
            if let Some(Obj::Stream(s)) = vm.heap.get_mut(v) {
                let end = s.pos + text.len();
                if s.data.len() < end {
                    s.data.resize(end, 0);
                }
                s.data[s.pos..end].copy_from_slice(text);
                s.pos = end;
            }
        }
    }
    Ok(())
}

/// Methods of streams.
pub fn call_stream_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let this = a.arg(0);
    let (text, closed, fd) = match vm.heap.get(this) {
        Some(Obj::Stream(s)) => (s.text, s.closed, s.fd),
        _ => return Err(vm.type_error("not a stream")),
    };
    if closed && !matches!(name, "close" | "__exit__") {
        return Err(vm.new_exc_msg(vm.t.value_error, "I/O operation on closed file"));
    }
    let make = |vm: &mut Vm, b: Vec<u8>| -> PyResult<Value> {
        if text {
            vm.new_str_owned(String::from_utf8_lossy(&b).into_owned())
        } else {
            vm.new_bytes(b)
        }
    };
    match name {
        "write" => {
            let v = a.arg(1);
            let data: Vec<u8> = if text {
                vm.arg_str(v)?.into_bytes()
            } else {
                vm.bytes_from_value(v)?
            };
            let n = if text {
                String::from_utf8_lossy(&data).chars().count()
            } else {
                data.len()
            };
            stream_out(vm, this, &data)?;
            vm.new_int(n as i64)
        }
        "read" | "readline" if fd == STREAM_IN => {
            if name == "readline" {
                return match vm.port.read_line() {
                    Some(mut l) => {
                        l.push('\n');
                        vm.new_str_owned(l)
                    }
                    None => vm.new_str(""),
                };
            }
            let data = vm.port.read_stdin();
            make(vm, data)
        }
        "read" | "readline" => {
            let limit = match a.pos.get(1) {
                Some(&v) if !v.is_none() => vm.to_index(v)?,
                _ => -1,
            };
            let Some(Obj::Stream(s)) = vm.heap.get_mut(this) else {
                return Ok(Value::NONE);
            };
            let rest = &s.data[s.pos.min(s.data.len())..];
            let mut n = if name == "readline" {
                rest.iter()
                    .position(|&c| c == b'\n')
                    .map_or(rest.len(), |i| i + 1)
            } else {
                rest.len()
            };
            if limit >= 0 {
                n = n.min(limit as usize);
            }
            let out = rest[..n].to_vec();
            s.pos += n;
            make(vm, out)
        }
        "readlines" => {
            let Some(Obj::Stream(s)) = vm.heap.get_mut(this) else {
                return Ok(Value::NONE);
            };
            let rest = s.data[s.pos.min(s.data.len())..].to_vec();
            s.pos = s.data.len();
            let mut lines = Vec::new();
            for chunk in rest.split_inclusive(|&c| c == b'\n') {
                lines.push(make(vm, chunk.to_vec())?);
            }
            vm.new_list(lines)
        }
        "getvalue" => {
            let data = match vm.heap.get(this) {
                Some(Obj::Stream(s)) => s.data.clone(),
                _ => Vec::new(),
            };
            make(vm, data)
        }
        "seek" => {
            let p = vm.to_index(a.arg(1))?.max(0) as usize;
            if let Some(Obj::Stream(s)) = vm.heap.get_mut(this) {
                s.pos = p;
            }
            vm.new_int(p as i64)
        }
        "tell" => {
            let p = match vm.heap.get(this) {
                Some(Obj::Stream(s)) => s.pos,
                _ => 0,
            };
            vm.new_int(p as i64)
        }
        "flush" => {
            vm.flush();
            Ok(Value::NONE)
        }
        "close" | "__exit__" => {
            stream_close(vm, this);
            Ok(Value::NONE)
        }
        "__enter__" | "__iter__" => Ok(this),
        "__next__" => {
            let line = call_stream_method(
                vm,
                "readline",
                &Args {
                    pos: &[this],
                    kw: &[],
                },
            )?;
            if vm.len_of(line)? == 0 {
                return Err(vm.new_exc_msg_none(vm.t.stop_iteration));
            }
            Ok(line)
        }
        _ => Err(vm.type_error("bad stream method")),
    }
}

/// `io.StringIO(...)` / `io.BytesIO(...)`.
pub fn io_fn(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let init = a.arg(0);
    let text = name == "StringIO";
    let data = if init.is_null() || init.is_none() {
        Vec::new()
    } else if text {
        vm.arg_str(init)?.into_bytes()
    } else {
        vm.bytes_from_value(init)?
    };
    stream(vm, STREAM_MEM, data, text)
}
