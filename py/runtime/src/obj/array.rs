//! `array.array`: a typed, packed sequence of numbers (typecodes `b B h H i I l L q Q f d`),
//! with the buffer protocol (its bytes are the items, little-endian). Always compiled.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use ferrite_bigint::BigInt;

use crate::natives::Args;
use crate::obj::Obj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct ArrayObj {
    pub typecode: u8,
    pub data: Vec<u8>,
}

/// Bytes per item, or `None` for an unknown typecode.
pub fn item_size(tc: u8) -> Option<usize> {
    Some(match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn signed(tc: u8) -> bool {
    matches!(tc, b'b' | b'h' | b'i' | b'l' | b'q')
}

impl Vm {
    fn array_encode(&mut self, tc: u8, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
        let size = item_size(tc).unwrap_or(1);
        match tc {
            b'f' => {
                let x = self.to_f64(v)?;
                out.extend_from_slice(&(x as f32).to_le_bytes());
            }
            b'd' => {
                let x = self.to_f64(v)?;
                out.extend_from_slice(&x.to_le_bytes());
            }
            _ => {
                let Some(i) = self.as_bigint(v).filter(|_| self.is_int(v)) else {
                    let tn = self.type_name(v);
                    return Err(self.type_error(&alloc::format!("can't convert {tn} to int")));
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
                    return Err(self
                        .new_exc_msg(self.t.overflow_error, "value out of range for array type"));
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

    fn array_decode(&mut self, tc: u8, b: &[u8]) -> PyResult<Value> {
        match tc {
            b'f' => {
                let x = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                self.new_float(f64::from(x))
            }
            b'd' => {
                let mut a = [0u8; 8];
                a.copy_from_slice(&b[..8]);
                self.new_float(f64::from_le_bytes(a))
            }
            _ if signed(tc) => self.new_bigint(BigInt::from_signed_bytes_le(b)),
            _ => self.new_bigint(BigInt::from_bytes_le(b)),
        }
    }

    /// `array(typecode[, iterable])`.
    pub fn new_array(&mut self, tc: Value, init: Value) -> PyResult<Value> {
        let tcs = self.arg_str(tc)?;
        let code = match tcs.as_bytes() {
            [c] if item_size(*c).is_some() => *c,
            _ => return Err(self.new_exc_msg(self.t.value_error, "bad typecode")),
        };
        let mut data = Vec::new();
        if !init.is_null() {
            let items = if let (Some(b), true) = (self.bytes_of(init), matches!(code, b'b' | b'B'))
            {
                b.iter().map(|&x| Value::small(x as isize)).collect()
            } else {
                self.iter_to_vec(init)?
            };
            for it in items {
                self.array_encode(code, it, &mut data)?;
            }
        }
        self.alloc(Obj::Array(Box::new(ArrayObj {
            typecode: code,
            data,
        })))
    }

    fn array_parts(&self, a: Value) -> Option<(u8, usize)> {
        match self.heap.get(a) {
            Some(Obj::Array(x)) => Some((
                x.typecode,
                x.data.len() / item_size(x.typecode).unwrap_or(1),
            )),
            _ => None,
        }
    }

    pub fn array_subscr(&mut self, a: Value, idx: Value) -> PyResult<Value> {
        let Some((tc, len)) = self.array_parts(a) else {
            return Err(self.type_error("not an array"));
        };
        let size = item_size(tc).unwrap_or(1);
        if let Some(Obj::Slice(..)) = self.heap.get(idx) {
            let (start, _, step, n) = self.slice_indices(idx, len)?;
            let mut data = Vec::with_capacity(n * size);
            if let Some(Obj::Array(x)) = self.heap.get(a) {
                let mut i = start;
                for _ in 0..n {
                    let at = i as usize * size;
                    data.extend_from_slice(&x.data[at..at + size]);
                    i = i.wrapping_add(step);
                }
            }
            return self.alloc(Obj::Array(Box::new(ArrayObj { typecode: tc, data })));
        }
        let i = self.to_index(idx)?;
        let j = if i < 0 { i + len as isize } else { i };
        if j < 0 || j >= len as isize {
            return Err(self.new_exc_msg(self.t.index_error, "array index out of range"));
        }
        let b = match self.heap.get(a) {
            Some(Obj::Array(x)) => x.data[j as usize * size..(j as usize + 1) * size].to_vec(),
            _ => Vec::new(),
        };
        self.array_decode(tc, &b)
    }

    pub fn array_store(&mut self, a: Value, idx: Value, v: Value) -> PyResult<()> {
        let Some((tc, len)) = self.array_parts(a) else {
            return Err(self.type_error("not an array"));
        };
        if v.is_null() || matches!(self.heap.get(idx), Some(Obj::Slice(..))) {
            return Err(self.type_error("array slice assignment and deletion are not supported"));
        }
        let size = item_size(tc).unwrap_or(1);
        let i = self.to_index(idx)?;
        let j = if i < 0 { i + len as isize } else { i };
        if j < 0 || j >= len as isize {
            return Err(self.new_exc_msg(self.t.index_error, "array index out of range"));
        }
        let mut b = Vec::with_capacity(size);
        self.array_encode(tc, v, &mut b)?;
        if let Some(Obj::Array(x)) = self.heap.get_mut(a) {
            x.data[j as usize * size..(j as usize + 1) * size].copy_from_slice(&b);
        }
        Ok(())
    }

    /// `repr()` text of an array.
    pub fn array_repr(&mut self, a: Value) -> PyResult<String> {
        let Some((tc, len)) = self.array_parts(a) else {
            return Ok(String::new());
        };
        let mut out = alloc::format!("array('{}'", tc as char);
        if len > 0 {
            out.push_str(", [");
            for i in 0..len {
                if i > 0 {
                    out.push_str(", ");
                }
                let v = self.array_subscr(a, Value::small(i as isize))?;
                out.push_str(&self.repr(v)?);
            }
            out.push(']');
        }
        out.push(')');
        Ok(out)
    }

    /// The items of an array as values.
    pub fn array_items(&mut self, a: Value) -> PyResult<Vec<Value>> {
        let len = self.array_parts(a).map_or(0, |p| p.1);
        let mut out = Vec::with_capacity(len);
        for i in 0..len {
            out.push(self.array_subscr(a, Value::small(i as isize))?);
        }
        Ok(out)
    }
}

/// Methods of arrays.
pub fn call_array_method(vm: &mut Vm, name: &'static str, a: &Args) -> PyResult<Value> {
    let this = a.arg(0);
    let Some((tc, _)) = vm.array_parts(this) else {
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
                vm.array_encode(tc, it, &mut data)?;
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
            let items = vm.array_items(this)?;
            vm.new_list(items)
        }
        _ => Err(vm.type_error("bad array method")),
    }
}
