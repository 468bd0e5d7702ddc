//! No-panic test: random ASTs (valid and invalid shapes alike) and pathological nesting
//! must compile to a module or to a `CompileError`, never panic or overflow the stack.

use ferrite_compiler::ast::*;
use ferrite_compiler::{compile_ast, Mode};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const NAMES: &[&str] = &[
    "a",
    "b",
    "x",
    "self",
    "super",
    "range",
    "__class__",
    "const",
    "_c",
    "print",
];

fn name(r: &mut Rng) -> String {
    NAMES[r.below(NAMES.len() as u64) as usize].to_string()
}

fn ctx(r: &mut Rng) -> Ctx {
    [Ctx::Load, Ctx::Store, Ctx::Del][r.below(3) as usize]
}

fn exprs(r: &mut Rng, d: u32, n: u64) -> Vec<Expr> {
    (0..r.below(n)).map(|_| expr(r, d)).collect()
}

fn comp(r: &mut Rng, d: u32) -> Vec<Comprehension> {
    (0..r.below(3))
        .map(|_| Comprehension {
            target: expr(r, d),
            iter: expr(r, d),
            ifs: exprs(r, d, 2),
            is_async: r.below(5) == 0,
        })
        .collect()
}

fn args(r: &mut Rng, d: u32) -> Arguments {
    let mk = |r: &mut Rng| Arg {
        arg: name(r),
        annotation: None,
        line: 1,
    };
    let n = r.below(4);
    let kw = r.below(3);
    Arguments {
        args: (0..n).map(|_| mk(r)).collect(),
        vararg: if r.below(2) == 0 { Some(mk(r)) } else { None },
        kwonlyargs: (0..kw).map(|_| mk(r)).collect(),
        kw_defaults: (0..kw)
            .map(|_| {
                if r.below(2) == 0 {
                    Some(expr(r, d))
                } else {
                    None
                }
            })
            .collect(),
        kwarg: if r.below(3) == 0 { Some(mk(r)) } else { None },
        defaults: (0..r.below(n + 1)).map(|_| expr(r, d)).collect(),
    }
}

fn bx(r: &mut Rng, d: u32) -> Box<Expr> {
    Box::new(expr(r, d))
}

fn expr(r: &mut Rng, d: u32) -> Expr {
    let line = 1 + r.below(50) as u32;
    let d = d + 1;
    let pick = if d > 5 { r.below(3) } else { r.below(32) };
    let kind = match pick {
        0 => ExprKind::Name {
            id: name(r),
            ctx: ctx(r),
        },
        1 => ExprKind::Constant(match r.below(9) {
            0 => Constant::Int(r.next() as i64 - (1 << 30)),
            1 => Constant::BigInt("123456789012345678901234567890".into()),
            2 => Constant::Float(r.next() as f64 / 7.0),
            3 => Constant::Str("s".repeat(r.below(20) as usize)),
            4 => Constant::Bytes(vec![1, 2]),
            5 => Constant::None,
            6 => Constant::True,
            7 => Constant::Imag(2.0),
            _ => Constant::Ellipsis,
        }),
        2 => ExprKind::Constant(Constant::Int(r.below(100) as i64)),
        3 => ExprKind::BoolOp {
            op: if r.below(2) == 0 {
                BoolOpKind::And
            } else {
                BoolOpKind::Or
            },
            values: exprs(r, d, 4),
        },
        4 => ExprKind::NamedExpr {
            target: bx(r, d),
            value: bx(r, d),
        },
        5 => ExprKind::BinOp {
            left: bx(r, d),
            op: [
                BinOp::Add,
                BinOp::Sub,
                BinOp::Pow,
                BinOp::LShift,
                BinOp::Div,
                BinOp::FloorDiv,
                BinOp::Mod,
            ][r.below(7) as usize],
            right: bx(r, d),
        },
        6 => ExprKind::UnaryOp {
            op: [UnaryOp::Not, UnaryOp::USub, UnaryOp::Invert][r.below(3) as usize],
            operand: bx(r, d),
        },
        7 => ExprKind::Lambda {
            args: Box::new(args(r, d)),
            body: bx(r, d),
        },
        8 => ExprKind::IfExp {
            test: bx(r, d),
            body: bx(r, d),
            orelse: bx(r, d),
        },
        9 => {
            let n = r.below(3);
            ExprKind::Dict {
                keys: (0..n)
                    .map(|_| {
                        if r.below(4) == 0 {
                            None
                        } else {
                            Some(expr(r, d))
                        }
                    })
                    .collect(),
                values: (0..n).map(|_| expr(r, d)).collect(),
            }
        }
        10 => ExprKind::Set(exprs(r, d, 3)),
        11 => ExprKind::ListComp {
            elt: bx(r, d),
            generators: comp(r, d),
        },
        12 => ExprKind::DictComp {
            key: bx(r, d),
            value: bx(r, d),
            generators: comp(r, d),
        },
        13 => ExprKind::GeneratorExp {
            elt: bx(r, d),
            generators: comp(r, d),
        },
        14 => ExprKind::Await(bx(r, d)),
        15 => ExprKind::Yield(if r.below(2) == 0 {
            Some(bx(r, d))
        } else {
            None
        }),
        16 => ExprKind::YieldFrom(bx(r, d)),
        17 => {
            let n = 1 + r.below(3) as usize;
            ExprKind::Compare {
                left: bx(r, d),
                ops: vec![CmpOp::Lt; n],
                comparators: (0..n).map(|_| expr(r, d)).collect(),
            }
        }
        18 | 19 => ExprKind::Call {
            func: bx(r, d),
            args: exprs(r, d, 4),
            keywords: (0..r.below(3))
                .map(|_| Keyword {
                    arg: if r.below(3) == 0 { None } else { Some(name(r)) },
                    value: expr(r, d),
                })
                .collect(),
        },
        20 => ExprKind::JoinedStr(exprs(r, d, 3)),
        21 => ExprKind::FormattedValue {
            value: bx(r, d),
            conversion: Some('r'),
            format_spec: if r.below(2) == 0 {
                Some(bx(r, d))
            } else {
                None
            },
        },
        22 | 23 => ExprKind::Attribute {
            value: bx(r, d),
            attr: name(r),
            ctx: ctx(r),
        },
        24 => ExprKind::Subscript {
            value: bx(r, d),
            slice: bx(r, d),
            ctx: ctx(r),
        },
        25 => ExprKind::Starred {
            value: bx(r, d),
            ctx: ctx(r),
        },
        26 => ExprKind::List {
            elts: exprs(r, d, 4),
            ctx: ctx(r),
        },
        27 | 28 => ExprKind::Tuple {
            elts: exprs(r, d, 4),
            ctx: ctx(r),
        },
        29 => ExprKind::Slice {
            lower: Some(bx(r, d)),
            upper: None,
            step: Some(bx(r, d)),
        },
        30 => ExprKind::SetComp {
            elt: bx(r, d),
            generators: comp(r, d),
        },
        _ => ExprKind::Name {
            id: name(r),
            ctx: Ctx::Load,
        },
    };
    Expr { line, kind }
}

