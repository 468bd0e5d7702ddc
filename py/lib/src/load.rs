//! Loading bytecode: verifying a compiled module (from the compiler or an `.mpy` image),
//! decoding its preludes, mapping its qstrs to the VM's and making its constants objects.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

use ferrite_bytecode::{Const, Module, Prelude, RawCode};
use ferrite_runtime::code::{predecode, Code, ModCtx};
use ferrite_runtime::value::Value;
use ferrite_runtime::vm::{PyResult, Vm};

/// Loads an `.mpy` image.
pub fn load_mpy(vm: &mut Vm, data: &[u8]) -> PyResult<Rc<Code>> {
    match ferrite_bytecode::Module::from_mpy(data) {
        Ok(m) => load_module(vm, &m),
        Err(_) => Err(vm.new_exc_msg(vm.t.value_error, "incompatible .mpy file")),
    }
}

/// Verifies a compiled module and makes it runnable; its module body is the result.
pub fn load_module(vm: &mut Vm, m: &Module) -> PyResult<Rc<Code>> {
    if ferrite_bytecode::verify(m).is_err() || ferrite_bytecode::check_stack(m).is_err() {
        return Err(vm.new_exc_msg(vm.t.value_error, "incompatible .mpy file"));
    }
    let qstrs: Box<[u32]> = m.qstrs.iter().map(|s| vm.qstrs.intern(s)).collect();
    let mut consts = Vec::with_capacity(m.consts.len());
    let mark = vm.roots.len();
    for c in &m.consts {
        let v = make_const(vm, c, &qstrs);
        match v {
            Ok(v) => {
                vm.roots.push(v);
                consts.push(v);
            }
            Err(e) => {
                vm.roots.truncate(mark);
                return Err(e);
            }
        }
    }
    vm.roots.truncate(mark);
    let ctx = Rc::new(ModCtx {
        qstrs,
        consts: consts.into_boxed_slice(),
    });
    build_code(&m.root, &ctx)
        .ok_or_else(|| vm.new_exc_msg(vm.t.value_error, "incompatible .mpy file"))
}

fn make_const(vm: &mut Vm, c: &Const, qstrs: &[u32]) -> PyResult<Value> {
    let _ = qstrs;
    Ok(match c {
        Const::None => Value::NONE,
        Const::False => Value::FALSE,
        Const::True => Value::TRUE,
        Const::Ellipsis => Value::ELLIPSIS,
        Const::Str(s) => vm.new_str(s)?,
        Const::Bytes(b) => vm.new_bytes(b.clone())?,
        Const::Int(text) => match ferrite_bigint::BigInt::parse_bytes(text.as_bytes(), 10) {
            Some(i) => vm.new_bigint(i)?,
            None => return Err(vm.new_exc_msg(vm.t.value_error, "incompatible .mpy file")),
        },
        Const::Float(f) => vm.new_float(*f)?,
        Const::Complex(f) => vm.alloc(ferrite_runtime::obj::Obj::Complex(0.0, *f))?,
        Const::Tuple(items) => {
            let mark = vm.roots.len();
            for it in items {
                let v = make_const(vm, it, qstrs)?;
                vm.roots.push(v);
            }
            let vals: Box<[Value]> = vm.roots[mark..].into();
            vm.roots.truncate(mark);
            vm.alloc(ferrite_runtime::obj::Obj::Tuple(vals))?
        }
    })
}

fn build_code(rc: &RawCode, ctx: &Rc<ModCtx>) -> Option<Rc<Code>> {
    let p = Prelude::decode(&rc.fun_data).ok()?;
    let q = |i: u32| ctx.qstrs.get(i as usize).copied();
    let children = rc
        .children
        .iter()
        .map(|c| build_code(c, ctx))
        .collect::<Option<Vec<_>>>()?;
    let bytecode: Box<[u8]> = rc.fun_data.get(p.code_start..)?.into();
    Some(Rc::new(Code {
        ctx: ctx.clone(),
        pre: predecode(&bytecode, &ctx.qstrs),
        bytecode,
        line_table: rc.fun_data.get(p.line_info.clone())?.into(),
        n_state: p.n_state as usize,
        n_exc_stack: p.n_exc_stack as usize,
        flags: p.scope_flags,
        n_pos_args: p.n_pos_args as usize,
        n_kwonly_args: p.n_kwonly_args as usize,
        n_def_pos_args: p.n_def_pos_args as usize,
        name: q(p.simple_name)?,
        arg_names: p.arg_names.iter().map(|&a| q(a)).collect::<Option<_>>()?,
        cells: p.cells.into(),
        children: children.into(),
    }))
}
