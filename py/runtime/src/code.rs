//! Loaded bytecode: a module's raw codes with their preludes decoded once, qstr operands
//! mapped to the VM's interned strings and constants made into objects. Always compiled.

use alloc::boxed::Box;
use alloc::rc::Rc;

use crate::value::Value;

/// What all the functions of one loaded module share.
pub struct ModCtx {
    /// File-local qstr index → VM qstr number.
    pub qstrs: Box<[u32]>,
    /// The constant table, as objects.
    pub consts: Box<[Value]>,
}

/// One bytecode function, ready to run.
pub struct Code {
    pub ctx: Rc<ModCtx>,
    /// The opcodes (the prelude stripped off); offsets count from here.
    pub bytecode: Box<[u8]>,
    /// The operand of the instruction at each byte offset, decoded once (see [`predecode`]).
    pub pre: Box<[PreWord]>,
    pub line_table: Box<[u8]>,
    pub n_state: usize,
    pub n_exc_stack: usize,
    pub flags: u8,
    pub n_pos_args: usize,
    pub n_kwonly_args: usize,
    pub n_def_pos_args: usize,
    /// VM qstr of the function name.
    pub name: u32,
    /// VM qstrs of the argument names.
    pub arg_names: Box<[u32]>,
    pub cells: Box<[u8]>,
    pub children: Box<[Rc<Code>]>,
}

impl Code {
    pub fn is_generator(&self) -> bool {
        self.flags & ferrite_bytecode::prelude::SCOPE_GENERATOR != 0
    }

    /// The source file name (VM qstr).
    pub fn file(&self) -> u32 {
        self.ctx.qstrs.first().copied().unwrap_or(0)
    }

    pub fn line_for(&self, offset: usize) -> usize {
        ferrite_bytecode::prelude::line_for_offset(&self.line_table, offset)
    }
}

/// A [`Code::pre`] word: bits 0-7 hold the byte at its offset (at an instruction's start, the
/// opcode), bits 8-11 the instruction's length — 0 means "not decoded": the operand did not
/// fit, or the offset is not an instruction's start; use the bytes — bit 12 the mark of a
/// counting loop's test ([`LOOP_TEST_BIT`]), bits 32-63 the operand.
pub type PreWord = u64;

const PRE_LEN_SHIFT: u32 = 8;

/// The operand and the instruction length a [`Code::pre`] word holds (length 0: not decoded).
#[inline(always)]
pub fn pre_parts(w: PreWord) -> (u32, usize) {
    ((w >> 32) as u32, ((w >> PRE_LEN_SHIFT) & 0xf) as usize)
}

/// The byte a [`Code::pre`] word holds (the opcode at an instruction's start).
#[inline(always)]
pub fn pre_op(w: PreWord) -> u8 {
    w as u8
}

/// A pre-decoded small-int operand (32-bit two's complement) as an int.
#[inline(always)]
pub fn pre_small(operand: u32) -> isize {
    operand as i32 as isize
}

/// Decodes every instruction of `bytecode` once, so the inner loop reads opcode and operand
/// with one load instead of a byte and a varint: `pre[ip]` holds the byte at `ip` and, for
/// an instruction starting there, its length and operand (see [`PreWord`]), with qstr
/// operands already mapped to the VM's numbers, small ints as 32-bit two's complement and
/// jumps as absolute offsets. Operands that do not fit (32 bits) are left undecoded.
pub fn predecode(bytecode: &[u8], qstrs: &[u32]) -> Box<[PreWord]> {
    use ferrite_bytecode::Operand;
    let mut pre: alloc::vec::Vec<PreWord> = bytecode.iter().map(|&b| PreWord::from(b)).collect();
    for (ip, instr) in ferrite_bytecode::instructions(bytecode) {
        let Ok(instr) = instr else { break };
        let operand: Option<u32> = match instr.operand {
            Operand::None | Operand::Unary(_) | Operand::Binary(_) => Some(0),
            Operand::Qstr(i) => qstrs.get(i as usize).copied(),
            Operand::Uint(n) | Operand::Local(n) | Operand::Obj(n) | Operand::Child(n) => Some(n),
            // 32 bits, and within a small int (31 bits on a 32-bit target).
            Operand::SmallInt(i) => i32::try_from(i)
                .ok()
                .filter(|&i| {
                    (crate::value::SMALL_MIN..=crate::value::SMALL_MAX).contains(&i64::from(i))
                })
                .map(|i| i as u32),
            Operand::Jump(t) => u32::try_from(t).ok(),
        };
        if let (Some(op), Ok(len @ 1..=15), Some(w)) =
            (operand, u64::try_from(instr.len), pre.get_mut(ip))
        {
            *w |= (PreWord::from(op) << 32) | (len << PRE_LEN_SHIFT);
        }
    }
    // Mark the tests of counting loops (see [`LOOP_TEST_BIT`]).
    for ip in 0..bytecode.len() {
        let test = match bytecode[ip] {
            0x57 => is_loop_test(bytecode, &pre, ip),
            0x58 => is_loop_test_two(bytecode, &pre, ip),
            _ => false,
        };
        if test && pre_parts(pre[ip]) == (0, 1) {
            pre[ip] |= LOOP_TEST_BIT;
        }
    }
    pre.into_boxed_slice()
}

/// The mark [`predecode`] gives a DUP_TOP that starts the test of a counting loop —
/// `DUP_TOP; LOAD_CONST_SMALL_INT n | LOAD_FAST k; BINARY_OP LESS | MORE; POP_JUMP_IF_TRUE`,
/// the way `for i in range(...)` compiles when the end is a constant or a local — or a
/// DUP_TOP_TWO that starts `DUP_TOP_TWO; ROT_TWO; BINARY_OP LESS | MORE; POP_JUMP_IF_TRUE`
/// (the end computed once and kept on the stack under the counter), so the inner loop can run
/// the four as one.
pub const LOOP_TEST_BIT: PreWord = 1 << 12;

fn is_loop_test_two(bc: &[u8], pre: &[PreWord], ip: usize) -> bool {
    bc.get(ip + 1) == Some(&0x5a)
        && matches!(bc.get(ip + 2), Some(0xd7 | 0xd8))
        && bc.get(ip + 3) == Some(&0x43)
        && pre.get(ip + 3).is_some_and(|&w| pre_parts(w).1 != 0)
}

fn is_loop_test(bc: &[u8], pre: &[PreWord], ip: usize) -> bool {
    let i1 = ip + 1;
    let len1 = match bc.get(i1) {
        Some(0x70..=0xbf) => 1,
        Some(0x22 | 0x24) => pre_parts(pre.get(i1).copied().unwrap_or(0)).1,
        _ => 0,
    };
    len1 != 0
        && matches!(bc.get(i1 + len1), Some(0xd7 | 0xd8))
        && bc.get(i1 + len1 + 1) == Some(&0x43)
        && pre.get(i1 + len1 + 1).is_some_and(|&w| pre_parts(w).1 != 0)
}

/// What source text compiles to: a module (`File`), one expression (`Eval`), or one REPL
/// input whose expression statements print their values (`Single`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompileMode {
    File,
    Eval,
    Single,
}
