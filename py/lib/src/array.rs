//! `array.array`: a typed, packed sequence of numbers (typecodes `b B h H i I l L q Q f d`),
//! with the buffer protocol (its bytes are the items, little-endian). Always compiled.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use ferrite_bigint::BigInt;

use ferrite_runtime::natives::Args;
use ferrite_runtime::obj::Obj;
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

use ferrite_runtime::obj::array::{item_size, ArrayObj};

fn signed(tc: u8) -> bool {
    matches!(tc, b'b' | b'h' | b'i' | b'l' | b'q')
}

fn array_encode(vm: &mut Vm, tc: u8, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
    let size = item_size(tc).unwrap_or(1);
    match tc {
        b'f' => {
            let x = vm.to_f64(v)?;
            out.extend_from_slice(&(x as f32).to_le_bytes());
        }
        b'd' => {
            let x = vm.to_f64(v)?;
            out.extend_from_slice(&x.to_le_bytes());
        }
        _ => {
            let Some(i) = vm.as_bigint(v).filter(|_| vm.is_int(v)) else {
                return Err(crate::builtins::cant_convert(vm, v, "int"));
            };
            let bits = size * 8;
            let (lo, hi) = if signed(tc) {
                (
                    -(BigInt::from(1) << (bits - 1)),
                    (BigInt::from(1) << (bits - 1)) - 1,
                )
            } else {
                (BigInt::from(0), (BigInt::from(1) << bits) - 1)
            };
            if i < lo || i > hi {
                return Err(
                    vm.new_exc_msg(vm.t.overflow_error, "value out of range for array type")
                );
            }
            let mut b = i.to_signed_bytes_le();
            let fill = if i.is_negative() { 0xff } else { 0 };
            b.resize(size.max(b.len()), fill);
            b.truncate(size);
            out.extend_from_slice(&b);
        }
    }
    Ok(())
}

fn array_decode(vm: &mut Vm, tc: u8, b: &[u8]) -> PyResult<Value> {
    match tc {
        b'f' => {
            let x = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            vm.new_float(f64::from(x))
        }
        b'd' => {
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[..8]);
            vm.new_float(f64::from_le_bytes(a))
        }
        _ if signed(tc) => vm.new_bigint(BigInt::from_signed_bytes_le(b)),
        _ => vm.new_bigint(BigInt::from_bytes_le(b)),
    }
}

/// `array(typecode[, iterable])`.
pub fn new_array(vm: &mut Vm, tc: Value, init: Value) -> PyResult<Value> {
    let tcs = vm.arg_str(tc)?;
    let code = match tcs.as_bytes() {
        [c] if item_size(*c).is_some() => *c,
        _ => return Err(vm.new_exc_msg(vm.t.value_error, "bad typecode")),
    };
    let mut data = Vec::new();
    if !init.is_null() {
        let items = if let (Some(b), true) = (vm.bytes_of(init), matches!(code, b'b' | b'B')) {
            b.iter().map(|&x| Value::small(x as isize)).collect()
        } else {
            vm.iter_to_vec(init)?
        };
        for it in items {
            array_encode(vm, code, it, &mut data)?;
        }
    }
    vm.alloc(Obj::Array(Box::new(ArrayObj {
        typecode: code,
        data,
    })))
}

fn array_parts(vm: &Vm, a: Value) -> Option<(u8, usize)> {
    match vm.heap.get(a) {
        Some(Obj::Array(x)) => Some((
            x.typecode,
            x.data.len() / item_size(x.typecode).unwrap_or(1),
        )),
        _ => None,
    }
}

