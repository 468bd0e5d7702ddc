use super::*;
use alloc::vec::Vec;

#[test]
fn table_is_sorted_and_consistent() {
    let mut prev_last: i32 = -1;
    for info in OPCODE_TABLE {
        let b = info.op.byte();
        assert!(i32::from(b) > prev_last, "{} out of order", info.name);
        assert!(info.last >= b);
        prev_last = i32::from(info.last);
        assert_eq!(info.op.info(), info);
        for x in b..=info.last {
            assert_eq!(Opcode::from_byte(x), Some(info.op));
        }
        // The format agrees with the byte-range rule of §4.1.
        let f = (0x3a4u32 >> (2 * (u32::from(b) >> 4))) & 3;
        let expect = match info.format {
            Format::None => 0,
            Format::Qstr => 1,
            Format::Uint | Format::Local | Format::Sint | Format::Obj | Format::Child => 2,
            Format::SignedOffset | Format::UnsignedOffset => 3,
        };
        assert_eq!(f, expect, "{}", info.name);
        assert_eq!(info.extra, b & 0x9e == 0, "{}", info.name);
    }
    let valid = (0..=255u8)
        .filter(|&b| Opcode::from_byte(b).is_some())
        .count();
    // 13 qstr + 24 uint-ish + 11 jumps + 24 byte ops + 64 + 16 + 16 + 4 + 35 multi.
    assert_eq!(valid, 13 + 24 + 11 + 24 + 64 + 16 + 16 + 4 + 35);
}

#[test]
fn unused_bytes_are_invalid() {
    for b in [
        0x00u8, 0x0f, 0x1d, 0x1f, 0x38, 0x3f, 0x41, 0x4c, 0x60, 0x61, 0x6a, 0xd4, 0xd6, 0xfa, 0xff,
    ] {
        assert_eq!(Opcode::from_byte(b), None);
        assert_eq!(
            decode_instruction(&[b, 0, 0, 0], 0),
            Err(DecodeError::InvalidOpcode(b))
        );
    }
}

#[test]
fn decode_examples() {
    let code = [
        0x82, 0x2a, 0x01, 0x53, 0x33, 0x00, 0x16, 0x02, 0x22, 0x6f, 0x20, 0x03, 0x02, 0x42, 0x3f,
        0x40, 0x41, 0x81, 0xf2, 0xd3, 0xc5, 0x24, 0x10,
    ];
    let got: Vec<(usize, Instr)> = instructions(&code).map(|(o, r)| (o, r.unwrap())).collect();
    let ops: Vec<(usize, Opcode, Operand, u8)> = got
        .iter()
        .map(|(o, i)| (*o, i.op, i.operand, i.extra))
        .collect();
    assert_eq!(
        ops,
        [
            (0, Opcode::LoadConstSmallIntMulti, Operand::SmallInt(2), 0),
            (1, Opcode::BuildTuple, Operand::Uint(1), 0),
            (3, Opcode::LoadNull, Operand::None, 0),
            (4, Opcode::MakeFunctionDefargs, Operand::Child(0), 0),
            (6, Opcode::StoreName, Operand::Qstr(2), 0),
            (8, Opcode::LoadConstSmallInt, Operand::SmallInt(-17), 0),
            (10, Opcode::MakeClosure, Operand::Child(3), 2),
            (13, Opcode::Jump, Operand::Jump(15 - 1), 0),
            // UNWIND_JUMP: target measured from its extra byte at 17.
            (15, Opcode::UnwindJump, Operand::Jump(18), 0x81),
            (18, Opcode::BinaryOpMulti, Operand::Binary(BinaryOp::Add), 0),
            (19, Opcode::UnaryOpMulti, Operand::Unary(UnaryOp::Not), 0),
            (20, Opcode::StoreFastMulti, Operand::Local(5), 0),
            (21, Opcode::LoadFastN, Operand::Local(16), 0),
        ]
    );
    assert_eq!(got[6].1.stack_delta(), 1 - 2);
}

#[test]
fn decode_errors() {
    assert_eq!(decode_instruction(&[], 0), Err(DecodeError::Truncated));
    assert_eq!(decode_instruction(&[0x10], 0), Err(DecodeError::Truncated));
    assert_eq!(
        decode_instruction(&[0x20, 0x00], 0),
        Err(DecodeError::Truncated)
    );
    assert_eq!(
        decode_instruction(&[0x42, 0x80], 0),
        Err(DecodeError::Truncated)
    );
    assert_eq!(
        decode_instruction(&[0x42, 0x00], 0),
        Err(DecodeError::NegativeJump)
    );
}

#[test]
fn decode_never_panics_on_any_short_input() {
    for a in 0..=255u8 {
        for b in 0..=255u8 {
            for code in [&[a][..], &[a, b], &[a, b, 0x80], &[a, b, 0xff, 0xff]] {
                for ip in 0..=code.len() + 1 {
                    let _ = decode_instruction(code, ip);
                }
            }
        }
    }
}

#[test]
fn multi_helpers() {
    assert_eq!(load_const_small_int_multi(0), Some(0x80));
    assert_eq!(load_const_small_int_multi(-1), Some(0x7f));
    assert_eq!(load_const_small_int_multi(-16), Some(0x70));
    assert_eq!(load_const_small_int_multi(47), Some(0xaf));
    assert_eq!(load_const_small_int_multi(48), None);
    assert_eq!(load_const_small_int_multi(-17), None);
    assert_eq!(load_fast_multi(15), Some(0xbf));
    assert_eq!(load_fast_multi(16), None);
    assert_eq!(store_fast_multi(0), Some(0xc0));
    assert_eq!(unary_op_byte(UnaryOp::Not), Some(0xd3));
    assert_eq!(unary_op_byte(UnaryOp::Bool), None);
    assert_eq!(binary_op_byte(BinaryOp::InplaceAdd), Some(0xe5));
    assert_eq!(binary_op_byte(BinaryOp::Power), Some(0xf9));
    assert_eq!(binary_op_byte(BinaryOp::Divmod), None);
    for (i, op) in BinaryOp::ALL.iter().enumerate() {
        assert_eq!(*op as usize, i);
    }
    for (i, op) in UnaryOp::ALL.iter().enumerate() {
        assert_eq!(*op as usize, i);
    }
}

#[test]
fn stack_effects() {
    let d = |op: Opcode, arg: u32, extra: u8| op.info().stack.delta(arg, extra);
    assert_eq!(d(Opcode::BuildTuple, 3, 0), -2);
    assert_eq!(d(Opcode::BuildTuple, 0, 0), 1);
    assert_eq!(d(Opcode::UnpackSequence, 3, 0), 2);
    assert_eq!(d(Opcode::UnpackEx, 257, 0), 2);
    assert_eq!(d(Opcode::CallFunction, 0x0102, 0), -(2 + 2));
    assert_eq!(d(Opcode::CallMethodVarKw, 0x0001, 0), -(1 + 2));
    assert_eq!(d(Opcode::StoreComp, 25, 0), -2);
    assert_eq!(d(Opcode::StoreComp, 20, 0), -1);
    assert_eq!(d(Opcode::MakeClosureDefargs, 0, 2), -3);
    assert_eq!(d(Opcode::BuildTuple, u32::MAX, 0), i32::MIN);
}
