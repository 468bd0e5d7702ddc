//! Compile-time errors (with MicroPython's messages) and the REPL/eval modes, on ASTs built
//! by hand so they do not depend on the parser.

use ferrite_bytecode::Module;
use ferrite_compiler::ast::*;
use ferrite_compiler::{compile_ast, ErrorKind, Mode};

fn e(line: u32, kind: ExprKind) -> Expr {
    Expr { line, kind }
}
fn name(line: u32, id: &str, ctx: Ctx) -> Expr {
    e(line, ExprKind::Name { id: id.into(), ctx })
}
fn int(line: u32, v: i64) -> Expr {
    e(line, ExprKind::Constant(Constant::Int(v)))
}
fn st(line: u32, kind: StmtKind) -> Stmt {
    Stmt { line, kind }
}
fn func(line: u32, n: &str, body: Vec<Stmt>) -> Stmt {
    st(
        line,
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name: n.into(),
            args: Arguments::default(),
            body,
            decorator_list: vec![],
            returns: None,
            is_async: false,
        })),
    )
}

fn compile_err(body: Vec<Stmt>) -> (String, u32) {
    match compile_ast(&ModuleAst { body }, "t.py", Mode::File) {
        Ok(_) => panic!("expected an error"),
        Err(err) => {
            assert_eq!(err.kind, ErrorKind::SyntaxError);
            (err.msg, err.line)
        }
    }
}

#[test]
fn break_and_continue_outside_loop() {
    assert_eq!(
        compile_err(vec![st(3, StmtKind::Break)]).0,
        "'break'/'continue' outside loop"
    );
    let (msg, line) = compile_err(vec![st(1, StmtKind::Pass), st(2, StmtKind::Continue)]);
    assert_eq!((msg.as_str(), line), ("'break'/'continue' outside loop", 2));
}

#[test]
fn return_and_yield_outside_function() {
    assert_eq!(
        compile_err(vec![st(1, StmtKind::Return(None))]).0,
        "'return' outside function"
    );
    let y = st(1, StmtKind::Expr(e(1, ExprKind::Yield(None))));
    assert_eq!(compile_err(vec![y]).0, "'yield' outside function");
}

#[test]
fn global_and_nonlocal_errors() {
    let body = vec![func(
        1,
        "f",
        vec![
            st(
                2,
                StmtKind::Assign {
                    targets: vec![name(2, "x", Ctx::Store)],
                    value: int(2, 1),
                },
            ),
            st(3, StmtKind::Global(vec!["x".into()])),
        ],
    )];
    assert_eq!(
        compile_err(body),
        ("identifier redefined as global".into(), 3)
    );
    let body = vec![func(
        1,
        "f",
        vec![st(2, StmtKind::Nonlocal(vec!["q".into()]))],
    )];
    assert_eq!(compile_err(body).0, "no binding for nonlocal found");
    let body = vec![st(1, StmtKind::Nonlocal(vec!["q".into()]))];
    assert_eq!(compile_err(body).0, "can't declare nonlocal in outer code");
}

#[test]
fn bad_assignment_targets() {
    let call = e(
        1,
        ExprKind::Call {
            func: Box::new(name(1, "f", Ctx::Load)),
            args: vec![],
            keywords: vec![],
        },
    );
    let body = vec![st(
        1,
        StmtKind::Assign {
            targets: vec![call.clone()],
            value: int(1, 1),
        },
    )];
    assert_eq!(compile_err(body).0, "can't assign to expression");
    let body = vec![st(1, StmtKind::Delete(vec![call]))];
    assert_eq!(compile_err(body).0, "can't delete expression");
    let star = |id: &str| {
        e(
            1,
            ExprKind::Starred {
                value: Box::new(name(1, id, Ctx::Store)),
                ctx: Ctx::Store,
            },
        )
    };
    let tup = e(
        1,
        ExprKind::Tuple {
            elts: vec![star("a"), star("b")],
            ctx: Ctx::Store,
        },
    );
    let body = vec![st(
        1,
        StmtKind::Assign {
            targets: vec![tup],
            value: name(1, "d", Ctx::Load),
        },
    )];
    assert_eq!(compile_err(body).0, "multiple *x in assignment");
}

fn root_code(m: &Module) -> Vec<u8> {
    let p = ferrite_bytecode::Prelude::decode(&m.root.fun_data).unwrap();
    p.code(&m.root.fun_data).to_vec()
}

#[test]
fn eval_mode_returns_the_value() {
    let body = vec![st(
        1,
        StmtKind::Expr(e(
            1,
            ExprKind::BinOp {
                left: Box::new(name(1, "x", Ctx::Load)),
                op: BinOp::Add,
                right: Box::new(int(1, 1)),
            },
        )),
    )];
    let m = compile_ast(&ModuleAst { body }, "<string>", Mode::Eval).unwrap();
    // LOAD_NAME x; LOAD_CONST_SMALL_INT 1; BINARY_OP ADD; RETURN_VALUE
    assert_eq!(root_code(&m), vec![0x11, 2, 0x81, 0xf2, 0x63]);
    assert_eq!(m.qstrs, vec!["<string>", "<module>", "x"]);
}

#[test]
fn single_mode_prints_expression_statements() {
    let body = vec![
        st(1, StmtKind::Expr(int(1, 5))),
        st(
            2,
            StmtKind::Assign {
                targets: vec![name(2, "x", Ctx::Store)],
                value: int(2, 1),
            },
        ),
    ];
    let m = compile_ast(&ModuleAst { body }, "<stdin>", Mode::Single).unwrap();
    // LOAD_NAME __repl_print__; 5; CALL_FUNCTION 1; POP_TOP; 1; STORE_NAME x; None; RETURN
    assert_eq!(
        root_code(&m),
        vec![0x11, 2, 0x85, 0x34, 1, 0x59, 0x81, 0x16, 3, 0x51, 0x63]
    );
    assert_eq!(m.qstrs[2], "__repl_print__");
}
