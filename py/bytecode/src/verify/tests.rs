use super::*;
use alloc::string::ToString;
use alloc::vec;

fn module(fun_data: Vec<u8>, children: Vec<RawCode>) -> Module {
    Module {
        qstrs: vec!["t.py".to_string(), "<module>".to_string(), "x".to_string()],
        consts: vec![Const::Float(1.5)],
        root: RawCode { fun_data, children },
    }
}

fn err(fun_data: &[u8]) -> &'static str {
    verify(&module(fun_data.to_vec(), vec![])).unwrap_err().what
}

// Prelude: n_state 2 (0x08), size n_info 1 (0x02), simple name qstr 1.
const P: [u8; 3] = [0x08, 0x02, 0x01];

fn code(ops: &[u8]) -> Vec<u8> {
    let mut v = P.to_vec();
    v.extend_from_slice(ops);
    v
}

#[test]
fn accepts_valid_code() {
    assert_eq!(verify(&module(code(&[0x51, 0x63]), vec![])), Ok(()));
    // LOAD_CONST_OBJ 0; STORE_FAST 1; LOAD_FAST 1; POP_JUMP_IF_FALSE -> ret; JUMP back; ret
    let ops = [0x23, 0x00, 0xc1, 0xb1, 0x44, 0x42, 0x42, 0x3b, 0x51, 0x63];
    assert_eq!(verify(&module(code(&ops), vec![])), Ok(()));
}

#[test]
fn rejects_bad_code() {
    assert_eq!(err(&code(&[0x51])), "code falls off the end");
    assert_eq!(err(&code(&[])), "no opcodes");
    assert_eq!(err(&code(&[0x00, 0x63])), "opcode does not decode");
    assert_eq!(err(&code(&[0x11, 0x03, 0x63])), "qstr index out of range");
    assert_eq!(
        err(&code(&[0x23, 0x01, 0x63])),
        "constant index out of range"
    );
    assert_eq!(err(&code(&[0x32, 0x00, 0x63])), "child index out of range");
    assert_eq!(err(&code(&[0xb2, 0x63])), "local slot out of range");
    assert_eq!(err(&code(&[0x24, 0x02, 0x63])), "local slot out of range");
    // JUMP into the middle of an instruction, and past the end.
    assert_eq!(
        err(&code(&[0x23, 0x00, 0x42, 0x3d, 0x63])),
        "jump target is not an instruction"
    );
    assert_eq!(
        err(&code(&[0x42, 0x41, 0x63])),
        "jump target is not an instruction"
    );
    assert_eq!(
        err(&code(&[0x40, 0x40, 0x01, 0x63])),
        "unwind count exceeds n_exc_stack"
    );
    assert_eq!(err(&[0x08, 0x0a, 0x01, 0x63]), "prelude does not decode");
    assert_eq!(
        err(&code(&[0x2e, 0x04, 0x63])),
        "BUILD_SLICE takes 2 or 3 items"
    );
    assert_eq!(err(&code(&[0x2f, 0x17, 0x63])), "bad STORE_COMP kind");
    assert_eq!(
        err(&[0x08, 0x02, 0x05, 0x63]),
        "name qstr index out of range"
    );
    // Two positional args with n_state 1.
    assert_eq!(
        err(&[0x02, 0x06, 0x01, 0x02, 0x02, 0x63]),
        "argument slots exceed n_state"
    );
    // Cell slot 5 with n_state 2.
    assert_eq!(
        err(&[0x08, 0x03, 0x01, 0x05, 0x63]),
        "cell slot out of range"
    );
    // Truncated long line entry.
    assert_eq!(err(&[0x08, 0x04, 0x01, 0x80, 0x63]), "line table truncated");
    // n_state 2^20 (signature bytes 0xf8 0xb0 ... ).
    let mut big = Vec::new();
    crate::prelude::encode_signature(
        &mut big,
        &crate::prelude::Signature {
            n_state: 1 << 20,
            ..Default::default()
        },
    );
    big.extend_from_slice(&[0x02, 0x01, 0x51, 0x63]);
    assert_eq!(err(&big), "frame too large");
}

#[test]
fn module_level_checks() {
    let mut m = module(code(&[0x51, 0x63]), vec![]);
    m.consts.push(Const::Int("12a".to_string()));
    assert_eq!(verify(&m).unwrap_err().what, "bad int constant");
    let mut m = module(code(&[0x51, 0x63]), vec![]);
    m.qstrs.clear();
    assert_eq!(verify(&m).unwrap_err().what, "empty qstr table");
    // The second child is bad: pre-order index 2.
    let good = RawCode {
        fun_data: code(&[0x51, 0x63]),
        children: vec![],
    };
    let bad = RawCode {
        fun_data: code(&[0x51]),
        children: vec![],
    };
    let m = module(code(&[0x32, 0x00, 0x32, 0x01, 0x63]), vec![good, bad]);
    let e = verify(&m).unwrap_err();
    assert_eq!(e.raw_code, Some(2));
    // MAKE_CLOSURE capturing 2 values into a child with 1 positional argument.
    let child = RawCode {
        fun_data: vec![0x09, 0x04, 0x01, 0x02, 0x51, 0x63],
        children: vec![],
    };
    let m = module(
        code(&[0xb0, 0xb1, 0x20, 0x00, 0x02, 0x63]),
        vec![child.clone()],
    );
    assert_eq!(
        verify(&m).unwrap_err().what,
        "closure captures more values than the child takes"
    );
    let m = module(code(&[0xb0, 0x20, 0x00, 0x01, 0x63]), vec![child]);
    assert_eq!(verify(&m), Ok(()));
    // Deep nesting is rejected without recursion.
    let mut rc = RawCode {
        fun_data: code(&[0x51, 0x63]),
        children: vec![],
    };
    for _ in 0..(MAX_NESTING + 5) {
        rc = RawCode {
            fun_data: code(&[0x32, 0x00, 0x63]),
            children: vec![rc],
        };
    }
    let m = module(rc.fun_data.clone(), rc.children.clone());
    assert_eq!(verify(&m).unwrap_err().what, "raw codes nested too deep");
}