fn body(r: &mut Rng, d: u32) -> Vec<Stmt> {
    (0..r.below(4)).map(|_| stmt(r, d)).collect()
}

fn stmt(r: &mut Rng, d: u32) -> Stmt {
    let line = 1 + r.below(50) as u32;
    let d = d + 1;
    let pick = if d > 4 { r.below(4) } else { r.below(24) };
    let kind = match pick {
        0 => StmtKind::Expr(expr(r, d)),
        1 => StmtKind::Assign {
            targets: exprs(r, d, 3),
            value: expr(r, d),
        },
        2 => StmtKind::Pass,
        3 => [StmtKind::Break, StmtKind::Continue][r.below(2) as usize].clone(),
        4 | 5 => StmtKind::FunctionDef(Box::new(FunctionDef {
            name: name(r),
            args: args(r, d),
            body: body(r, d),
            decorator_list: exprs(r, d, 2),
            returns: None,
            is_async: r.below(3) == 0,
        })),
        6 => StmtKind::ClassDef(Box::new(ClassDef {
            name: name(r),
            bases: exprs(r, d, 2),
            keywords: vec![],
            body: body(r, d),
            decorator_list: exprs(r, d, 2),
        })),
        7 => StmtKind::Return(if r.below(2) == 0 {
            Some(expr(r, d))
        } else {
            None
        }),
        8 => StmtKind::Delete(exprs(r, d, 3)),
        9 => StmtKind::AugAssign {
            target: expr(r, d),
            op: BinOp::Add,
            value: expr(r, d),
        },
        10 => StmtKind::For {
            target: expr(r, d),
            iter: expr(r, d),
            body: body(r, d),
            orelse: body(r, d),
            is_async: r.below(4) == 0,
        },
        11 => StmtKind::While {
            test: expr(r, d),
            body: body(r, d),
            orelse: body(r, d),
        },
        12 => StmtKind::If {
            test: expr(r, d),
            body: body(r, d),
            orelse: body(r, d),
        },
        13 => StmtKind::With {
            items: (0..r.below(3))
                .map(|_| WithItem {
                    context_expr: expr(r, d),
                    optional_vars: if r.below(2) == 0 {
                        Some(expr(r, d))
                    } else {
                        None
                    },
                })
                .collect(),
            body: body(r, d),
            is_async: r.below(3) == 0,
        },
        14 => StmtKind::Raise {
            exc: if r.below(3) == 0 {
                None
            } else {
                Some(expr(r, d))
            },
            cause: if r.below(3) == 0 {
                Some(expr(r, d))
            } else {
                None
            },
        },
        15 => StmtKind::Try {
            body: body(r, d),
            handlers: (0..r.below(3))
                .map(|_| ExceptHandler {
                    line,
                    typ: if r.below(3) == 0 {
                        None
                    } else {
                        Some(expr(r, d))
                    },
                    name: if r.below(2) == 0 { Some(name(r)) } else { None },
                    body: body(r, d),
                })
                .collect(),
            orelse: body(r, d),
            finalbody: body(r, d),
        },
        16 => StmtKind::Assert {
            test: expr(r, d),
            msg: Some(expr(r, d)),
        },
        17 => StmtKind::Import(vec![Alias {
            name: "a.b.c".into(),
            asname: if r.below(2) == 0 { Some(name(r)) } else { None },
        }]),
        18 => StmtKind::ImportFrom {
            module: None,
            names: vec![Alias {
                name: if r.below(2) == 0 { "*".into() } else { name(r) },
                asname: None,
            }],
            level: r.below(3) as u32,
        },
        19 => StmtKind::Global(vec![name(r)]),
        20 => StmtKind::Nonlocal(vec![name(r)]),
        21 => StmtKind::AnnAssign {
            target: expr(r, d),
            annotation: expr(r, d),
            value: Some(expr(r, d)),
            simple: true,
        },
        _ => StmtKind::Expr(expr(r, d)),
    };
    Stmt { line, kind }
}