pub fn array_subscr(vm: &mut Vm, a: Value, idx: Value) -> PyResult<Value> {
    let Some((tc, len)) = array_parts(vm, a) else {
        return Err(vm.type_error("not an array"));
    };
    let size = item_size(tc).unwrap_or(1);
    if let Some(Obj::Slice(..)) = vm.heap.get(idx) {
        let (start, _, step, n) = vm.slice_indices(idx, len)?;
        let mut data = Vec::with_capacity(n * size);
        if let Some(Obj::Array(x)) = vm.heap.get(a) {
            let mut i = start;
            for _ in 0..n {
                let at = i as usize * size;
                data.extend_from_slice(&x.data[at..at + size]);
                i = i.wrapping_add(step);
            }
        }
        return vm.alloc(Obj::Array(Box::new(ArrayObj { typecode: tc, data })));
    }
    let i = vm.to_index(idx)?;
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j >= len as isize {
        return Err(vm.new_exc_msg(vm.t.index_error, "array index out of range"));
    }
    let b = match vm.heap.get(a) {
        Some(Obj::Array(x)) => x.data[j as usize * size..(j as usize + 1) * size].to_vec(),
        _ => Vec::new(),
    };
    array_decode(vm, tc, &b)
}

pub fn array_store(vm: &mut Vm, a: Value, idx: Value, v: Value) -> PyResult<()> {
    let Some((tc, len)) = array_parts(vm, a) else {
        return Err(vm.type_error("not an array"));
    };
    if v.is_null() || matches!(vm.heap.get(idx), Some(Obj::Slice(..))) {
        return Err(vm.type_error("array slice assignment and deletion are not supported"));
    }
    let size = item_size(tc).unwrap_or(1);
    let i = vm.to_index(idx)?;
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j >= len as isize {
        return Err(vm.new_exc_msg(vm.t.index_error, "array index out of range"));
    }
    let mut b = Vec::with_capacity(size);
    array_encode(vm, tc, v, &mut b)?;
    if let Some(Obj::Array(x)) = vm.heap.get_mut(a) {
        x.data[j as usize * size..(j as usize + 1) * size].copy_from_slice(&b);
    }
    Ok(())
}

/// `repr()` text of an array.
pub fn array_repr(vm: &mut Vm, a: Value) -> PyResult<String> {
    let Some((tc, len)) = array_parts(vm, a) else {
        return Ok(String::new());
    };
    let mut out = alloc::format!("array('{}'", tc as char);
    if len > 0 {
        out.push_str(", [");
        for i in 0..len {
            if i > 0 {
                out.push_str(", ");
            }
            let v = array_subscr(vm, a, Value::small(i as isize))?;
            out.push_str(&vm.repr(v)?);
        }
        out.push(']');
    }
    out.push(')');
    Ok(out)
}

/// The items of an array as values.
pub fn array_items(vm: &mut Vm, a: Value) -> PyResult<Vec<Value>> {
    let len = array_parts(vm, a).map_or(0, |p| p.1);
    let mut out = Vec::with_capacity(len);
    for i in 0..len {
        out.push(array_subscr(vm, a, Value::small(i as isize))?);
    }
    Ok(out)
}

/// Methods of arrays.
pub fn call_array_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let this = a.arg(0);
    let Some((tc, _)) = array_parts(vm, this) else {
        return Err(vm.type_error("not an array"));
    };
    match name {
        "append" | "extend" => {
            let items = if name == "append" {
                alloc::vec![a.arg(1)]
            } else {
                vm.iter_to_vec(a.arg(1))?
            };
            let mut data = Vec::new();
            for it in items {
                array_encode(vm, tc, it, &mut data)?;
            }
            vm.heap.charge(data.len()).map_err(|_| vm.mem_error())?;
            if let Some(Obj::Array(x)) = vm.heap.get_mut(this) {
                x.data.extend_from_slice(&data);
            }
            Ok(Value::NONE)
        }
        "tobytes" => {
            let data = vm.bytes_of(this).map(<[u8]>::to_vec).unwrap_or_default();
            vm.new_bytes(data)
        }
        "frombytes" => {
            let more = vm.bytes_from_value(a.arg(1))?;
            if more.len() % item_size(tc).unwrap_or(1) != 0 {
                return Err(
                    vm.new_exc_msg(vm.t.value_error, "bytes length not a multiple of item size")
                );
            }
            if let Some(Obj::Array(x)) = vm.heap.get_mut(this) {
                x.data.extend_from_slice(&more);
            }
            Ok(Value::NONE)
        }
        "tolist" => {
            let items = array_items(vm, this)?;
            vm.new_list(items)
        }
        _ => Err(vm.type_error("bad array method")),
    }
}
