//! Class creation: `class` statements (`__build_class__`), `type(name, bases, ns)`, and the
//! classes the library makes itself. Built for size: a program creates its classes once.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use ferrite_runtime::obj::{Dict, Kind, Obj, TypeObj};
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// `type(name, bases, ns)`: a new class.
pub fn new_class(vm: &mut Vm, name: Value, bases: &[Value], ns: Value) -> PyResult<Value> {
    let bases: Vec<Value> = if bases.is_empty() {
        vec![vm.t.object]
    } else {
        bases.to_vec()
    };
    let mut kind = Kind::Object;
    for &b in &bases {
        match vm.heap.get(b) {
            Some(Obj::Type(bt)) => {
                if bt.kind != Kind::Object {
                    if kind != Kind::Object && kind != bt.kind {
                        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                    }
                    kind = bt.kind;
                }
            }
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    let dict = match vm.heap.get(ns) {
        Some(Obj::Dict(d)) => (**d).clone(),
        _ => Dict::new(),
    };
    let mro = c3_mro(vm, &bases)?;
    let mut flags = 0u8;
    for &c in &mro {
        if let Some(Obj::Type(t)) = vm.heap.get(c) {
            flags |= t.flags;
        }
    }
    for e in dict.iter() {
        flags |= vm.attr_flags(e.key, e.value);
    }
    vm.method_cache.clear();
    let v = vm.alloc(Obj::Type(Box::new(TypeObj {
        name,
        bases,
        mro: Vec::new(),
        dict,
        kind,
        builtin: false,
        flags,
        attrs: 0,
    })))?;
    let mut full = vec![v];
    full.extend(mro);
    if let Some(Obj::Type(t)) = vm.heap.get_mut(v) {
        t.mro = full;
    }
    Ok(v)
}

fn c3_mro(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| vm.mro(b)).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut pick = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                pick = Some(cand);
                break;
            }
        }
        let Some(c) = pick else {
            return Err(vm.type_error("cannot create a consistent method resolution order"));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}
