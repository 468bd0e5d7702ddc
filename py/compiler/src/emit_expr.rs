//! Expressions, assignment targets, calls and the nested scopes (functions, lambdas,
//! classes, comprehensions) of the bytecode emitter.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ferrite_bytecode::Const;

use crate::ast::{
    Arguments, BinOp, BoolOpKind, ClassDef, CmpOp, Comprehension, Constant, Expr, ExprKind,
    FunctionDef, Keyword, UnaryOp,
};
use crate::emit::{Compiler, R};
use crate::emit_fold::{self, is_small_int, Value};
use crate::emit_op as op;
use crate::scope::{IdKind, ScopeId, ScopeKind, ScopeNode, FLAG_GENERATOR};

fn binop_code(b: BinOp, inplace: bool) -> u8 {
    let base = match b {
        BinOp::BitOr => op::BIN_OR,
        BinOp::BitXor => op::BIN_XOR,
        BinOp::BitAnd => op::BIN_AND,
        BinOp::LShift => op::BIN_LSHIFT,
        BinOp::RShift => op::BIN_RSHIFT,
        BinOp::Add => op::BIN_ADD,
        BinOp::Sub => op::BIN_SUBTRACT,
        BinOp::Mult => op::BIN_MULTIPLY,
        BinOp::MatMult => op::BIN_MAT_MULTIPLY,
        BinOp::FloorDiv => op::BIN_FLOOR_DIVIDE,
        BinOp::Div => op::BIN_TRUE_DIVIDE,
        BinOp::Mod => op::BIN_MODULO,
        BinOp::Pow => op::BIN_POWER,
    };
    if inplace {
        // In-place codes run from INPLACE_OR (9) to INPLACE_POWER (21) in the same order
        // as OR (22) … POWER (34).
        base - (op::BIN_OR - op::BIN_INPLACE_OR)
    } else {
        base
    }
}

/// Operators that share one parse-tree node in a left-associative chain.
fn binop_group(b: BinOp) -> u8 {
    match b {
        BinOp::Add | BinOp::Sub => 0,
        BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod => 1,
        BinOp::LShift | BinOp::RShift => 2,
        BinOp::BitAnd => 3,
        BinOp::BitXor => 4,
        BinOp::BitOr => 5,
        BinOp::Pow => 6,
    }
}

pub fn value_to_const(v: &Value) -> Const {
    match v {
        Value::None => Const::None,
        Value::True => Const::True,
        Value::False => Const::False,
        Value::Ellipsis => Const::Ellipsis,
        Value::Int(i) => Const::Int(emit_fold::int_text(*i)),
        Value::Big(b) => Const::Int(b.to_string()),
        Value::Float(f) => Const::Float(*f),
        Value::Complex(f) => Const::Complex(*f),
        Value::Str(s) => Const::Str(s.clone()),
        Value::Bytes(b) => Const::Bytes(b.clone()),
        Value::Tuple(t) => Const::Tuple(t.iter().map(value_to_const).collect()),
    }
}

/// Appends `s` to a format string, doubling braces.
fn push_escaped(out: &mut String, s: &str) {
    for ch in s.chars() {
        match ch {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            _ => out.push(ch),
        }
    }
}

impl<'a> Compiler<'a> {
    /// Folds `e` to a constant if upstream's parser would.
    pub fn fold(&self, e: &Expr) -> Option<Value> {
        self.fold_depth(e, 0)
    }