#[test]
fn random_asts_never_panic() {
    let mut r = Rng(0x5eed);
    let mut ok = 0;
    let dump = std::env::var("FUZZ_DUMP").ok();
    for i in 0..6000 {
        let m = ModuleAst {
            body: body(&mut r, 0),
        };
        for mode in [Mode::File, Mode::Single, Mode::Eval] {
            if let Ok(module) = compile_ast(&m, "f.py", mode) {
                ok += 1;
                let bytes = module.to_mpy();
                if let Some(d) = &dump {
                    std::fs::write(format!("{d}/r{i}_{mode:?}.mpy"), &bytes).unwrap();
                }
                assert!(ferrite_bytecode::Module::from_mpy(&bytes).is_ok());
                if let Err(e) = ferrite_bytecode::verify::verify(&module) {
                    panic!("random program {i} ({mode:?}) does not verify: {e:?}");
                }
                if let Err(e) = ferrite_bytecode::check_stack(&module) {
                    panic!("random program {i} ({mode:?}) fails the stack check: {e:?}");
                }
            }
        }
    }
    println!("{ok} random programs compiled");
    assert!(ok > 100, "too few random programs compiled: {ok}");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut e = Expr {
        line: 1,
        kind: ExprKind::Name {
            id: "x".into(),
            ctx: Ctx::Load,
        },
    };
    for _ in 0..3000 {
        e = Expr {
            line: 1,
            kind: ExprKind::UnaryOp {
                op: UnaryOp::Invert,
                operand: Box::new(e),
            },
        };
    }
    let m = ModuleAst {
        body: vec![Stmt {
            line: 1,
            kind: StmtKind::Expr(e),
        }],
    };
    assert!(compile_ast(&m, "f.py", Mode::File).is_err());
    let mut s = Stmt {
        line: 1,
        kind: StmtKind::Pass,
    };
    for _ in 0..3000 {
        s = Stmt {
            line: 1,
            kind: StmtKind::If {
                test: Expr {
                    line: 1,
                    kind: ExprKind::Name {
                        id: "x".into(),
                        ctx: Ctx::Load,
                    },
                },
                body: vec![s],
                orelse: vec![],
            },
        };
    }
    let m = ModuleAst { body: vec![s] };
    assert!(compile_ast(&m, "f.py", Mode::File).is_err());
    core::mem::forget(m);
    // Nested assignment targets and a comprehension with thousands of clauses.
    let mut t = Expr {
        line: 1,
        kind: ExprKind::Name {
            id: "x".into(),
            ctx: Ctx::Store,
        },
    };
    for _ in 0..3000 {
        t = Expr {
            line: 1,
            kind: ExprKind::Tuple {
                elts: vec![t],
                ctx: Ctx::Store,
            },
        };
    }
    let value = Expr {
        line: 1,
        kind: ExprKind::Name {
            id: "v".into(),
            ctx: Ctx::Load,
        },
    };
    let m = ModuleAst {
        body: vec![Stmt {
            line: 1,
            kind: StmtKind::Assign {
                targets: vec![t],
                value: value.clone(),
            },
        }],
    };
    assert!(compile_ast(&m, "f.py", Mode::File).is_err());
    core::mem::forget(m);
    let clause = Comprehension {
        target: Expr {
            line: 1,
            kind: ExprKind::Name {
                id: "y".into(),
                ctx: Ctx::Store,
            },
        },
        iter: value.clone(),
        ifs: vec![],
        is_async: false,
    };
    let lc = Expr {
        line: 1,
        kind: ExprKind::ListComp {
            elt: Box::new(value),
            generators: vec![clause; 5000],
        },
    };
    let m = ModuleAst {
        body: vec![Stmt {
            line: 1,
            kind: StmtKind::Expr(lc),
        }],
    };
    assert!(compile_ast(&m, "f.py", Mode::File).is_err());
}
