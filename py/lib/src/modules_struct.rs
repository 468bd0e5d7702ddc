//! The `struct` module: packing values into bytes and back, with MicroPython's format codes
//! (`b B h H i I l L q Q f d s P x ? c` and `@ = < > !`). Always compiled.

use alloc::vec::Vec;

use ferrite_bigint::BigInt;

use ferrite_runtime::natives::Args;
use ferrite_runtime::obj::Obj;
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// One field of a format: code, repeat count.
struct Field {
    code: u8,
    count: usize,
}

struct Format {
    little: bool,
    native: bool,
    fields: Vec<Field>,
}

fn parse(fmt: &str) -> Option<Format> {
    let b = fmt.as_bytes();
    let mut i = 0;
    let (little, native) = match b.first() {
        Some(b'<') => (true, false),
        Some(b'>') | Some(b'!') => (false, false),
        Some(b'=') => (true, false),
        Some(b'@') => (true, true),
        _ => (true, true),
    };
    if matches!(b.first(), Some(b'<' | b'>' | b'!' | b'=' | b'@')) {
        i = 1;
    }
    let mut fields = Vec::new();
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 0usize;
        let mut has = false;
        while i < b.len() && b[i].is_ascii_digit() {
            count = count
                .checked_mul(10)?
                .checked_add(usize::from(b[i] - b'0'))?;
            has = true;
            i += 1;
        }
        let code = *b.get(i)?;
        size_of_code(code)?;
        fields.push(Field {
            code,
            count: if has { count } else { 1 },
        });
        i += 1;
    }
    Some(Format {
        little,
        native,
        fields,
    })
}