    fn fold_depth(&self, e: &Expr, depth: u32) -> Option<Value> {
        if depth > 100 {
            return None;
        }
        match &e.kind {
            ExprKind::Constant(c) => Some(Value::from_constant(c)),
            ExprKind::Name { id, .. } => self.const_value(id, e.line),
            // Float constants of the `math` module fold, as in upstream's parser.
            ExprKind::Attribute { value, attr, .. } => match &value.kind {
                ExprKind::Name { id, .. } if id == "math" => {
                    Some(Value::Float(match attr.as_str() {
                        "pi" => core::f64::consts::PI,
                        "e" => core::f64::consts::E,
                        "tau" => core::f64::consts::TAU,
                        "inf" => f64::INFINITY,
                        "nan" => f64::NAN,
                        _ => return None,
                    }))
                }
                _ => None,
            },
            ExprKind::UnaryOp { op: u, operand } => {
                let v = self.fold_depth(operand, depth + 1)?;
                if *u != UnaryOp::Not
                    && !matches!(v, Value::Int(_) | Value::Big(_) | Value::Float(_))
                {
                    return None;
                }
                emit_fold::unary(*u, &v)
            }
            ExprKind::BinOp { left, op: b, right } => {
                let l = self.fold_depth(left, depth + 1)?;
                let r = self.fold_depth(right, depth + 1)?;
                emit_fold::binary(*b, &l, &r)
            }
            ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                let mut out = Vec::with_capacity(elts.len());
                for x in elts {
                    out.push(self.fold_depth(x, depth + 1)?);
                }
                Some(Value::Tuple(out))
            }
            ExprKind::BoolOp { op: b, values } => {
                // Constant `and`/`or`: only when every operand is constant.
                let mut last = None;
                for v in values {
                    let x = self.fold_depth(v, depth + 1)?;
                    let t = x.truth()?;
                    let stop = match b {
                        BoolOpKind::Or => t,
                        BoolOpKind::And => !t,
                    };
                    last = Some(x);
                    if stop {
                        break;
                    }
                }
                last
            }
            _ => None,
        }
    }

    /// Whether upstream's parse tree holds this constant as a leaf (no line of its own).
    fn value_is_leaf(&self, v: &Value) -> bool {
        match v {
            Value::None | Value::True | Value::False | Value::Ellipsis => true,
            Value::Int(i) => is_small_int(*i),
            Value::Str(s) => crate::emit_qstr::is_interned(s, self.cur_line, &self.interned),
            _ => false,
        }
    }

    /// Loads a folded constant.
    pub fn load_value(&mut self, v: &Value) -> R {
        match v {
            Value::None => self.load_const_none(),
            Value::True => self.op(op::LOAD_CONST_TRUE, 1),
            Value::False => self.op(op::LOAD_CONST_FALSE, 1),
            Value::Int(i) if is_small_int(*i) => self.load_small_int(*i as i64),
            Value::Str(s) => self.load_str_literal(&s.clone()),
            _ => self.load_const_obj(value_to_const(v)),
        }
    }

    pub fn expr(&mut self, e: &'a Expr) -> R {
        if !self.enter(e.line) {
            return;
        }
        // Upstream reports the line of every parse-tree *structure* node; names, small
        // ints, interned strings and keyword constants are leaves, and an expression the
        // parser folds becomes the node of its value.
        let leaf = match &e.kind {
            ExprKind::Name { id, .. } => match self.const_value(id, e.line) {
                Some(v) => self.value_is_leaf(&v),
                None => true,
            },
            ExprKind::Constant(_)
            | ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::Attribute { .. } => match self.fold(e) {
                Some(v) => self.value_is_leaf(&v),
                None => false,
            },
            _ => false,
        };
        if !leaf {
            self.line(e.line);
        }
        self.expr_inner(e);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Constant(c) => {
                let v = Value::from_constant(c);
                self.load_value(&v)
            }
            // The context is not consulted: where an expression is compiled it is read.
            ExprKind::Name { id, .. } => self.load_name(id, e.line),
            ExprKind::BinOp { left, op: b, right } => {
                if let Some(v) = self.fold(e) {
                    return self.load_value(&v);
                }
                // Upstream's parse tree holds `a + b - c` as one node, folded only as a
                // whole: the same-precedence operands on the left are not folded either.
                self.binop_chain(left, binop_group(*b));
                self.expr(right);
                self.binary_op(binop_code(*b, false));
            }
            ExprKind::UnaryOp { op: u, operand } => {
                if let Some(v) = self.fold(e) {
                    return self.load_value(&v);
                }
                self.expr(operand);
                self.unary_op(match u {
                    UnaryOp::UAdd => op::UNARY_POSITIVE,
                    UnaryOp::USub => op::UNARY_NEGATIVE,
                    UnaryOp::Invert => op::UNARY_INVERT,
                    UnaryOp::Not => op::UNARY_NOT,
                });
            }
            ExprKind::BoolOp { op: b, values } => self.bool_op(*b, values),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::IfExp { test, body, orelse } => {
                let l_fail = self.new_label();
                let l_end = self.new_label();
                self.cond(test, false, l_fail);
                self.expr(body);
                self.jump(op::JUMP, l_end, 0);
                self.label(l_fail);
                self.code.adjust_stack(-1);
                self.expr(orelse);
                self.label(l_end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.op(op::DUP_TOP, 1);
                match &target.kind {
                    ExprKind::Name { id, .. } => self.store_walrus(id, e.line),
                    _ => self.fail("can't assign to expression", e.line),
                }
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::Dict { keys, values } => {
                let n = keys.len() as u32;
                self.op_uint(op::BUILD_MAP, n, 1);
                for (k, v) in keys.iter().zip(values.iter()) {
                    let Some(k) = k else {
                        return self.fail("invalid syntax", e.line);
                    };
                    // Each `key: value` item is a parse node of its own.
                    self.line(k.line);
                    self.expr(v);
                    self.expr(k);
                    self.op(op::STORE_MAP, -2);
                }
            }
            ExprKind::Set(elts) => self.build(op::BUILD_SET, elts, e.line),
            ExprKind::List { elts, .. } => self.build(op::BUILD_LIST, elts, e.line),
            ExprKind::Tuple { elts, .. } => {
                if let Some(v) = self.fold(e) {
                    return self.load_value(&v);
                }
                self.build(op::BUILD_TUPLE, elts, e.line)
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, ScopeKind::ListComp, elt, None, generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, ScopeKind::SetComp, elt, None, generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, ScopeKind::GenExpr, elt, None, generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, ScopeKind::DictComp, key, Some(value), generators),
            ExprKind::Await(v) => {
                if !self.scope().is_async {
                    return self.fail("'await' outside function", e.line);
                }
                self.expr(v);
                self.await_top();
            }
            ExprKind::Yield(v) => {
                self.check_yield(e.line);
                match v {
                    Some(v) => self.expr(v),
                    None => self.load_const_none(),
                }
                self.op(op::YIELD_VALUE, 0);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e.line);
                self.expr(v);
                self.await_top();
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, e.line),
            ExprKind::JoinedStr(parts) => self.fstring(parts, e.line),
            ExprKind::FormattedValue { .. } => {
                let parts = core::slice::from_ref(e);
                self.fstring(parts, e.line)
            }
            ExprKind::Attribute { value, attr, .. } => {
                if let Some(v) = self.fold(e) {
                    return self.load_value(&v);
                }
                if let Some((sup, _)) = self.super_call(value) {
                    self.super_load(sup);
                    self.op_uint(op::CALL_FUNCTION, 2, -2);
                } else {
                    self.expr(value);
                }
                self.op_qstr(op::LOAD_ATTR, attr, 0);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.subscript_index(slice);
                self.op(op::LOAD_SUBSCR, -1);
            }
            ExprKind::Slice { .. } => self.subscript_index(e),
            ExprKind::Starred { .. } => self.fail("*x must be assignment target", e.line),
        }
    }

    /// The left operand of an unfoldable binary-operator chain.
    fn binop_chain(&mut self, e: &'a Expr, group: u8) -> R {
        match &e.kind {
            ExprKind::BinOp { left, op: b, right } if binop_group(*b) == group && group != 6 => {
                if !self.enter(e.line) {
                    return;
                }
                self.binop_chain(left, group);
                self.expr(right);
                self.binary_op(binop_code(*b, false));
                self.depth -= 1;
            }
            _ => self.expr(e),
        }
    }

    fn check_yield(&mut self, line: u32) -> R {
        if !matches!(self.scope().kind, ScopeKind::Function | ScopeKind::Lambda) {
            return self.fail("'yield' outside function", line);
        }
        self.scope_mut().flags |= FLAG_GENERATOR;
    }

    fn build(&mut self, opcode: u8, elts: &'a [Expr], line: u32) -> R {
        for x in elts {
            if matches!(x.kind, ExprKind::Starred { .. }) {
                return self.fail("*x must be assignment target", line);
            }
            self.expr(x);
        }
        let n = elts.len() as u32;
        self.op_uint(opcode, n, 1 - n as i32);
    }

    /// The index of a subscript: a slice becomes `BUILD_SLICE`.
    fn subscript_index(&mut self, s: &'a Expr) -> R {
        if let ExprKind::Slice { lower, upper, step } = &s.kind {
            match lower {
                Some(x) => self.expr(x),
                None => self.load_const_none(),
            }
            match upper {
                Some(x) => self.expr(x),
                None => self.load_const_none(),
            }
            if let Some(x) = step {
                self.expr(x);
                self.op_uint(op::BUILD_SLICE, 3, -2);
            } else {
                self.op_uint(op::BUILD_SLICE, 2, -1);
            }
            return;
        }
        if let ExprKind::Tuple { elts, .. } = &s.kind {
            if elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Slice { .. }))
            {
                for x in elts {
                    self.subscript_index(x);
                }
                let n = elts.len() as u32;
                self.op_uint(op::BUILD_TUPLE, n, 1 - n as i32);
                return;
            }
        }
        self.expr(s)
    }

    /// The operands of `and`/`or` that upstream's parser keeps: constant operands are
    /// dropped, and one that decides the result ends the chain.
    fn bool_operands(&self, b: BoolOpKind, values: &'a [Expr]) -> Vec<&'a Expr> {
        let mut kept: Vec<&'a Expr> = Vec::new();
        for (i, v) in values.iter().enumerate() {
            let last = i + 1 == values.len();
            match self.fold(v).and_then(|x| x.truth()) {
                Some(t) if !last => {
                    let decides = match b {
                        BoolOpKind::Or => t,
                        BoolOpKind::And => !t,
                    };
                    if decides {
                        kept.push(v);
                        break;
                    }
                }
                _ => kept.push(v),
            }
        }
        kept
    }

    /// `e` with `and`/`or` chains that fold to a single operand replaced by that operand.
    pub fn simplify(&self, mut e: &'a Expr) -> &'a Expr {
        for _ in 0..100 {
            match &e.kind {
                ExprKind::BoolOp { op: b, values } => {
                    match self.bool_operands(*b, values).as_slice() {
                        [one] => e = one,
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        e
    }

    fn bool_op(&mut self, b: BoolOpKind, values: &'a [Expr]) -> R {
        let kept = self.bool_operands(b, values);
        let Some((lastv, init)) = kept.split_last() else {
            self.load_const_none();
            return;
        };
        if init.is_empty() {
            // Folded to one operand: no jump and no label (a label would end dead code).
            return self.expr(lastv);
        }
        let l_end = self.new_label();
        let opc = match b {
            BoolOpKind::Or => op::JUMP_IF_TRUE_OR_POP,
            BoolOpKind::And => op::JUMP_IF_FALSE_OR_POP,
        };
        for v in init {
            self.expr(v);
            self.jump(opc, l_end, -1);
        }
        self.expr(lastv);
        self.label(l_end);
    }

    fn cmp_op(&mut self, c: CmpOp) {
        let (k, not) = match c {
            CmpOp::Lt => (op::BIN_LESS, false),
            CmpOp::Gt => (op::BIN_MORE, false),
            CmpOp::Eq => (op::BIN_EQUAL, false),
            CmpOp::LtE => (op::BIN_LESS_EQUAL, false),
            CmpOp::GtE => (op::BIN_MORE_EQUAL, false),
            CmpOp::NotEq => (op::BIN_NOT_EQUAL, false),
            CmpOp::In => (op::BIN_IN, false),
            CmpOp::NotIn => (op::BIN_IN, true),
            CmpOp::Is => (op::BIN_IS, false),
            CmpOp::IsNot => (op::BIN_IS, true),
        };
        self.binary_op(k);
        if not {
            self.unary_op(op::UNARY_NOT);
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comps: &'a [Expr]) -> R {
        self.expr(left);
        if ops.len() <= 1 || comps.len() != ops.len() {
            for (c, r) in ops.iter().zip(comps.iter()) {
                self.expr(r);
                self.cmp_op(*c);
            }
            return;
        }
        let l_fail = self.new_label();
        let n = ops.len();
        for i in 0..n - 1 {
            self.expr(&comps[i]);
            self.op(op::DUP_TOP, 1);
            self.op(op::ROT_THREE, 0);
            self.cmp_op(ops[i]);
            self.jump(op::JUMP_IF_FALSE_OR_POP, l_fail, -1);
        }
        self.expr(&comps[n - 1]);
        self.cmp_op(ops[n - 1]);
        let l_end = self.new_label();
        self.jump(op::JUMP, l_end, 0);
        self.label(l_fail);
        self.code.adjust_stack(1);
        self.op(op::ROT_TWO, 0);
        self.op(op::POP_TOP, -1);
        self.label(l_end);
    }

    /// `value` is a zero-argument `super()` call inside a function: returns it.
    fn super_call(&self, value: &'a Expr) -> Option<(&'a Expr, ())> {
        if self.scope().kind != ScopeKind::Function {
            return None;
        }
        match &value.kind {
            ExprKind::Call {
                func,
                args,
                keywords,
            } if args.is_empty() && keywords.is_empty() => match &func.kind {
                ExprKind::Name { id, .. } if id == "super" => Some((value, ())),
                _ => None,
            },
            _ => None,
        }
    }

    /// Loads `super`, `__class__` and the first parameter: the arguments of a zero-argument
    /// `super()` (spec §5.12).
    fn super_args(&mut self, line: u32) -> R {
        self.load_name("super", line);
        self.load_name("__class__", line);
        let first = self
            .scope()
            .ids
            .iter()
            .find(|id| id.is_param)
            .map(|id| id.name.clone());
        match first {
            Some(n) => self.load_name(&n, line),
            None => self.fail("super() can't find self", line),
        }
    }

    fn super_load(&mut self, sup: &'a Expr) -> R {
        self.line(sup.line);
        self.super_args(sup.line)
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], line: u32) -> R {
        if let ExprKind::Attribute { value, attr, .. } = &func.kind {
            if let Some((sup, _)) = self.super_call(value) {
                self.super_load(sup);
                self.op_qstr(op::LOAD_SUPER_METHOD, attr, -1);
                return self.call_args(args, keywords, 0, true, line);
            }
            self.expr(value);
            self.op_qstr(op::LOAD_METHOD, attr, 1);
            return self.call_args(args, keywords, 0, true, line);
        }
        if let ExprKind::Name { id, .. } = &func.kind {
            if id == "super"
                && args.is_empty()
                && keywords.is_empty()
                && self.scope().kind == ScopeKind::Function
            {
                self.super_args(line);
                self.op_uint(op::CALL_FUNCTION, 2, -2);
                return;
            }
        }
        self.expr(func);
        self.call_args(args, keywords, 0, false, line)
    }

    /// Pushes call arguments and emits the call (spec §4.3.9, §5.8).
    pub fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        n_extra: u32,
        is_method: bool,
        line: u32,
    ) -> R {
        let mut n_pos = n_extra;
        let mut n_kw = 0u32;
        let mut star = false;
        let mut bitmap: i64 = 0;
        for (i, a) in args.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &a.kind {
                if i >= 30 {
                    return self.fail("too many args", line);
                }
                star = true;
                bitmap |= 1 << i;
                self.expr(value);
            } else {
                self.expr(a);
            }
            n_pos += 1;
        }
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_str(name);
                    self.expr(&k.value);
                }
                None => {
                    star = true;
                    self.op(op::LOAD_NULL, 1);
                    self.expr(&k.value);
                }
            }
            n_kw += 1;
        }
        if n_pos > 255 || n_kw > 255 {
            return self.fail("too many args", line);
        }
        let operand = (n_kw << 8) | n_pos;
        let base = (n_pos + 2 * n_kw) as i32;
        if star {
            self.load_small_int(bitmap);
        }
        let (opc, delta) = match (is_method, star) {
            (false, false) => (op::CALL_FUNCTION, -base),
            (false, true) => (op::CALL_FUNCTION_VAR_KW, -base - 1),
            (true, false) => (op::CALL_METHOD, -base - 1),
            (true, true) => (op::CALL_METHOD_VAR_KW, -base - 2),
        };
        self.op_uint(opc, operand, delta);
    }

    fn fstring(&mut self, parts: &'a [Expr], line: u32) -> R {
        let mut fmt = String::new();
        let mut args: Vec<&'a Expr> = Vec::new();
        self.fstring_build(parts, &mut fmt, &mut args, 0, line);
        self.load_str_literal(&fmt);
        self.op_qstr(op::LOAD_METHOD, "format", 1);
        for a in &args {
            self.expr(a);
        }
        let n = args.len() as u32;
        self.op_uint(op::CALL_METHOD, n, -(n as i32) - 1);
    }

    fn fstring_build(
        &mut self,
        parts: &'a [Expr],
        fmt: &mut String,
        args: &mut Vec<&'a Expr>,
        depth: u32,
        line: u32,
    ) -> R {
        if depth > 4 {
            return self.fail("invalid syntax", line);
        }
        for p in parts {
            match &p.kind {
                ExprKind::Constant(Constant::Str(s)) => push_escaped(fmt, s),
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    fmt.push('{');
                    args.push(value);
                    if let Some(c) = conversion {
                        fmt.push('!');
                        fmt.push(*c);
                    }
                    if let Some(spec) = format_spec {
                        fmt.push(':');
                        match &spec.kind {
                            ExprKind::JoinedStr(sp) => {
                                self.fstring_build(sp, fmt, args, depth + 1, line)
                            }
                            ExprKind::Constant(Constant::Str(s)) => push_escaped(fmt, s),
                            _ => return self.fail("invalid syntax", line),
                        }
                    }
                    fmt.push('}');
                }
                ExprKind::JoinedStr(inner) => self.fstring_build(inner, fmt, args, depth + 1, line),
                _ => return self.fail("invalid syntax", line),
            }
        }
    }

    // ----- assignment -----

    pub fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> R {
        // `X = const(...)`: the value is compiled and stored as usual, except that a name
        // starting with `_` is not stored at all.
        if let Some((id, arg)) = Self::const_def(targets, value) {
            if id.starts_with('_') {
                return;
            }
            self.line(value.line);
            self.expr(arg);
            return self.store_name(id);
        }
        // `a, b = c, d` and the three-item form swap on the stack without a tuple.
        if let [Expr {
            kind: ExprKind::Tuple { elts: lhs, .. },
            ..
        }] = targets
        {
            if let ExprKind::Tuple { elts: rhs, .. } = &value.kind {
                let n = lhs.len();
                let no_star =
                    |v: &[Expr]| !v.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. }));
                if (n == 2 || n == 3)
                    && rhs.len() == n
                    && no_star(lhs)
                    && no_star(rhs)
                    && self.fold(value).is_none()
                {
                    self.line(value.line);
                    for r in rhs {
                        self.expr(r);
                    }
                    if n == 3 {
                        self.op(op::ROT_THREE, 0);
                    }
                    self.op(op::ROT_TWO, 0);
                    for t in lhs {
                        self.store_target(t);
                    }
                    return;
                }
            }
        }
        self.expr(value);
        let n = targets.len();
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < n {
                self.op(op::DUP_TOP, 1);
            }
            self.store_target(t);
        }
    }

    /// Stores the value at the top of the stack into `t`.
    pub fn store_target(&mut self, t: &'a Expr) -> R {
        if !self.enter(t.line) {
            return;
        }
        self.store_target_inner(t);
        self.depth -= 1;
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value);
                self.op_qstr(op::STORE_ATTR, attr, -2);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.subscript_index(slice);
                self.op(op::STORE_SUBSCR, -3);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star_pos: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| matches!(x.kind, ExprKind::Starred { .. }))
                    .map(|(i, _)| i)
                    .collect();
                match star_pos.as_slice() {
                    [] => {
                        let n = elts.len() as u32;
                        self.op_uint(op::UNPACK_SEQUENCE, n, n as i32 - 1);
                    }
                    [p] => {
                        let l = *p as u32;
                        let r = (elts.len() - p - 1) as u32;
                        if l > 255 || r > 255 {
                            return self.fail("too many values to unpack", t.line);
                        }
                        self.op_uint(op::UNPACK_EX, l | (r << 8), (l + r) as i32);
                    }
                    _ => return self.fail("multiple *x in assignment", t.line),
                }
                for x in elts {
                    match &x.kind {
                        ExprKind::Starred { value, .. } => self.store_target(value),
                        _ => self.store_target(x),
                    }
                }
            }
            _ => self.fail("can't assign to expression", t.line),
        }
    }

    pub fn delete_target(&mut self, t: &'a Expr) -> R {
        if !self.enter(t.line) {
            return;
        }
        self.delete_target_inner(t);
        self.depth -= 1;
    }

    fn delete_target_inner(&mut self, t: &'a Expr) -> R {
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value);
                self.op(op::LOAD_NULL, 1);
                self.op(op::ROT_TWO, 0);
                self.op_qstr(op::STORE_ATTR, attr, -2);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.subscript_index(slice);
                self.op(op::LOAD_NULL, 1);
                self.op(op::ROT_THREE, 0);
                self.op(op::STORE_SUBSCR, -3);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for x in elts {
                    self.delete_target(x);
                }
            }
            _ => self.fail("can't delete expression", t.line),
        }
    }

    pub fn aug_assign(&mut self, target: &'a Expr, b: BinOp, value: &'a Expr) -> R {
        let k = binop_code(b, true);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id, target.line);
                self.expr(value);
                self.binary_op(k);
                self.store_name(id)
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj);
                self.op(op::DUP_TOP, 1);
                self.op_qstr(op::LOAD_ATTR, attr, 0);
                self.expr(value);
                self.binary_op(k);
                self.op(op::ROT_TWO, 0);
                self.op_qstr(op::STORE_ATTR, attr, -2);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj);
                self.subscript_index(slice);
                self.op(op::DUP_TOP_TWO, 2);
                self.op(op::LOAD_SUBSCR, -1);
                self.expr(value);
                self.binary_op(k);
                self.op(op::ROT_THREE, 0);
                self.op(op::STORE_SUBSCR, -3);
            }
            _ => self.fail("illegal expression for augmented assignment", target.line),
        }
    }

    /// `name := value` binds in the enclosing non-comprehension scope.
    fn store_walrus(&mut self, name: &str, line: u32) -> R {
        if !self.scope().kind.is_comp() {
            return self.store_name(name);
        }
        if self.scope_pass {
            let mut p = self.scope().parent;
            while let Some(pid) = p {
                if !self.scopes[pid].kind.is_comp() {
                    break;
                }
                p = self.scopes[pid].parent;
            }
            let Some(owner) = p else {
                return self.fail("invalid syntax", line);
            };
            if self.scopes[owner].kind == ScopeKind::Class {
                // Upstream declares the name nonlocal, which a class body cannot satisfy.
                return self.fail("no binding for nonlocal found", line);
            }
            let (j, _) = self.scope_mut().find_or_add(name, IdKind::GlobalImplicit);
            if self.scopes[owner].kind.is_func_like() {
                let (k, _) = self.scopes[owner].find_or_add(name, IdKind::Local);
                if self.scopes[owner].ids[k].kind == IdKind::GlobalImplicit {
                    self.scopes[owner].ids[k].kind = IdKind::Local;
                }
                self.scope_mut().ids[j].kind = IdKind::Free;
                let cur = self.cur;
                self.close_over_in_parents(cur, name);
            } else {
                // At module level the name is declared global, as by `global`, which also
                // makes the module body use `*_GLOBAL` for it.
                self.scope_mut().ids[j].kind = IdKind::GlobalExplicit;
                if let Some(m) = self.scopes[0].find(name) {
                    self.scopes[0].ids[m].kind = IdKind::GlobalExplicit;
                }
            }
            return;
        }
        self.store_name(name)
    }

    // ----- nested scopes -----

    /// Pushes closed-over cells and emits `MAKE_FUNCTION`/`MAKE_CLOSURE` (with defaults).
    pub fn make_function(&mut self, child: ScopeId, has_defaults: bool) -> R {
        let mut nfree = 0u32;
        if !self.scope_pass {
            let cur = self.cur;
            let mut loads = Vec::new();
            for id in &self.scopes[cur].ids {
                if matches!(id.kind, IdKind::Cell | IdKind::Free) {
                    if let Some(c) = self.scopes[child].find_info(&id.name) {
                        if c.kind == IdKind::Free {
                            loads.push(id.local_num);
                        }
                    }
                }
            }
            for n in loads {
                self.load_fast(n);
                nfree += 1;
            }
        }
        if nfree > 255 {
            return self.fail("too many closed-over variables", self.scopes[child].line);
        }
        self.make_order.push(child);
        let idx = (self.make_order.len() - 1) as u32;
        let nfree_i = nfree as i32;
        match (nfree, has_defaults) {
            (0, false) => self.op_uint(op::MAKE_FUNCTION, idx, 1),
            (0, true) => self.op_uint(op::MAKE_FUNCTION_DEFARGS, idx, -1),
            (_, false) => self.code.ins(
                op::MAKE_CLOSURE,
                crate::emit_code::Arg::Closure(idx, nfree as u8),
                1 - nfree_i,
            ),
            (_, true) => self.code.ins(
                op::MAKE_CLOSURE_DEFARGS,
                crate::emit_code::Arg::Closure(idx, nfree as u8),
                -1 - nfree_i,
            ),
        }
    }

    /// Compiles default values into the current scope; returns whether there are any.
    fn defaults(&mut self, args: &'a Arguments) -> bool {
        let n_pos = args.defaults.len() as u32;
        for d in &args.defaults {
            self.expr(d);
        }
        let mut n_kw = 0;
        for (a, d) in args.kwonlyargs.iter().zip(args.kw_defaults.iter()) {
            if let Some(d) = d {
                if n_kw == 0 {
                    if n_pos > 0 {
                        self.op_uint(op::BUILD_TUPLE, n_pos, 1 - n_pos as i32);
                    } else {
                        self.op(op::LOAD_NULL, 1);
                    }
                    self.op_uint(op::BUILD_MAP, 0, 1);
                }
                n_kw += 1;
                self.expr(d);
                self.load_str(&a.arg);
                self.op(op::STORE_MAP, -2);
            }
        }
        if n_pos > 0 && n_kw == 0 {
            self.op_uint(op::BUILD_TUPLE, n_pos, 1 - n_pos as i32);
            self.op(op::LOAD_NULL, 1);
        }
        n_pos > 0 || n_kw > 0
    }

    fn decorators(&mut self, decs: &'a [Expr]) -> R {
        for d in decs {
            self.decorator(d);
        }
    }

    /// A decorator `a.b.c` or `a.b.c(args)`: attribute loads, and a plain call.
    fn decorator(&mut self, d: &'a Expr) -> R {
        fn dotted(mut e: &Expr) -> bool {
            loop {
                match &e.kind {
                    ExprKind::Name { .. } => return true,
                    ExprKind::Attribute { value, .. } => e = value,
                    _ => return false,
                }
            }
        }
        if let ExprKind::Call {
            func,
            args,
            keywords,
        } = &d.kind
        {
            if dotted(func) {
                self.load_dotted(func);
                self.line(d.line);
                return self.call_args(args, keywords, 0, false, d.line);
            }
        }
        if dotted(d) {
            return self.load_dotted(d);
        }
        self.expr(d)
    }

    fn load_dotted(&mut self, e: &'a Expr) -> R {
        if !self.enter(e.line) {
            return;
        }
        self.load_dotted_inner(e);
        self.depth -= 1;
    }

    fn load_dotted_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Name { id, .. } => self.load_name(id, e.line),
            ExprKind::Attribute { value, attr, .. } => {
                self.load_dotted(value);
                self.op_qstr(op::LOAD_ATTR, attr, 0);
            }
            _ => self.expr(e),
        }
    }

    fn is_compile_time_decorator(d: &Expr) -> bool {
        if let ExprKind::Attribute { value, attr, .. } = &d.kind {
            if let ExprKind::Name { id, .. } = &value.kind {
                return id == "micropython"
                    && matches!(
                        attr.as_str(),
                        "bytecode" | "native" | "viper" | "asm_thumb" | "asm_xtensa" | "asm_rv32"
                    );
            }
        }
        false
    }

    pub fn funcdef(&mut self, f: &'a FunctionDef, line: u32) -> R {
        let decs: Vec<&'a Expr> = f
            .decorator_list
            .iter()
            .filter(|d| !Self::is_compile_time_decorator(d))
            .collect();
        for d in &decs {
            self.decorator(d);
        }
        let child = self.child_scope(ScopeKind::Function, ScopeNode::Function(f), &f.name, line);
        let has_defaults = self.defaults(&f.args);
        self.make_function(child, has_defaults);
        for _ in &decs {
            self.op_uint(op::CALL_FUNCTION, 1, -1);
        }
        self.store_name(&f.name)
    }

    pub fn classdef(&mut self, cd: &'a ClassDef, line: u32) -> R {
        self.decorators(&cd.decorator_list);
        self.op(op::LOAD_BUILD_CLASS, 1);
        let child = self.child_scope(ScopeKind::Class, ScopeNode::Class(cd), &cd.name, line);
        self.make_function(child, false);
        self.load_str(&cd.name);
        self.call_args(&cd.bases, &cd.keywords, 2, false, line);
        for _ in &cd.decorator_list {
            self.op_uint(op::CALL_FUNCTION, 1, -1);
        }
        self.store_name(&cd.name)
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        let child = self.child_scope(
            ScopeKind::Lambda,
            ScopeNode::Lambda(args, body),
            "<lambda>",
            e.line,
        );
        let has_defaults = self.defaults(args);
        self.make_function(child, has_defaults);
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: ScopeKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
    ) -> R {
        let Some(first) = gens.first() else {
            return self.fail("invalid syntax", e.line);
        };
        let name = match kind {
            ScopeKind::ListComp => "<listcomp>",
            ScopeKind::DictComp => "<dictcomp>",
            ScopeKind::SetComp => "<setcomp>",
            _ => "<genexpr>",
        };
        let child = self.child_scope(kind, ScopeNode::Comp(elt, value, gens), name, e.line);
        self.make_function(child, false);
        self.expr(&first.iter);
        if kind == ScopeKind::GenExpr {
            self.op(op::GET_ITER, 0);
        }
        self.op_uint(op::CALL_FUNCTION, 1, -1);
    }

    /// The body of a comprehension scope (spec §5.13).
    pub fn comp_body(
        &mut self,
        i: ScopeId,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
    ) -> R {
        let kind = self.scopes[i].kind;
        if self.scope_pass {
            self.scope_mut().find_or_add("", IdKind::Local);
            self.scope_mut().num_pos_args = 1;
            if kind == ScopeKind::GenExpr {
                self.scope_mut().flags |= FLAG_GENERATOR;
            }
            if let Some(p) = self.scopes[i].parent {
                self.scopes[i].is_async = self.scopes[p].is_async;
            }
        }
        let line = self.scopes[i].line;
        self.line(line);
        match kind {
            ScopeKind::ListComp => self.op_uint(op::BUILD_LIST, 0, 1),
            ScopeKind::DictComp => self.op_uint(op::BUILD_MAP, 0, 1),
            ScopeKind::SetComp => self.op_uint(op::BUILD_SET, 0, 1),
            _ => {}
        }
        if kind == ScopeKind::GenExpr {
            self.op(op::LOAD_NULL, 1);
            self.load_name("", line);
            self.op(op::LOAD_NULL, 1);
            self.op(op::LOAD_NULL, 1);
        } else {
            self.load_name("", line);
            self.op(op::GET_ITER_STACK, 3);
        }
        self.comp_iter(kind, elt, value, gens, 0);
        if kind == ScopeKind::GenExpr {
            self.load_const_none();
        }
        self.op(op::RETURN_VALUE, -1);
    }

    fn comp_iter(
        &mut self,
        kind: ScopeKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
        depth: u32,
    ) -> R {
        if depth > 200 {
            return self.fail("too deeply nested", elt.line);
        }
        let Some((g, rest)) = gens.split_first() else {
            match value {
                Some(v) => {
                    self.expr(v);
                    self.expr(elt);
                }
                None => self.expr(elt),
            }
            if kind == ScopeKind::GenExpr {
                self.op(op::YIELD_VALUE, 0);
                self.op(op::POP_TOP, -1);
            } else {
                let n = 4 * depth + 5 - 4 + if kind == ScopeKind::DictComp { 1 } else { 0 };
                let k = match kind {
                    ScopeKind::DictComp => 1,
                    ScopeKind::SetComp => 2,
                    _ => 0,
                };
                let delta = if kind == ScopeKind::DictComp { -2 } else { -1 };
                self.op_uint(op::STORE_COMP, (n << 2) | k, delta);
            }
            return;
        };
        if g.is_async {
            return self.fail("invalid syntax", g.iter.line);
        }
        let l_end = self.new_label();
        let l_top = self.new_label();
        if depth > 0 {
            self.expr(&g.iter);
            self.op(op::GET_ITER_STACK, 3);
        }
        self.label(l_top);
        self.jump(op::FOR_ITER, l_end, 1);
        self.store_target(&g.target);
        for c in &g.ifs {
            self.cond(c, false, l_top);
        }
        self.comp_iter(kind, elt, value, rest, depth + 1);
        self.jump(op::JUMP, l_top, 0);
        self.label(l_end);
        self.code.adjust_stack(-4);
    }
}
