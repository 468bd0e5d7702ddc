//! Test support: converts the JSON that `tests/tools/pyast_json.py` writes from CPython's
//! `ast` into our [`ModuleAst`], so the emitter can be tested independently of our parser.

use ferrite_compiler::ast::*;
use serde_json::Value as J;

fn s(j: &J, k: &str) -> String {
    j[k].as_str().unwrap_or("").to_string()
}

fn line(j: &J) -> u32 {
    j["lineno"].as_u64().unwrap_or(1) as u32
}

fn list<T>(j: &J, f: impl Fn(&J) -> T) -> Vec<T> {
    j.as_array()
        .map(|a| a.iter().map(f).collect())
        .unwrap_or_default()
}

fn opt_expr(j: &J) -> Option<Expr> {
    if j.is_null() {
        None
    } else {
        Some(expr(j))
    }
}

fn ctx(j: &J) -> Ctx {
    match j["ctx"].as_str() {
        Some("Store") => Ctx::Store,
        Some("Del") => Ctx::Del,
        _ => Ctx::Load,
    }
}

fn binop(n: &str) -> BinOp {
    match n {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mult,
        "MatMult" => BinOp::MatMult,
        "Div" => BinOp::Div,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        "BitAnd" => BinOp::BitAnd,
        _ => BinOp::FloorDiv,
    }
}

fn cmpop(n: &str) -> CmpOp {
    match n {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        _ => CmpOp::NotIn,
    }
}

fn float(j: &J) -> f64 {
    let t = j.as_str().unwrap_or("0x0p+0");
    // float.hex() format: [-]0xh.hhhp[+-]d, or inf/nan.
    match t {
        "inf" => return f64::INFINITY,
        "-inf" => return f64::NEG_INFINITY,
        "nan" => return f64::NAN,
        _ => {}
    }
    let (neg, t) = t.strip_prefix('-').map_or((false, t), |r| (true, r));
    let t = t.trim_start_matches("0x");
    let (mant, exp) = t.split_once('p').unwrap();
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let mut m = u64::from_str_radix(ip, 16).unwrap() as f64;
    let mut scale = 1.0 / 16.0;
    for c in fp.chars() {
        m += c.to_digit(16).unwrap() as f64 * scale;
        scale /= 16.0;
    }
    let e: i32 = exp.parse().unwrap();
    let v = m * 2f64.powi(e);
    if neg {
        -v
    } else {
        v
    }
}

fn constant(j: &J) -> Constant {
    let v = &j["value"];
    match v["k"].as_str().unwrap() {
        "None" => Constant::None,
        "True" => Constant::True,
        "False" => Constant::False,
        "Ellipsis" => Constant::Ellipsis,
        "Int" => {
            let t = v["v"].as_str().unwrap();
            match t.parse::<i64>() {
                Ok(i) => Constant::Int(i),
                Err(_) => Constant::BigInt(t.to_string()),
            }
        }
        "Float" => Constant::Float(float(&v["v"])),
        "Imag" => Constant::Imag(float(&v["v"])),
        "Str" => Constant::Str(v["v"].as_str().unwrap().to_string()),
        _ => Constant::Bytes(list(&v["v"], |b| b.as_u64().unwrap() as u8)),
    }
}

fn comp(j: &J) -> Comprehension {
    Comprehension {
        target: expr(&j["target"]),
        iter: expr(&j["iter"]),
        ifs: list(&j["ifs"], expr),
        is_async: j["is_async"].as_u64().unwrap_or(0) != 0,
    }
}

fn kw(j: &J) -> Keyword {
    Keyword {
        arg: j["arg"].as_str().map(|x| x.to_string()),
        value: expr(&j["value"]),
    }
}

fn arg(j: &J) -> Arg {
    Arg {
        arg: s(j, "arg"),
        annotation: opt_expr(&j["annotation"]),
        line: line(j),
    }
}

fn arguments(j: &J) -> Arguments {
    let mut args = list(&j["posonlyargs"], arg);
    args.extend(list(&j["args"], arg));
    Arguments {
        args,
        vararg: if j["vararg"].is_null() {
            None
        } else {
            Some(arg(&j["vararg"]))
        },
        kwonlyargs: list(&j["kwonlyargs"], arg),
        kw_defaults: list(&j["kw_defaults"], opt_expr),
        kwarg: if j["kwarg"].is_null() {
            None
        } else {
            Some(arg(&j["kwarg"]))
        },
        defaults: list(&j["defaults"], expr),
    }
}

