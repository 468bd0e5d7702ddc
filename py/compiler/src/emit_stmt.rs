//! Statements of the bytecode emitter: control flow (`if`, loops, `try`, `with`, their
//! `async` forms), `break`/`continue` unwinding, imports, declarations (spec §5.6, §5.7,
//! §5.14, §5.16).

use crate::ast::{Alias, ExceptHandler, Expr, ExprKind, Stmt, StmtKind, WithItem};
use crate::emit::{Compiler, Loop, R};
use crate::emit_code::{Arg, Label};
use crate::emit_fold::Value;
use crate::emit_op as op;
use crate::scope::{IdKind, ScopeKind};
use crate::Mode;

impl<'a> Compiler<'a> {
    // ----- statements -----

    pub fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s);
        }
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> R {
        if !self.enter(s.line) {
            return;
        }
        self.stmt_inner(s);
        self.leave();
    }

    pub(crate) fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        let line = s.line;
        match &s.kind {
            // A decorated definition reports the line of its first decorator only.
            StmtKind::FunctionDef(f) => {
                self.line(f.decorator_list.first().map_or(line, |d| d.line));
                self.funcdef(f, line)
            }
            StmtKind::ClassDef(cd) => {
                self.line(cd.decorator_list.first().map_or(line, |d| d.line));
                self.classdef(cd, line)
            }
            // `_X = const(...)` vanishes at parse time, line and all.
            StmtKind::Assign { targets, value } if self.is_private_const(targets, value) => {
                self.assign(targets, value)
            }
            _ => {
                self.line(line);
                self.simple_or_compound(s)
            }
        }
    }

    pub(crate) fn simple_or_compound(&mut self, s: &'a Stmt) -> R {
        let line = s.line;
        match &s.kind {
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => {}
            StmtKind::Return(v) => {
                if self.scope().kind != ScopeKind::Function {
                    return self.fail("'return' outside function", line);
                }
                match v.as_ref().map(|e| self.simplify(e)) {
                    None => self.load_const_none(),
                    Some(Expr {
                        kind: ExprKind::IfExp { test, body, orelse },
                        line: l2,
                    }) => {
                        self.line(*l2);
                        let l_fail = self.new_label();
                        self.cond(test, false, l_fail);
                        self.expr(body);
                        self.op(op::RETURN_VALUE, -1);
                        self.label(l_fail);
                        self.expr(orelse);
                    }
                    Some(e) => self.expr(e),
                }
                self.op(op::RETURN_VALUE, -1);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t);
                }
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign {
                target,
                op: bop,
                value,
            } => self.aug_assign(target, *bop, value),
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v);
                    self.store_target(target);
                } else if let ExprKind::Name { id, .. } = &target.kind {
                    // `x: T` binds nothing at run time but still makes `x` a local.
                    if self.scope_pass {
                        self.declare_store(id);
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(target, iter, body, orelse, line)
                } else {
                    self.for_stmt(target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    if !self.scope().is_async {
                        return self.fail("'async with' outside async function", line);
                    }
                    self.async_with(items, body)
                } else {
                    self.with_stmt(items, body)
                }
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => self.op(op::RAISE_LAST, 0),
                (Some(e), None) => {
                    self.expr(e);
                    self.op(op::RAISE_OBJ, -1);
                }
                (Some(e), Some(c)) => {
                    self.expr(e);
                    self.expr(c);
                    self.op(op::RAISE_FROM, -2);
                }
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let l_end = self.new_label();
                self.cond(test, true, l_end);
                self.op_qstr(op::LOAD_GLOBAL, "AssertionError", 1);
                if let Some(m) = msg {
                    self.expr(m);
                    self.op_uint(op::CALL_FUNCTION, 1, -1);
                }
                self.op(op::RAISE_OBJ, -1);
                self.label(l_end);
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.import(a);
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level, line),
            StmtKind::Global(names) => {
                if self.scope_pass {
                    for n in names {
                        self.declare_global(n, line);
                    }
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return self.fail("can't declare nonlocal in outer code", line);
                }
                if self.scope_pass {
                    for n in names {
                        self.declare_nonlocal(n, line);
                    }
                }
            }
            StmtKind::Expr(e) => {
                if self.mode == Mode::Single && self.scope().kind == ScopeKind::Module {
                    self.load_name("__repl_print__", line);
                    self.expr(e);
                    self.op_uint(op::CALL_FUNCTION, 1, -1);
                    self.op(op::POP_TOP, -1);
                    return;
                }
                // A statement that is a constant (after folding) compiles to nothing;
                // this drops docstrings too.
                let lonely_const = self.fold(e).is_some();
                if lonely_const {
                    return;
                }
                self.expr(e);
                self.op(op::POP_TOP, -1);
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_continue(true, line),
            StmtKind::Continue => self.break_continue(false, line),
        }
    }

    /// The truth of a condition known at compile time: any constant (after folding) whose
    /// truth value is known, as upstream's `if`/`while` optimisations see it.
    pub(crate) fn const_truth(&self, e: &Expr) -> Option<bool> {
        self.fold(e)?.truth()
    }

    pub(crate) fn is_private_const(&self, targets: &[Expr], value: &Expr) -> bool {
        Self::const_def(targets, value).is_some_and(|(id, _)| id.starts_with('_'))
    }

    pub(crate) fn declare_global(&mut self, name: &str, line: u32) -> R {
        let (j, added) = self.scope_mut().find_or_add(name, IdKind::GlobalExplicit);
        let kind = self.scope().ids[j].kind;
        if !added && kind != IdKind::GlobalExplicit {
            return self.fail("identifier redefined as global", line);
        }
        self.scope_mut().ids[j].kind = IdKind::GlobalExplicit;
        if let Some(m) = self.scopes[0].find(name) {
            self.scopes[0].ids[m].kind = IdKind::GlobalExplicit;
        }
    }

    pub(crate) fn declare_nonlocal(&mut self, name: &str, line: u32) -> R {
        let (j, added) = self.scope_mut().find_or_add(name, IdKind::GlobalImplicit);
        if !added && self.scope().ids[j].kind != IdKind::Free {
            return self.fail("identifier redefined as nonlocal", line);
        }
        let mut found = false;
        let mut p = self.scope().parent;
        while let Some(pid) = p {
            if self.scopes[pid].parent.is_none() {
                break;
            }
            if let Some(id) = self.scopes[pid].find_info(name) {
                found = matches!(id.kind, IdKind::Local | IdKind::Cell | IdKind::Free);
                break;
            }
            p = self.scopes[pid].parent;
        }
        if !found {
            return self.fail("no binding for nonlocal found", line);
        }
        self.scope_mut().ids[j].kind = IdKind::Free;
        let cur = self.cur;
        self.close_over_in_parents(cur, name);
    }

    pub(crate) fn break_continue(&mut self, is_break: bool, line: u32) -> R {
        let Some(lp) = self.loop_ctx else {
            return self.fail("'break'/'continue' outside loop", line);
        };
        let depth = self.except_level.saturating_sub(lp.except_level);
        let (label, for_flag) = if is_break {
            (lp.break_label, lp.is_for)
        } else {
            (lp.continue_label, false)
        };
        if depth == 0 {
            if for_flag {
                for _ in 0..4 {
                    self.code.raw(op::POP_TOP);
                }
            }
            self.jump(op::JUMP, label, 0);
        } else {
            let b = (depth as u8 & 0x7f) | if for_flag { 0x80 } else { 0 };
            self.code.ins(op::UNWIND_JUMP, Arg::Unwind(label, b), 0);
        }
    }

    /// Compiles a condition and jumps to `label` when its truth equals `jump_if`.
    pub fn cond(&mut self, e: &'a Expr, jump_if: bool, label: Label) -> R {
        if !self.enter(e.line) {
            return;
        }
        self.cond_inner(e, jump_if, label);
        self.leave();
    }

    pub(crate) fn cond_inner(&mut self, e: &'a Expr, jump_if: bool, label: Label) -> R {
        if let Some(t) = self.const_truth(e) {
            if t == jump_if {
                self.jump(op::JUMP, label, 0);
            }
            return;
        }
        match &e.kind {
            // `and`/`or`/`not` in a condition become jumps; upstream reports no line for them.
            ExprKind::BoolOp { op: bop, values } if !values.is_empty() => {
                let is_or = *bop == crate::ast::BoolOpKind::Or;
                if is_or != jump_if {
                    // `or` jumping when false / `and` jumping when true.
                    let l2 = self.new_label();
                    let n = values.len();
                    for v in &values[..n - 1] {
                        self.cond(v, !jump_if, l2);
                    }
                    self.cond(&values[n - 1], jump_if, label);
                    self.label(l2);
                } else {
                    for v in values {
                        self.cond(v, jump_if, label);
                    }
                }
            }
            ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Not,
                operand,
            } if self.fold(e).is_none() => self.cond(operand, !jump_if, label),
            _ => {
                self.expr(e);
                let opc = if jump_if {
                    op::POP_JUMP_IF_TRUE
                } else {
                    op::POP_JUMP_IF_FALSE
                };
                self.jump(opc, label, -1);
            }
        }
    }

    pub(crate) fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let l_end = self.new_label();
        let t = self.const_truth(test);
        if t != Some(false) {
            let l_fail = self.new_label();
            self.cond(test, false, l_fail);
            self.stmts(body);
            if t == Some(true) {
                self.label(l_end);
                return;
            }
            if !orelse.is_empty() {
                self.jump(op::JUMP, l_end, 0);
            }
            self.label(l_fail);
        }
        // An `elif` chain arrives as a lone `If` in `orelse`.
        let mut rest = orelse;
        while let [Stmt {
            kind:
                StmtKind::If {
                    test: t2,
                    body: b2,
                    orelse: o2,
                },
            ..
        }] = rest
        {
            let tt = self.const_truth(t2);
            if tt != Some(false) {
                let l_fail = self.new_label();
                self.cond(t2, false, l_fail);
                self.stmts(b2);
                if tt == Some(true) {
                    self.label(l_end);
                    return;
                }
                self.jump(op::JUMP, l_end, 0);
                self.label(l_fail);
            }
            rest = o2;
        }
        self.stmts(rest);
        self.label(l_end);
    }

    pub(crate) fn push_loop(&mut self, is_for: bool) -> (Option<Loop>, Loop) {
        let lp = Loop {
            break_label: self.new_label(),
            continue_label: self.new_label(),
            is_for,
            except_level: self.except_level,
        };
        let old = self.loop_ctx.replace(lp);
        (old, lp)
    }

    pub(crate) fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let (old, lp) = self.push_loop(false);
        let t = self.const_truth(test);
        if t != Some(false) {
            let top = self.new_label();
            if t != Some(true) {
                self.jump(op::JUMP, lp.continue_label, 0);
            }
            self.label(top);
            self.stmts(body);
            self.label(lp.continue_label);
            self.cond(test, true, top);
        }
        self.loop_ctx = old;
        self.stmts(orelse);
        self.label(lp.break_label);
    }

    /// `for v in range(...)` with a plain name target and 1–3 plain arguments (the step a
    /// non-zero small-int constant): the counting loop of spec §5.7.
    pub(crate) fn range_args(
        &self,
        target: &Expr,
        iter: &'a Expr,
    ) -> Option<(Option<&'a Expr>, &'a Expr, i64)> {
        if !matches!(target.kind, ExprKind::Name { .. }) {
            return None;
        }
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &iter.kind
        else {
            return None;
        };
        if !keywords.is_empty() {
            return None;
        }
        match &func.kind {
            ExprKind::Name { id, .. } if id == "range" => {}
            _ => return None,
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        {
            return None;
        }
        match args.len() {
            1 => Some((None, &args[0], 1)),
            2 => Some((Some(&args[0]), &args[1], 1)),
            3 => match self.fold(&args[2]) {
                Some(Value::Int(s)) if s != 0 && crate::emit_fold::is_small_int(s) => {
                    Some((Some(&args[0]), &args[1], s as i64))
                }
                _ => None,
            },
            _ => None,
        }
    }

    pub(crate) fn small_int_const(&self, e: &Expr) -> Option<i64> {
        match self.fold(e) {
            Some(Value::Int(v)) if crate::emit_fold::is_small_int(v) => Some(v as i64),
            _ => None,
        }
    }

    pub(crate) fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        if let Some((start, end, step)) = self.range_args(target, iter) {
            return self.for_range(target, start, end, step, body, orelse);
        }
        let (old, lp) = self.push_loop(true);
        let pop_label = self.new_label();
        self.expr(iter);
        self.op(op::GET_ITER_STACK, 3);
        self.label(lp.continue_label);
        self.jump(op::FOR_ITER, pop_label, 1);
        self.store_target(target);
        self.stmts(body);
        self.jump(op::JUMP, lp.continue_label, 0);
        self.label(pop_label);
        self.code.adjust_stack(-4);
        self.loop_ctx = old;
        self.stmts(orelse);
        self.label(lp.break_label);
    }

    pub(crate) fn for_range(
        &mut self,
        target: &'a Expr,
        start: Option<&'a Expr>,
        end: &'a Expr,
        step: i64,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let (old, lp) = self.push_loop(false);
        let top = self.new_label();
        let entry = self.new_label();
        let end_const = self.small_int_const(end);
        if end_const.is_none() {
            self.expr(end);
        }
        match start {
            Some(s) => self.expr(s),
            None => self.load_small_int(0),
        }
        self.jump(op::JUMP, entry, 0);
        self.label(top);
        self.op(op::DUP_TOP, 1);
        self.store_target(target);
        self.stmts(body);
        self.label(lp.continue_label);
        self.load_small_int(step);
        self.binary_op(op::BIN_INPLACE_ADD);
        self.label(entry);
        match end_const {
            None => {
                self.op(op::DUP_TOP_TWO, 2);
                self.op(op::ROT_TWO, 0);
            }
            Some(_) => {
                self.op(op::DUP_TOP, 1);
                self.expr(end);
            }
        }
        self.binary_op(if step >= 0 {
            op::BIN_LESS
        } else {
            op::BIN_MORE
        });
        self.jump(op::POP_JUMP_IF_TRUE, top, -1);
        self.loop_ctx = old;
        let on_stack = end_const.is_none();
        let mut end_label = None;
        if !orelse.is_empty() {
            self.op(op::POP_TOP, -1);
            if on_stack {
                self.op(op::POP_TOP, -1);
            }
            self.stmts(orelse);
            let l = self.new_label();
            self.jump(op::JUMP, l, 0);
            self.code.adjust_stack(1 + on_stack as i32);
            end_label = Some(l);
        }
        self.label(lp.break_label);
        self.op(op::POP_TOP, -1);
        if on_stack {
            self.op(op::POP_TOP, -1);
        }
        if let Some(l) = end_label {
            self.label(l);
        }
    }

    pub(crate) fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        line: u32,
    ) -> R {
        if !self.scope().is_async {
            return self.fail("'async for' outside async function", line);
        }
        self.expr(iter);
        self.op_qstr(op::LOAD_METHOD, "__aiter__", 1);
        self.op_uint(op::CALL_METHOD, 0, -1);
        let (old, lp) = self.push_loop(false);
        let while_else = self.new_label();
        let try_exc = self.new_label();
        let try_else = self.new_label();
        let try_finally = self.new_label();
        self.label(lp.continue_label);
        self.setup_block(op::SETUP_EXCEPT, try_exc);
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_METHOD, "__anext__", 1);
        self.op_uint(op::CALL_METHOD, 0, -1);
        self.await_top();
        self.store_target(target);
        self.end_block();
        self.jump(op::POP_EXCEPT_JUMP, try_else, 0);
        self.label(try_exc);
        self.code.adjust_stack(4);
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_GLOBAL, "StopAsyncIteration", 1);
        self.binary_op(op::BIN_EXCEPTION_MATCH);
        self.jump(op::POP_JUMP_IF_FALSE, try_finally, -1);
        self.op(op::POP_TOP, -1);
        self.jump(op::POP_EXCEPT_JUMP, while_else, 0);
        self.label(try_finally);
        self.code.adjust_stack(1);
        self.op(op::END_FINALLY, -1);
        self.code.adjust_stack(-3);
        self.label(try_else);
        self.stmts(body);
        self.jump(op::JUMP, lp.continue_label, 0);
        self.loop_ctx = old;
        self.label(while_else);
        self.stmts(orelse);
        self.label(lp.break_label);
        self.op(op::POP_TOP, -1);
    }

    /// `GET_ITER; LOAD_CONST_NONE; YIELD_FROM` on the value at the top of the stack.
    pub fn await_top(&mut self) {
        self.op(op::GET_ITER, 0);
        self.load_const_none();
        self.op(op::YIELD_FROM, -1);
    }

    pub(crate) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let l1 = self.new_label();
        let success = self.new_label();
        self.setup_block(op::SETUP_EXCEPT, l1);
        self.stmts(body);
        self.jump(op::POP_EXCEPT_JUMP, success, 0);
        self.label(l1);
        self.code.adjust_stack(4);
        let l2 = self.new_label();
        for (i, h) in handlers.iter().enumerate() {
            let end_finally = self.new_label();
            match &h.typ {
                None => {
                    if i + 1 != handlers.len() {
                        return self.fail("default 'except' must be last", h.line);
                    }
                }
                Some(t) => {
                    self.op(op::DUP_TOP, 1);
                    self.expr(t);
                    self.binary_op(op::BIN_EXCEPTION_MATCH);
                    self.jump(op::POP_JUMP_IF_FALSE, end_finally, -1);
                }
            }
            match &h.name {
                None => self.op(op::POP_TOP, -1),
                Some(n) => self.store_name(n),
            }
            let mut l3 = None;
            if h.name.is_some() {
                let l = self.new_label();
                self.setup_block(op::SETUP_FINALLY, l);
                l3 = Some(l);
            }
            self.stmts(&h.body);
            if let (Some(l), Some(n)) = (l3, &h.name) {
                self.load_const_none();
                self.label(l);
                self.code.adjust_stack(1);
                self.load_const_none();
                self.store_name(n);
                self.delete_name(n);
                self.code.adjust_stack(-1);
                self.end_block();
                self.op(op::END_FINALLY, -1);
            }
            self.jump(op::POP_EXCEPT_JUMP, l2, 0);
            self.label(end_finally);
            self.code.adjust_stack(1);
        }
        self.end_block_except();
        self.op(op::END_FINALLY, -1);
        self.code.adjust_stack(-3);
        self.label(success);
        self.stmts(orelse);
        self.label(l2);
    }

    /// The `SETUP_EXCEPT` block stays on the exception stack while a handler runs, so its
    /// level ends only after the handlers.
    pub(crate) fn end_block_except(&mut self) {
        self.end_block();
    }

    pub(crate) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let l_finally = self.new_label();
        self.setup_block(op::SETUP_FINALLY, l_finally);
        if handlers.is_empty() {
            self.code.adjust_stack(3);
            self.stmts(body);
            self.code.adjust_stack(-3);
        } else {
            self.try_except(body, handlers, orelse);
        }
        self.load_const_none();
        self.label(l_finally);
        // The finally body may run with a return value or unwind state above the marker.
        self.code.adjust_stack(1);
        self.stmts(finalbody);
        self.code.adjust_stack(-1);
        self.end_block();
        self.op(op::END_FINALLY, -1);
    }

    pub(crate) fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let l_end = self.new_label();
        self.expr(&first.context_expr);
        self.setup_block(op::SETUP_WITH, l_end);
        match &first.optional_vars {
            Some(t) => self.store_target(t),
            None => self.op(op::POP_TOP, -1),
        }
        self.with_stmt(rest, body);
        self.load_const_none();
        self.label(l_end);
        self.op(op::WITH_CLEANUP, 2);
        self.code.adjust_stack(-4);
        self.end_block();
        self.op(op::END_FINALLY, -1);
    }

    pub(crate) fn async_with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let l_finally = self.new_label();
        let l_not_exc = self.new_label();
        let l_normal = self.new_label();
        let l_end = self.new_label();
        self.expr(&first.context_expr);
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_METHOD, "__aenter__", 1);
        self.op_uint(op::CALL_METHOD, 0, -1);
        self.await_top();
        match &first.optional_vars {
            Some(t) => self.store_target(t),
            None => self.op(op::POP_TOP, -1),
        }
        self.setup_block(op::SETUP_FINALLY, l_finally);
        self.code.adjust_stack(3);
        self.async_with(rest, body);
        self.code.adjust_stack(-3);
        self.load_const_none();
        self.op(op::ROT_TWO, 0);
        self.jump(op::JUMP, l_normal, 0);
        self.label(l_finally);
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_GLOBAL, "BaseException", 1);
        self.binary_op(op::BIN_EXCEPTION_MATCH);
        self.jump(op::POP_JUMP_IF_FALSE, l_not_exc, -1);
        self.op(op::DUP_TOP, 1);
        self.op(op::ROT_THREE, 0);
        self.op(op::ROT_TWO, 0);
        self.op_qstr(op::LOAD_METHOD, "__aexit__", 1);
        self.op(op::ROT_THREE, 0);
        self.op(op::ROT_THREE, 0);
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_ATTR, "__class__", 0);
        self.op(op::ROT_TWO, 0);
        self.load_const_none();
        self.op_uint(op::CALL_METHOD, 3, -4);
        self.await_top();
        self.jump(op::POP_JUMP_IF_FALSE, l_end, -1);
        self.op(op::POP_TOP, -1);
        self.load_const_none();
        self.jump(op::JUMP, l_end, 0);
        self.label(l_not_exc);
        // An unwind marker (value, cause) arrives here: one slot more than an exception.
        self.code.adjust_stack(2);
        self.op(op::ROT_THREE, 0);
        self.op(op::ROT_THREE, 0);
        self.label(l_normal);
        self.op_qstr(op::LOAD_METHOD, "__aexit__", 1);
        self.load_const_none();
        self.op(op::DUP_TOP, 1);
        self.op(op::DUP_TOP, 1);
        self.op_uint(op::CALL_METHOD, 3, -4);
        self.await_top();
        self.op(op::POP_TOP, -1);
        self.label(l_end);
        self.code.adjust_stack(-1);
        self.end_block();
        self.op(op::END_FINALLY, -1);
    }

    pub(crate) fn import(&mut self, a: &'a Alias) -> R {
        self.load_small_int(0);
        self.load_const_none();
        self.op_qstr(op::IMPORT_NAME, &a.name, -1);
        match &a.asname {
            Some(asname) => {
                for part in a.name.split('.').skip(1) {
                    self.op_qstr(op::LOAD_ATTR, part, 0);
                }
                self.store_name(asname)
            }
            None => {
                let top = a.name.split('.').next().unwrap_or("");
                self.store_name(top)
            }
        }
    }

    pub(crate) fn import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
        line: u32,
    ) -> R {
        self.load_small_int(level as i64);
        if names.len() == 1 && names[0].name == "*" {
            if self.scope().kind != ScopeKind::Module {
                return self.fail("import * not at module level", line);
            }
            self.load_str("*");
            self.op_uint(op::BUILD_TUPLE, 1, 0);
            self.op_qstr(op::IMPORT_NAME, module.unwrap_or(""), -1);
            self.op(op::IMPORT_STAR, -1);
            return;
        }
        for a in names {
            self.load_str(&a.name);
        }
        let n = names.len() as u32;
        self.op_uint(op::BUILD_TUPLE, n, 1 - n as i32);
        self.op_qstr(op::IMPORT_NAME, module.unwrap_or(""), -1);
        for a in names {
            self.op_qstr(op::IMPORT_FROM, &a.name, 1);
            let target = a.asname.as_deref().unwrap_or(&a.name);
            self.store_name(target);
        }
        self.op(op::POP_TOP, -1);
    }
}
