//! Abstract stack check: an optional pass after [`crate::verify()`]. Always compiled.
//!
//! It walks each function's control-flow graph from offset 0, tracking the value-stack depth
//! and the exception-block stack with the VM's run-time effects (spec §4.2, §5.5–§5.7):
//! exception handlers are entered at their block's saved depth plus one, `SETUP_WITH` saves the
//! slot of `__exit__`'s self, `FOR_ITER` leaves the loop with its 4 iterator slots popped,
//! `UNWIND_JUMP` lands at the base of the outermost block it unwinds, and `END_FINALLY` /
//! `POP_EXCEPT_JUMP` pop a block. It requires, for every reachable instruction:
//! * the same depth and block stack whenever two paths meet, and never a negative depth;
//! * `END_FINALLY`/`POP_EXCEPT_JUMP` have a block to pop, `UNWIND_JUMP` unwinds between 1 and
//!   all open blocks;
//! * control never runs off the end of the code;
//! * locals (arguments, cells, every local operand) plus the deepest stack fit in `n_state`,
//!   and open blocks never exceed `n_exc_stack`.
//!
//! This is the model the compiler sizes frames with, so it is first of all a check on
//! `n_state` and `n_exc_stack` as an emitter computes them; every upstream-compiled file in
//! the fixtures and the corpus passes it. It is not a proof that the VM's stack cannot
//! underflow or overflow: a `finally` handler entered by unwinding (a `return` or `break`
//! through it) runs with a return value and an unwind marker above the depth the model
//! assigns (allowed for as 2 extra slots), and upstream's `async with` exit path rotates three
//! values where the model sees two. The VM keeps its own bounds checks.

use alloc::vec;
use alloc::vec::Vec;

use crate::index::Index;
use crate::module::{Module, RawCode};
use crate::opcode::{decode_instruction, Opcode, Operand};
use crate::prelude::{Prelude, SCOPE_VARARGS, SCOPE_VARKEYWORDS};
use crate::verify::VerifyError;

/// Runs the stack check on every raw code of `m`, which must already have passed
/// [`crate::verify()`] (otherwise the result is an error, never a panic).
pub fn check_stack(m: &Module) -> Result<(), VerifyError> {
    let mut todo: Vec<&RawCode> = vec![&m.root];
    let mut index = 0usize;
    while let Some(rc) = todo.pop() {
        check_raw_code(rc).map_err(|(offset, what)| VerifyError {
            raw_code: Some(index),
            offset,
            what,
        })?;
        todo.extend(rc.children.iter().rev());
        index += 1;
    }
    Ok(())
}

/// An open exception block: the depth its handler is entered at (minus one) and the depth it
/// leaves the stack at when unwound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Block {
    saved: i64,
    base: i64,
}

/// Block stacks, hash-consed so that equal stacks have equal ids. Id 0 is the empty stack.
struct Blocks {
    /// (parent id, top block, length).
    nodes: Vec<(usize, Block, usize)>,
    /// (parent id, top block) as bytes → id.
    index: Index,
}

impl Blocks {
    fn new() -> Blocks {
        Blocks {
            nodes: vec![(0, Block { saved: 0, base: 0 }, 0)],
            index: Index::new(),
        }
    }

    fn push(&mut self, parent: usize, b: Block) -> usize {
        let mut key = [0u8; 24];
        key[..8].copy_from_slice(&(parent as u64).to_le_bytes());
        key[8..16].copy_from_slice(&b.saved.to_le_bytes());
        key[16..].copy_from_slice(&b.base.to_le_bytes());
        let id = self.nodes.len();
        let (id, added) = self.index.get_or_insert(&key, id as u32);
        if added {
            let len = self.nodes[parent].2 + 1;
            self.nodes.push((parent, b, len));
        }
        id as usize
    }

    fn len(&self, id: usize) -> usize {
        self.nodes[id].2
    }

    /// The stack without its top `n` blocks, and the last block removed.
    fn pop(&self, mut id: usize, n: usize) -> Option<(usize, Block)> {
        let mut last = None;
        for _ in 0..n {
            if id == 0 {
                return None;
            }
            let (parent, b, _) = self.nodes[id];
            last = Some(b);
            id = parent;
        }
        last.map(|b| (id, b))
    }
}

