//! The instruction buffer of one scope and its assembly into `fun_data`: labels, the 1-/2-byte
//! jump relaxation (spec §6.5), dead-code suppression (§6.6), stack-depth tracking (§6.4),
//! the line-number table (§3.5/§6.7) and the prelude encodings (§3.2–§3.4).

use alloc::vec::Vec;

use ferrite_bytecode::varint::{encode_svarint, encode_vuint, vuint_len};

use crate::emit_op as op;

/// A jump target inside one scope.
pub type Label = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    None,
    /// vuint operand (qstr index, local number, count, object or child index).
    Uint(u32),
    /// Signed var-int operand (`LOAD_CONST_SMALL_INT`).
    Sint(i64),
    /// Jump to a label.
    Jump(Label),
    /// `UNWIND_JUMP`: label and the extra byte.
    Unwind(Label, u8),
    /// `MAKE_CLOSURE*`: child index and number of closed-over cells.
    Closure(u32, u8),
}

#[derive(Clone, Copy, Debug)]
enum Item {
    Ins(u8, Arg),
    Label(Label),
    Line(u32),
}

/// Collects one scope's instructions during the emit pass.
#[derive(Debug, Default)]
pub struct Code {
    items: Vec<Item>,
    /// True after an unconditional transfer until the next label.
    suppress: bool,
    stack: i32,
    pub max_stack: i32,
    next_label: Label,
}

impl Code {
    pub fn new() -> Self {
        Code::default()
    }

    pub fn new_label(&mut self) -> Label {
        let l = self.next_label;
        self.next_label += 1;
        l
    }

    pub fn adjust_stack(&mut self, delta: i32) {
        self.stack += delta;
        if self.stack > self.max_stack {
            self.max_stack = self.stack;
        }
    }

    /// Emits an instruction with the compiler stack effect `delta`.
    pub fn ins(&mut self, opcode: u8, arg: Arg, delta: i32) {
        self.adjust_stack(delta);
        if self.suppress {
            return;
        }
        self.items.push(Item::Ins(opcode, arg));
        if matches!(
            opcode,
            op::JUMP
                | op::RETURN_VALUE
                | op::RAISE_LAST
                | op::RAISE_OBJ
                | op::RAISE_FROM
                | op::UNWIND_JUMP
                | op::POP_EXCEPT_JUMP
        ) {
            self.suppress = true;
        }
    }

    /// An opcode byte with no operand and no stack accounting (the pops of a `break`).
    pub fn raw(&mut self, opcode: u8) {
        if !self.suppress {
            self.items.push(Item::Ins(opcode, Arg::None));
        }
    }

    pub fn label(&mut self, l: Label) {
        self.suppress = false;
        self.items.push(Item::Label(l));
    }

    pub fn line(&mut self, line: u32) {
        self.items.push(Item::Line(line));
    }

    /// Lays the code out, choosing jump sizes, and returns the opcode bytes and the
    /// line-number table bytes.
    pub fn assemble(&self) -> Result<(Vec<u8>, Vec<u8>), &'static str> {
        let n_labels = self.next_label as usize;
        // Every jump starts long; each round re-decides every jump from the previous
        // layout until nothing changes. Jumps only ever shrink, so this terminates.
        let mut long: Vec<bool> = self
            .items
            .iter()
            .map(|it| matches!(it, Item::Ins(_, Arg::Jump(_) | Arg::Unwind(..))))
            .collect();
        let mut label_pos = alloc::vec![0usize; n_labels];
        let mut positions = alloc::vec![0usize; self.items.len()];
        loop {
            let mut pos = 0usize;
            for (i, it) in self.items.iter().enumerate() {
                positions[i] = pos;
                match *it {
                    Item::Ins(_, arg) => pos += ins_size(arg, long[i]),
                    Item::Label(l) => {
                        if let Some(p) = label_pos.get_mut(l as usize) {
                            *p = pos;
                        }
                    }
                    Item::Line(_) => {}
                }
            }
            let mut changed = false;
            for (i, it) in self.items.iter().enumerate() {
                if let Item::Ins(opc, Arg::Jump(l) | Arg::Unwind(l, _)) = *it {
                    if !long[i] {
                        continue;
                    }
                    let target = label_pos.get(l as usize).copied().unwrap_or(0) as i64;
                    let rel = target - (positions[i] as i64 + 2);
                    if fits_short(opc, rel) {
                        long[i] = false;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        let mut code = Vec::new();
        let mut lines = Vec::new();
        let mut last_line = 1u32;
        let mut last_off = 0usize;
        for (i, it) in self.items.iter().enumerate() {
            match *it {
                Item::Label(_) => {}
                Item::Line(line) => {
                    if line > last_line {
                        encode_lines(
                            &mut lines,
                            code.len() - last_off,
                            (line - last_line) as usize,
                        );
                        last_off = code.len();
                        last_line = line;
                    }
                }
                Item::Ins(opc, arg) => {
                    code.push(opc);
                    match arg {
                        Arg::None => {}
                        Arg::Uint(v) => encode_vuint(&mut code, v),
                        Arg::Sint(v) => encode_svarint(&mut code, v),
                        Arg::Closure(c, n) => {
                            encode_vuint(&mut code, c);
                            code.push(n);
                        }
                        Arg::Jump(l) | Arg::Unwind(l, _) => {
                            let target = label_pos.get(l as usize).copied().unwrap_or(0) as i64;
                            let p = positions[i] as i64;
                            let signed = opc <= op::POP_JUMP_IF_FALSE;
                            if long[i] {
                                let mut v = target - (p + 3);
                                if signed {
                                    v += 0x4000;
                                }
                                if !(0..=0x7fff).contains(&v) {
                                    return Err("bytecode overflow");
                                }
                                code.push(0x80 | (v & 0x7f) as u8);
                                code.push((v >> 7) as u8);
                            } else {
                                let mut v = target - (p + 2);
                                if signed {
                                    v += 0x40;
                                }
                                code.push(v as u8);
                            }
                            if let Arg::Unwind(_, b) = arg {
                                code.push(b);
                            }
                        }
                    }
                }
            }
        }
        Ok((code, lines))
    }
}

fn fits_short(opc: u8, rel: i64) -> bool {
    if opc <= op::POP_JUMP_IF_FALSE {
        (-64..=63).contains(&rel)
    } else {
        (0..=127).contains(&rel)
    }
}

fn ins_size(arg: Arg, long: bool) -> usize {
    1 + match arg {
        Arg::None => 0,
        Arg::Uint(v) => vuint_len(v),
        Arg::Sint(v) => {
            let mut tmp = Vec::new();
            encode_svarint(&mut tmp, v);
            tmp.len()
        }
        Arg::Closure(c, _) => vuint_len(c) + 1,
        Arg::Jump(_) => 1 + long as usize,
        Arg::Unwind(..) => 2 + long as usize,
    }
}

/// Line-table entries for `(bytes, lines)` (spec §3.5).
fn encode_lines(out: &mut Vec<u8>, mut bytes: usize, mut lines: usize) {
    while bytes > 0 || lines > 0 {
        if lines <= 6 || bytes > 15 {
            let b = bytes.min(31);
            let l = if b < bytes { 0 } else { lines.min(3) };
            out.push(((l << 5) | b) as u8);
            bytes -= b;
            lines -= l;
        } else {
            let b = bytes.min(15);
            let l = lines.min(2047);
            out.push((0x80 | b | ((l >> 4) & 0x70)) as u8);
            out.push((l & 0xff) as u8);
            bytes -= b;
            lines -= l;
        }
    }
}

#[cfg(test)]
mod tests;