fn size_of_code(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'b' | b'B' | b'c' | b's' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn calcsize(f: &Format) -> Option<usize> {
    let mut n = 0usize;
    for fl in &f.fields {
        let sz = size_of_code(fl.code)?;
        if f.native && sz > 1 && fl.code != b's' {
            n = n.div_ceil(sz) * sz;
        }
        n = n.checked_add(sz.checked_mul(fl.count)?)?;
    }
    Some(n)
}

fn bad_format(vm: &mut Vm) -> ferrite_runtime::vm::PyErr {
    vm.new_exc_msg(vm.t.value_error, "bad format string")
}

fn pack(vm: &mut Vm, f: &Format, vals: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut vi = 0;
    let mut next = |vm: &mut Vm| -> PyResult<Value> {
        let v = vals.get(vi).copied();
        vi += 1;
        v.ok_or_else(|| vm.new_exc_msg(vm.t.value_error, "not enough arguments"))
    };
    for fl in &f.fields {
        let sz = size_of_code(fl.code).unwrap_or(1);
        if f.native && sz > 1 && fl.code != b's' {
            while out.len() % sz != 0 {
                out.push(0);
            }
        }
        if fl.code == b's' {
            let v = next(vm)?;
            let mut b = vm.bytes_from_value(v)?;
            b.resize(fl.count, 0);
            out.extend_from_slice(&b);
            continue;
        }
        for _ in 0..fl.count {
            match fl.code {
                b'x' => out.push(0),
                b'f' | b'd' => {
                    let v = next(vm)?;
                    let x = vm.to_f64(v)?;
                    let bytes: Vec<u8> = match fl.code {
                        b'f' => {
                            let b = (x as f32).to_bits();
                            if f.little {
                                b.to_le_bytes().to_vec()
                            } else {
                                b.to_be_bytes().to_vec()
                            }
                        }
                        _ => {
                            let b = x.to_bits();
                            if f.little {
                                b.to_le_bytes().to_vec()
                            } else {
                                b.to_be_bytes().to_vec()
                            }
                        }
                    };
                    out.extend_from_slice(&bytes);
                }
                _ => {
                    let v = next(vm)?;
                    let i: BigInt = if fl.code == b'c' {
                        match vm.bytes_of(v) {
                            Some(b) if b.len() == 1 => BigInt::from(b[0]),
                            _ => {
                                return Err(vm
                                    .type_error("char format requires a bytes object of length 1"))
                            }
                        }
                    } else if fl.code == b'?' {
                        BigInt::from(u8::from(vm.truthy(v)?))
                    } else {
                        match vm.as_bigint(v) {
                            Some(b) => b,
                            None => {
                                return Err(vm.type_error("required argument is not an integer"))
                            }
                        }
                    };
                    // Two's complement, truncated to the field (as MicroPython does).
                    let mut bytes = i.to_signed_bytes_le();
                    let fill = if i.is_negative() { 0xff } else { 0 };
                    bytes.resize(sz.max(bytes.len()), fill);
                    bytes.truncate(sz);
                    if !f.little {
                        bytes.reverse();
                    }
                    out.extend_from_slice(&bytes);
                }
            }
        }
    }
    if vi < vals.len() {
        return Err(vm.new_exc_msg(vm.t.value_error, "too many arguments"));
    }
    Ok(out)
}

fn unpack(vm: &mut Vm, f: &Format, data: &[u8]) -> PyResult<Value> {
    let mut vals = Vec::new();
    let mut pos = 0usize;
    for fl in &f.fields {
        let sz = size_of_code(fl.code).unwrap_or(1);
        if f.native && sz > 1 && fl.code != b's' {
            pos = pos.div_ceil(sz) * sz;
        }
        if fl.code == b's' {
            let b = data.get(pos..pos + fl.count).unwrap_or(&[]).to_vec();
            pos += fl.count;
            vals.push(vm.new_bytes(b)?);
            continue;
        }
        for _ in 0..fl.count {
            let Some(chunk) = data.get(pos..pos + sz) else {
                return Err(vm.new_exc_msg(vm.t.value_error, "buffer too small"));
            };
            let mut b = chunk.to_vec();
            pos += sz;
            if !f.little {
                b.reverse();
            }
            let v = match fl.code {
                b'x' => continue,
                b'f' => {
                    let x = f32::from_bits(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                    vm.new_float(f64::from(x))?
                }
                b'd' => {
                    let mut a = [0u8; 8];
                    a.copy_from_slice(&b);
                    vm.new_float(f64::from_bits(u64::from_le_bytes(a)))?
                }
                b'c' => vm.new_bytes(b)?,
                b'?' => Value::bool(b[0] != 0),
                b'b' | b'h' | b'i' | b'l' | b'q' => {
                    let i = BigInt::from_signed_bytes_le(&b);
                    vm.new_bigint(i)?
                }
                _ => {
                    let i = BigInt::from_bytes_le(&b);
                    vm.new_bigint(i)?
                }
            };
            vals.push(v);
        }
    }
    vm.new_tuple(vals)
}

pub fn struct_fn(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let fmt_text = vm.arg_str(a.arg(0))?;
    let Some(f) = parse(&fmt_text) else {
        return Err(bad_format(vm));
    };
    let Some(size) = calcsize(&f) else {
        return Err(bad_format(vm));
    };
    match name {
        "calcsize" => vm.new_int(size as i64),
        "pack" => {
            let b = pack(vm, &f, &a.pos[1..])?;
            vm.new_bytes(b)
        }
        "unpack" | "unpack_from" => {
            let data = vm
                .bytes_of(a.arg(1))
                .map(<[u8]>::to_vec)
                .unwrap_or_default();
            let off = match a.kw_or_pos(vm, "offset", 2) {
                Some(o) => {
                    let o = vm.to_index(o)?;
                    if o < 0 {
                        (data.len() as isize + o).max(0) as usize
                    } else {
                        o as usize
                    }
                }
                None => 0,
            };
            if name == "unpack" && data.len() != size {
                return Err(vm.new_exc_msg(vm.t.value_error, "buffer size must match format"));
            }
            if data.len() < off.saturating_add(size) {
                return Err(vm.new_exc_msg(vm.t.value_error, "buffer too small"));
            }
            unpack(vm, &f, &data[off..off + size])
        }
        "pack_into" => {
            let buf = a.arg(1);
            let off = vm.to_index(a.arg(2))?;
            let b = pack(vm, &f, a.pos.get(3..).unwrap_or(&[]))?;
            let len = match vm.heap.get(buf) {
                Some(Obj::ByteArray(v)) => v.len(),
                _ => return Err(vm.type_error("pack_into needs a bytearray")),
            };
            let off = if off < 0 {
                (len as isize + off).max(0) as usize
            } else {
                off as usize
            };
            if off + b.len() > len {
                return Err(vm.new_exc_msg(vm.t.value_error, "buffer too small"));
            }
            if let Some(Obj::ByteArray(v)) = vm.heap.get_mut(buf) {
                v[off..off + b.len()].copy_from_slice(&b);
            }
            Ok(Value::NONE)
        }
        _ => Err(vm.type_error("bad struct function")),
    }
}