type Fail = (Option<usize>, &'static str);

fn check_raw_code(rc: &RawCode) -> Result<(), Fail> {
    let p = Prelude::decode(&rc.fun_data).map_err(|_| (None, "prelude does not decode"))?;
    let code = p.code(&rc.fun_data);
    let n = code.len();
    // Lower bound on the locals: argument slots, cells, every local operand.
    let mut locals = i64::from(p.n_pos_args)
        + i64::from(p.n_kwonly_args)
        + i64::from(p.scope_flags & SCOPE_VARARGS != 0)
        + i64::from(p.scope_flags & SCOPE_VARKEYWORDS != 0);
    for &c in &p.cells {
        locals = locals.max(i64::from(c) + 1);
    }
    let mut blocks = Blocks::new();
    // Per offset: (depth, block stack id) once reached.
    let mut state: Vec<Option<(i64, usize)>> = vec![None; n];
    let mut work: Vec<usize> = vec![0];
    if n == 0 {
        return Err((None, "no opcodes"));
    }
    state[0] = Some((0, 0));
    let mut max_depth = 0i64;
    let mut max_blocks = 0usize;

    while let Some(off) = work.pop() {
        let Some((d, bs)) = state[off] else {
            return Err((Some(off), "internal: unreached state"));
        };
        let at = |what| (Some(off), what);
        let i = decode_instruction(code, off).map_err(|_| at("opcode does not decode"))?;
        if let Operand::Local(l) = i.operand {
            locals = locals.max(i64::from(l) + 1);
        }
        max_blocks = max_blocks.max(blocks.len(bs));
        max_depth = max_depth.max(d);
        let next = off + i.len;
        let target = i.jump_target().unwrap_or(0);
        // Successor states of this instruction.
        let mut succ: [Option<(usize, i64, usize)>; 2] = [None, None];
        match i.op {
            Opcode::SetupExcept | Opcode::SetupFinally => {
                let b = blocks.push(bs, Block { saved: d, base: d });
                succ = [Some((target, d + 1, b)), Some((next, d, b))];
            }
            Opcode::SetupWith => {
                let b = blocks.push(
                    bs,
                    Block {
                        saved: d + 1,
                        base: d - 1,
                    },
                );
                succ = [Some((target, d + 2, b)), Some((next, d + 2, b))];
                max_depth = max_depth.max(d + 2);
            }
            Opcode::PopExceptJump => {
                let (rest, _) = blocks.pop(bs, 1).ok_or(at("no block to pop"))?;
                succ[0] = Some((target, d, rest));
            }
            Opcode::EndFinally => {
                let (rest, _) = blocks.pop(bs, 1).ok_or(at("no block to pop"))?;
                succ[0] = Some((next, d - 1, rest));
            }
            Opcode::Jump => succ[0] = Some((target, d, bs)),
            Opcode::PopJumpIfTrue | Opcode::PopJumpIfFalse => {
                succ = [Some((target, d - 1, bs)), Some((next, d - 1, bs))];
            }
            Opcode::JumpIfTrueOrPop | Opcode::JumpIfFalseOrPop => {
                succ = [Some((target, d, bs)), Some((next, d - 1, bs))];
            }
            Opcode::ForIter => {
                succ = [Some((target, d - 4, bs)), Some((next, d + 1, bs))];
                max_depth = max_depth.max(d + 1);
            }
            Opcode::UnwindJump => {
                let count = usize::from(i.extra & 0x7f);
                if count == 0 {
                    return Err(at("UNWIND_JUMP unwinds no block"));
                }
                let (rest, outer) = blocks
                    .pop(bs, count)
                    .ok_or(at("UNWIND_JUMP past open blocks"))?;
                let nd = outer.base - if i.extra & 0x80 != 0 { 4 } else { 0 };
                succ[0] = Some((target, nd, rest));
                // Pending finally handlers run with a return address and count pushed.
                max_depth = max_depth.max(d + 2);
            }
            Opcode::ReturnValue | Opcode::RaiseLast | Opcode::RaiseObj | Opcode::RaiseFrom => {}
            _ => {
                if i.op == Opcode::WithCleanup {
                    max_depth = max_depth.max(d + 2);
                }
                let nd = d + i64::from(i.stack_delta());
                max_depth = max_depth.max(nd);
                succ[0] = Some((next, nd, bs));
            }
        }
        for (to, nd, nb) in succ.into_iter().flatten() {
            if nd < 0 {
                return Err(at("negative stack depth"));
            }
            if to >= n {
                return Err(at("control runs off the end of the code"));
            }
            match state[to] {
                Some(s) if s != (nd, nb) => return Err((Some(to), "inconsistent stack at merge")),
                Some(_) => {}
                None => {
                    state[to] = Some((nd, nb));
                    work.push(to);
                }
            }
        }
    }
    if locals + max_depth > i64::from(p.n_state.max(1)) {
        return Err((None, "locals plus stack exceed n_state"));
    }
    if max_blocks > p.n_exc_stack as usize {
        return Err((None, "open blocks exceed n_exc_stack"));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