fn bx(j: &J) -> Box<Expr> {
    Box::new(expr(j))
}

pub fn expr(j: &J) -> Expr {
    let l = line(j);
    let kind = match j["_t"].as_str().unwrap() {
        "BoolOp" => ExprKind::BoolOp {
            op: if j["op"] == "And" {
                BoolOpKind::And
            } else {
                BoolOpKind::Or
            },
            values: list(&j["values"], expr),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: bx(&j["target"]),
            value: bx(&j["value"]),
        },
        "BinOp" => ExprKind::BinOp {
            left: bx(&j["left"]),
            op: binop(j["op"].as_str().unwrap()),
            right: bx(&j["right"]),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match j["op"].as_str().unwrap() {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: bx(&j["operand"]),
        },
        "Lambda" => ExprKind::Lambda {
            args: Box::new(arguments(&j["args"])),
            body: bx(&j["body"]),
        },
        "IfExp" => ExprKind::IfExp {
            test: bx(&j["test"]),
            body: bx(&j["body"]),
            orelse: bx(&j["orelse"]),
        },
        "Dict" => ExprKind::Dict {
            keys: list(&j["keys"], opt_expr),
            values: list(&j["values"], expr),
        },
        "Set" => ExprKind::Set(list(&j["elts"], expr)),
        "ListComp" => ExprKind::ListComp {
            elt: bx(&j["elt"]),
            generators: list(&j["generators"], comp),
        },
        "SetComp" => ExprKind::SetComp {
            elt: bx(&j["elt"]),
            generators: list(&j["generators"], comp),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: bx(&j["elt"]),
            generators: list(&j["generators"], comp),
        },
        "DictComp" => ExprKind::DictComp {
            key: bx(&j["key"]),
            value: bx(&j["value"]),
            generators: list(&j["generators"], comp),
        },
        "Await" => ExprKind::Await(bx(&j["value"])),
        "Yield" => ExprKind::Yield(opt_expr(&j["value"]).map(Box::new)),
        "YieldFrom" => ExprKind::YieldFrom(bx(&j["value"])),
        "Compare" => ExprKind::Compare {
            left: bx(&j["left"]),
            ops: list(&j["ops"], |o| cmpop(o.as_str().unwrap())),
            comparators: list(&j["comparators"], expr),
        },
        "Call" => ExprKind::Call {
            func: bx(&j["func"]),
            args: list(&j["args"], expr),
            keywords: list(&j["keywords"], kw),
        },
        "JoinedStr" => ExprKind::JoinedStr(list(&j["values"], expr)),
        "FormattedValue" => ExprKind::FormattedValue {
            value: bx(&j["value"]),
            conversion: match j["conversion"].as_i64() {
                Some(c) if c > 0 => Some(c as u8 as char),
                _ => None,
            },
            format_spec: opt_expr(&j["format_spec"]).map(Box::new),
        },
        "Constant" => ExprKind::Constant(constant(j)),
        "Attribute" => ExprKind::Attribute {
            value: bx(&j["value"]),
            attr: s(j, "attr"),
            ctx: ctx(j),
        },
        "Subscript" => ExprKind::Subscript {
            value: bx(&j["value"]),
            slice: bx(&j["slice"]),
            ctx: ctx(j),
        },
        "Starred" => ExprKind::Starred {
            value: bx(&j["value"]),
            ctx: ctx(j),
        },
        "Name" => ExprKind::Name {
            id: s(j, "id"),
            ctx: ctx(j),
        },
        "List" => ExprKind::List {
            elts: list(&j["elts"], expr),
            ctx: ctx(j),
        },
        "Tuple" => ExprKind::Tuple {
            elts: list(&j["elts"], expr),
            ctx: ctx(j),
        },
        "Slice" => ExprKind::Slice {
            lower: opt_expr(&j["lower"]).map(Box::new),
            upper: opt_expr(&j["upper"]).map(Box::new),
            step: opt_expr(&j["step"]).map(Box::new),
        },
        t => panic!("unknown expr {t}"),
    };
    Expr { line: l, kind }
}

fn alias(j: &J) -> Alias {
    Alias {
        name: s(j, "name"),
        asname: j["asname"].as_str().map(|x| x.to_string()),
    }
}

fn body(j: &J) -> Vec<Stmt> {
    list(j, stmt)
}

fn funcdef(j: &J, is_async: bool) -> FunctionDef {
    FunctionDef {
        name: s(j, "name"),
        args: arguments(&j["args"]),
        body: body(&j["body"]),
        decorator_list: list(&j["decorator_list"], expr),
        returns: opt_expr(&j["returns"]),
        is_async,
    }
}

pub fn stmt(j: &J) -> Stmt {
    let l = line(j);
    let kind = match j["_t"].as_str().unwrap() {
        "FunctionDef" => StmtKind::FunctionDef(Box::new(funcdef(j, false))),
        "AsyncFunctionDef" => StmtKind::FunctionDef(Box::new(funcdef(j, true))),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: s(j, "name"),
            bases: list(&j["bases"], expr),
            keywords: list(&j["keywords"], kw),
            body: body(&j["body"]),
            decorator_list: list(&j["decorator_list"], expr),
        })),
        "Return" => StmtKind::Return(opt_expr(&j["value"])),
        "Delete" => StmtKind::Delete(list(&j["targets"], expr)),
        "Assign" => StmtKind::Assign {
            targets: list(&j["targets"], expr),
            value: expr(&j["value"]),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: expr(&j["target"]),
            op: binop(j["op"].as_str().unwrap()),
            value: expr(&j["value"]),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(&j["target"]),
            annotation: expr(&j["annotation"]),
            value: opt_expr(&j["value"]),
            simple: j["simple"].as_u64().unwrap_or(0) != 0,
        },
        t @ ("For" | "AsyncFor") => StmtKind::For {
            target: expr(&j["target"]),
            iter: expr(&j["iter"]),
            body: body(&j["body"]),
            orelse: body(&j["orelse"]),
            is_async: t == "AsyncFor",
        },
        "While" => StmtKind::While {
            test: expr(&j["test"]),
            body: body(&j["body"]),
            orelse: body(&j["orelse"]),
        },
        "If" => StmtKind::If {
            test: expr(&j["test"]),
            body: body(&j["body"]),
            orelse: body(&j["orelse"]),
        },
        t @ ("With" | "AsyncWith") => StmtKind::With {
            items: list(&j["items"], |i| WithItem {
                context_expr: expr(&i["context_expr"]),
                optional_vars: opt_expr(&i["optional_vars"]),
            }),
            body: body(&j["body"]),
            is_async: t == "AsyncWith",
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(&j["exc"]),
            cause: opt_expr(&j["cause"]),
        },
        "Try" => StmtKind::Try {
            body: body(&j["body"]),
            handlers: list(&j["handlers"], |h| ExceptHandler {
                line: line(h),
                typ: opt_expr(&h["type"]),
                name: h["name"].as_str().map(|x| x.to_string()),
                body: body(&h["body"]),
            }),
            orelse: body(&j["orelse"]),
            finalbody: body(&j["finalbody"]),
        },
        "Assert" => StmtKind::Assert {
            test: expr(&j["test"]),
            msg: opt_expr(&j["msg"]),
        },
        "Import" => StmtKind::Import(list(&j["names"], alias)),
        "ImportFrom" => StmtKind::ImportFrom {
            module: j["module"].as_str().map(|x| x.to_string()),
            names: list(&j["names"], alias),
            level: j["level"].as_u64().unwrap_or(0) as u32,
        },
        "Global" => StmtKind::Global(list(&j["names"], |n| n.as_str().unwrap().to_string())),
        "Nonlocal" => StmtKind::Nonlocal(list(&j["names"], |n| n.as_str().unwrap().to_string())),
        "Expr" => StmtKind::Expr(expr(&j["value"])),
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        t => panic!("unknown stmt {t}"),
    };
    Stmt { line: l, kind }
}

pub fn module(text: &str) -> ModuleAst {
    let j: J = serde_json::from_str(text).expect("json");
    ModuleAst {
        body: body(&j["body"]),
    }
}
