use super::*;
use alloc::string::ToString;
use alloc::vec;

fn module(fun_data: Vec<u8>) -> Module {
    Module {
        qstrs: vec!["t.py".to_string(), "<module>".to_string(), "x".to_string()],
        consts: vec![],
        root: RawCode {
            fun_data,
            children: vec![],
        },
    }
}

/// A function with `n_state` slots, `n_exc` exception blocks, no arguments.
fn func(n_state: u32, n_exc: u32, ops: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    crate::prelude::encode_prelude(
        &mut v,
        &crate::prelude::Signature {
            n_state,
            n_exc_stack: n_exc,
            ..Default::default()
        },
        1,
        &[],
        &[],
        &[],
    );
    v.extend_from_slice(ops);
    v
}

fn check(n_state: u32, n_exc: u32, ops: &[u8]) -> Result<(), &'static str> {
    let m = module(func(n_state, n_exc, ops));
    crate::verify(&m).map_err(|e| e.what)?;
    check_stack(&m).map_err(|e| e.what)
}

#[test]
fn straight_line() {
    assert_eq!(check(1, 0, &[0x51, 0x63]), Ok(()));
    // Two values live at once need two slots.
    assert_eq!(check(2, 0, &[0x81, 0x82, 0xf2, 0x63]), Ok(()));
    assert_eq!(
        check(1, 0, &[0x81, 0x82, 0xf2, 0x63]),
        Err("locals plus stack exceed n_state")
    );
    // A local in slot 3 needs 4 slots plus the stack.
    assert_eq!(check(5, 0, &[0x51, 0xc3, 0xb3, 0x63]), Ok(()));
    assert_eq!(
        check(4, 0, &[0x51, 0xc3, 0xb3, 0x63]),
        Err("locals plus stack exceed n_state")
    );
}

#[test]
fn negative_depth_and_merges() {
    assert_eq!(
        check(4, 0, &[0x59, 0x51, 0x63]),
        Err("negative stack depth")
    );
    // POP_JUMP_IF_FALSE to a point reached with a different depth.
    // 0: LOAD_TRUE; 1: LOAD_NONE; 2: LOAD_TRUE; 3: POP_JUMP_IF_FALSE -> 6; 5: POP_TOP;
    // 6: RETURN_VALUE  (depth 2 vs 1 at offset 6)
    assert_eq!(
        check(4, 0, &[0x52, 0x51, 0x52, 0x44, 0x41, 0x59, 0x63]),
        Err("inconsistent stack at merge")
    );
    // Both paths at depth 1.
    assert_eq!(check(4, 0, &[0x51, 0x52, 0x44, 0x40, 0x63]), Ok(()));
}

#[test]
fn exception_blocks() {
    // try: pass / finally: pass -> SETUP_FINALLY +1; LOAD_NONE; END_FINALLY; LOAD_NONE; RETURN
    // (handler entered at depth 1 with the block; END_FINALLY pops it.)
    let ok = [0x49, 0x01, 0x51, 0x5d, 0x51, 0x63];
    assert_eq!(check(2, 1, &ok), Ok(()));
    assert_eq!(check(2, 0, &ok), Err("open blocks exceed n_exc_stack"));
    // END_FINALLY with nothing open.
    assert_eq!(
        check(2, 1, &[0x51, 0x5d, 0x51, 0x63]),
        Err("no block to pop")
    );
    // UNWIND_JUMP of 1 block with none open.
    assert_eq!(
        check(2, 1, &[0x40, 0x41, 0x01, 0x51, 0x63]),
        Err("UNWIND_JUMP past open blocks")
    );
}

#[test]
fn falling_off_the_end() {
    // POP_JUMP_IF_FALSE whose fall-through is the end of the code is caught by verify; a
    // conditional jump as the last instruction never passes.
    assert!(check(2, 0, &[0x52, 0x44, 0x3e]).is_err());
}
