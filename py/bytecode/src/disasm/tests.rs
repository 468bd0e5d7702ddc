use super::*;
use alloc::string::ToString;
use alloc::vec;

#[test]
fn listing_of_a_small_module() {
    // def f(a, b=2): return a + b / print(f(1)), as mpy-cross compiles it.
    let child = RawCode {
        fun_data: vec![
            0x9a, 0x01, 0x08, 0x02, 0x04, 0x05, 0x20, 0xb0, 0xb1, 0xf2, 0x63,
        ],
        children: vec![],
    };
    let m = Module {
        qstrs: ["t.py", "<module>", "f", "print", "a", "b"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        consts: vec![Const::Tuple(vec![
            Const::Float(0.5),
            Const::Str("it's".to_string()),
        ])],
        root: RawCode {
            fun_data: vec![
                0x10, 0x06, 0x01, 0x84, 0x07, 0x82, 0x2a, 0x01, 0x53, 0x33, 0x00, 0x16, 0x02, 0x11,
                0x03, 0x11, 0x02, 0x81, 0x34, 0x01, 0x34, 0x01, 0x59, 0x23, 0x00, 0x59, 0x51, 0x63,
            ],
            children: vec![child],
        },
    };
    let text = disassemble(&m);
    let expect = "\
qstrs (6):
     0 't.py'
     1 '<module>'
     2 'f'
     3 'print'
     4 'a'
     5 'b'
consts (1):
     0 (0.5, \"it's\")
raw code 0 '<module>' n_state=3 n_exc_stack=0 flags=0x00 pos=0 kwonly=0 def_pos=0 children=1
       0 L1    LOAD_CONST_SMALL_INT_MULTI 2
       1       BUILD_TUPLE 1
       3       LOAD_NULL
       4 L8    MAKE_FUNCTION_DEFARGS child 0 'f'
       6       STORE_NAME 'f'
       8       LOAD_NAME 'print'
      10       LOAD_NAME 'f'
      12       LOAD_CONST_SMALL_INT_MULTI 1
      13       CALL_FUNCTION n_pos=1 n_kw=0
      15       CALL_FUNCTION n_pos=1 n_kw=0
      17       POP_TOP
      18       LOAD_CONST_OBJ 0 (0.5, \"it's\")
      20       POP_TOP
      21       LOAD_CONST_NONE
      22       RETURN_VALUE
raw code 0.0 'f' n_state=4 n_exc_stack=0 flags=0x00 pos=2 kwonly=0 def_pos=1 children=0
  args: 'a' 'b'
       0 L2    LOAD_FAST_MULTI 0
       1       LOAD_FAST_MULTI 1
       2       BINARY_OP_MULTI ADD
       3       RETURN_VALUE
";
    assert_eq!(text, expect);
}

#[test]
fn bad_input_is_reported_not_panicked() {
    let m = Module {
        qstrs: vec![],
        consts: vec![],
        root: RawCode {
            fun_data: vec![0x08, 0x02, 0x07, 0x11, 0x09, 0x23, 0x05, 0x32, 0x01, 0x00],
            children: vec![],
        },
    };
    let text = disassemble(&m);
    assert!(text.contains("<bad qstr 7>"), "{text}");
    assert!(text.contains("<bad qstr 9>"), "{text}");
    assert!(text.contains("LOAD_CONST_OBJ 5 <bad>"), "{text}");
    assert!(text.contains("child 1 <bad>"), "{text}");
    assert!(text.contains("<error: InvalidOpcode(0)>"), "{text}");
    let m = Module {
        qstrs: vec![],
        consts: vec![],
        root: RawCode {
            fun_data: vec![],
            children: vec![],
        },
    };
    assert!(disassemble(&m).contains("bad prelude"));
}

#[test]
fn const_reprs() {
    assert_eq!(
        const_repr(&Const::Bytes(b"a'\x00\xff".to_vec())),
        "b'a\\'\\x00\\xff'"
    );
    assert_eq!(
        const_repr(&Const::Tuple(vec![Const::Int("1".to_string())])),
        "(1,)"
    );
    assert_eq!(const_repr(&Const::Complex(2.0)), "2j");
    assert_eq!(const_repr(&Const::Str("a\nb".to_string())), "'a\\nb'");
}
