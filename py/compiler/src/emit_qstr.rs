//! Interned strings: the static qstrs every MicroPython build shares (spec Appendix A) and
//! the rule that decides whether a string literal becomes a qstr (spec §2.4).

use ferrite_bytecode::Index;

use crate::ast::{Alias, Arguments, Comprehension, Expr, ExprKind, Keyword, Stmt, StmtKind};

/// Strings longer than 10 bytes that upstream's `mpy-cross` 1.29 has among its built-in
/// qstrs, so a string literal equal to one of them is interned. Found by probing the tool:
/// every printable string of its binary was compiled as a literal and those that came out as
/// `LOAD_CONST_STRING` kept (sorted, for binary search).
static BUILTIN_LONG_QSTRS: [&str; 45] = [
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "GeneratorExit",
    "ImportError",
    "IndentationError",
    "Interpolation",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NotImplementedError",
    "OverflowError",
    "RuntimeError",
    "StopAsyncIteration",
    "SyntaxError",
    "UnicodeError",
    "ViperTypeError",
    "ZeroDivisionError",
    "__build_class__",
    "__complex__",
    "__contains__",
    "__delitem__",
    "__getattr__",
    "__getitem__",
    "__qualname__",
    "__repl_print__",
    "__reversed__",
    "__setitem__",
    "__template__",
    "__traceback__",
    "bound_method",
    "format_spec",
    "heap_unlock",
    "interpolations",
    "intersection",
    "intersection_update",
    "maximum recursion depth exceeded",
    "micropython",
    "staticmethod",
    "string.templatelib",
    "symmetric_difference",
    "symmetric_difference_update",
    "unpack_from",
    "vcvt_f32_s32",
    "vcvt_s32_f32",
];

/// Whether a string literal is interned: every string of at most 10 bytes, and a longer one
/// when an equal qstr already exists: one built into mpy-cross, or an identifier lexed before
/// the literal (we count identifiers first seen on or before the literal's line).
pub fn is_interned(s: &str, line: u32, idents: &Index) -> bool {
    s.len() <= 10
        || ferrite_bytecode::qstr::static_qstr_index(s).is_some()
        || BUILTIN_LONG_QSTRS.binary_search(&s).is_ok()
        || idents.get(s.as_bytes()).is_some_and(|l| l <= line)
}

/// Collects every identifier of the module (names, attributes, parameters, keywords,
/// imported names), which upstream's lexer interns.
pub fn collect_identifiers(body: &[Stmt], out: &mut Index) {
    let mut w = Walker {
        out,
        depth: 0,
        line: 1,
    };
    w.stmts(body);
}

struct Walker<'o> {
    out: &'o mut Index,
    depth: u32,
    line: u32,
}

impl Walker<'_> {
    fn add(&mut self, s: &str) {
        if s.len() > 10 {
            let (l, _) = self.out.get_or_insert(s.as_bytes(), self.line);
            if self.line < l {
                self.out.insert(s.as_bytes(), self.line);
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        if self.depth > 200 {
            return;
        }
        self.depth += 1;
        for s in body {
            self.stmt(s);
        }
        self.depth -= 1;
    }

    fn args(&mut self, a: &Arguments) {
        for x in a
            .args
            .iter()
            .chain(a.vararg.iter())
            .chain(a.kwonlyargs.iter())
            .chain(a.kwarg.iter())
        {
            self.add(&x.arg);
        }
        for d in &a.defaults {
            self.expr(d);
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn aliases(&mut self, names: &[Alias]) {
        for a in names {
            for part in a.name.split('.') {
                self.add(part);
            }
            if let Some(n) = &a.asname {
                self.add(n);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.line = s.line;
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add(&f.name);
                self.args(&f.args);
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.stmts(&f.body);
            }
            StmtKind::ClassDef(c) => {
                self.add(&c.name);
                for b in &c.bases {
                    self.expr(b);
                }
                self.keywords(&c.keywords);
                for d in &c.decorator_list {
                    self.expr(d);
                }
                self.stmts(&c.body);
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Delete(t) => t.iter().for_each(|e| self.expr(e)),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|e| self.expr(e));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                self.expr(target);
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.expr(&i.context_expr);
                    if let Some(v) = &i.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause.iter()).for_each(|e| self.expr(e));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.add(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(names) => self.aliases(names),
            StmtKind::ImportFrom { module, names, .. } => {
                if let Some(m) = module {
                    for part in m.split('.') {
                        self.add(part);
                    }
                }
                self.aliases(names);
            }
            StmtKind::Global(n) | StmtKind::Nonlocal(n) => n.iter().for_each(|x| self.add(x)),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn keywords(&mut self, kws: &[Keyword]) {
        for k in kws {
            if let Some(a) = &k.arg {
                self.add(a);
            }
            self.expr(&k.value);
        }
    }

    fn comps(&mut self, gens: &[Comprehension]) {
        for g in gens {
            self.expr(&g.target);
            self.expr(&g.iter);
            g.ifs.iter().for_each(|e| self.expr(e));
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.depth > 200 {
            return;
        }
        self.depth += 1;
        self.line = e.line;
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.args(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().for_each(|k| self.expr(k));
                values.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Set(v) | ExprKind::JoinedStr(v) => v.iter().for_each(|x| self.expr(x)),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comps(generators);
            }
            ExprKind::Await(v) | ExprKind::YieldFrom(v) => self.expr(v),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                comparators.iter().for_each(|c| self.expr(c));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
                self.keywords(keywords);
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(f) = format_spec {
                    self.expr(f);
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value);
                self.add(attr);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Name { id, .. } => self.add(id),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                elts.iter().for_each(|x| self.expr(x))
            }
            ExprKind::Slice { lower, upper, step } => {
                lower
                    .iter()
                    .chain(upper.iter())
                    .chain(step.iter())
                    .for_each(|x| self.expr(x));
            }
        }
        self.depth -= 1;
    }
}
