use super::*;
use alloc::vec;

fn lines(bytes: usize, n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    encode_lines(&mut out, bytes, n);
    out
}

#[test]
fn line_table_entries_match_the_spec_examples() {
    // §3.5: a module whose line 8 starts at offset 4 has the single long entry `84 07`.
    assert_eq!(lines(4, 7), vec![0x84, 0x07]);
    // Short entries carry at most 3 lines; more bytes than 31 are skipped first.
    assert_eq!(lines(0, 4), vec![0x60, 0x20]);
    assert_eq!(lines(40, 1), vec![0x1f, 0x29]);
    assert_eq!(lines(2, 1), vec![0x22]);
}

#[test]
fn jumps_shrink_to_one_byte_when_they_fit() {
    let mut c = Code::new();
    let top = c.new_label();
    let end = c.new_label();
    c.label(top);
    c.ins(op::LOAD_CONST_NONE, Arg::None, 1);
    c.ins(op::POP_JUMP_IF_FALSE, Arg::Jump(end), -1);
    c.ins(op::JUMP, Arg::Jump(top), 0);
    c.label(end);
    c.ins(op::LOAD_CONST_NONE, Arg::None, 1);
    c.ins(op::RETURN_VALUE, Arg::None, -1);
    let (code, _) = c.assemble().unwrap();
    // 0: 51; 1: 44 42 (-> 5); 3: 42 3b (-> 0); 5: 51 63
    assert_eq!(code, vec![0x51, 0x44, 0x42, 0x42, 0x3b, 0x51, 0x63]);
    assert_eq!(c.max_stack, 1);
}

#[test]
fn code_after_a_transfer_is_dropped_until_a_label() {
    let mut c = Code::new();
    let l = c.new_label();
    c.ins(op::RETURN_VALUE, Arg::None, 0);
    c.ins(op::LOAD_CONST_NONE, Arg::None, 1);
    c.label(l);
    c.ins(op::LOAD_CONST_TRUE, Arg::None, 1);
    let (code, _) = c.assemble().unwrap();
    assert_eq!(code, vec![0x63, 0x52]);
    // Dead code still counts towards the stack size, as upstream's does.
    assert_eq!(c.max_stack, 2);
}

#[test]
fn long_forward_jumps_take_two_bytes() {
    let mut c = Code::new();
    let l = c.new_label();
    c.ins(op::SETUP_EXCEPT, Arg::Jump(l), 0);
    for _ in 0..200 {
        c.ins(op::LOAD_CONST_NONE, Arg::None, 0);
    }
    c.label(l);
    let (code, _) = c.assemble().unwrap();
    // Target 203 = 3 + 200: stored as 200 = 0x48 | 0x80, 0x01.
    assert_eq!(&code[..3], &[op::SETUP_EXCEPT, 0xc8, 0x01]);
}
