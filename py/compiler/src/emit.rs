//! The bytecode emitter: walks the AST of each scope and produces MicroPython bytecode,
//! byte-for-byte as upstream `mpy-cross` does where we can (spec §5.6–§5.16, §6).
//!
//! Passes, as upstream runs them (spec §6.1): a *scope* pass over every scope in list order
//! builds the identifier tables (identifier operations emit nothing; every other operation
//! registers its qstrs and constants, which fixes the table order), then locals are
//! numbered, then an *emit* pass per scope produces the code. Statements live here;
//! expressions, assignment targets and nested scopes in `emit_expr.rs`.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ferrite_bytecode::{Const, Module, RawCode};

use crate::ast::{Alias, ExceptHandler, Expr, ExprKind, ModuleAst, Stmt, StmtKind, WithItem};
use crate::emit_code::{Arg, Code, Label};
use crate::emit_fold::Value;
use crate::emit_op as op;
use crate::emit_qstr;
use crate::scope::{number_free_vars, IdKind, Scope, ScopeId, ScopeKind, ScopeNode};
use crate::{CompileError, ErrorKind, Mode};
use ferrite_bytecode::prelude::{encode_signature, encode_size, Signature};
use ferrite_bytecode::varint::encode_vuint;

pub type R = Result<(), CompileError>;

/// The innermost enclosing loop, for `break`/`continue`.
#[derive(Clone, Copy, Debug)]
pub struct Loop {
    pub break_label: Label,
    pub continue_label: Label,
    /// `break` must drop a 4-slot iterator buffer.
    pub is_for: bool,
    pub except_level: u32,
}

pub struct Compiler<'a> {
    pub scopes: Vec<Scope<'a>>,
    pub mode: Mode,
    pub qstrs: Vec<String>,
    qstr_map: BTreeMap<String, u32>,
    pub consts: Vec<Const>,
    /// Identifiers longer than 10 bytes, with the first line they appear on: a string
    /// literal equal to one lexed before it is interned.
    pub interned: BTreeMap<String, u32>,
    /// Highest source line reported so far in this pass.
    pub cur_line: u32,
    /// Module-level `X = const(...)` definitions.
    pub const_names: BTreeMap<String, Value>,
    /// True during the scope pass.
    pub scope_pass: bool,
    pub cur: ScopeId,
    pub code: Code,
    /// Next nested scope to meet (index into the current scope's `children`).
    pub child_cursor: usize,
    /// Children in `MAKE_*` order (emit pass).
    pub make_order: Vec<ScopeId>,
    pub loop_ctx: Option<Loop>,
    pub except_level: u32,
    pub max_except_level: u32,
    pub depth: u32,
}

/// Nesting limit for expressions and statements, so hostile input cannot exhaust the
/// native stack.
const MAX_DEPTH: u32 = 400;

pub fn err(msg: &str, line: u32) -> CompileError {
    CompileError {
        kind: ErrorKind::SyntaxError,
        msg: String::from(msg),
        line,
    }
}

/// Strict equality for constant-table deduplication: types must match and `0.0 != -0.0`.
fn const_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) | (Const::Complex(x), Const::Complex(y)) => {
            x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())
        }
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_eq(p, q))
        }
        (Const::Float(_) | Const::Complex(_) | Const::Tuple(_), _) => false,
        _ => a == b,
    }
}

/// Compiles a parsed module.
pub fn compile_module(
    ast: &ModuleAst,
    source_name: &str,
    mode: Mode,
) -> Result<Module, CompileError> {
    let mut c = Compiler {
        scopes: Vec::new(),
        mode,
        qstrs: Vec::new(),
        qstr_map: BTreeMap::new(),
        consts: Vec::new(),
        interned: BTreeMap::new(),
        cur_line: 1,
        const_names: BTreeMap::new(),
        scope_pass: true,
        cur: 0,
        code: Code::new(),
        child_cursor: 0,
        make_order: Vec::new(),
        loop_ctx: None,
        except_level: 0,
        max_except_level: 0,
        depth: 0,
    };
    c.qstr(source_name);
    emit_qstr::collect_identifiers(&ast.body, &mut c.interned);
    c.scopes.push(Scope::new(
        ScopeKind::Module,
        ScopeNode::Module(&ast.body),
        None,
        String::from("<module>"),
        1,
    ));
    // Scope pass, breadth first: the list grows while it is walked.
    let mut i = 0;
    while i < c.scopes.len() {
        c.run_scope(i, true)?;
        c.close_over(i);
        i += 1;
    }
    for s in c.scopes.iter_mut() {
        if s.kind.is_func_like() {
            for id in s.ids.iter_mut() {
                if id.kind == IdKind::GlobalImplicit {
                    id.kind = IdKind::GlobalExplicit;
                }
            }
        }
        s.number_locals();
    }
    for i in 0..c.scopes.len() {
        if let Some(p) = c.scopes[i].parent {
            let (a, b) = c.scopes.split_at_mut(i);
            number_free_vars(&a[p], &mut b[0]);
        }
    }
    // Emit pass.
    let mut fun_datas: Vec<Vec<u8>> = Vec::with_capacity(c.scopes.len());
    let mut kids: Vec<Vec<ScopeId>> = Vec::with_capacity(c.scopes.len());
    for i in 0..c.scopes.len() {
        let (fd, ch) = c.emit_scope(i)?;
        fun_datas.push(fd);
        kids.push(ch);
    }
    let root = build_raw_code(0, &mut fun_datas, &kids, 0)?;
    Ok(Module {
        qstrs: c.qstrs,
        consts: c.consts,
        root,
    })
}

fn build_raw_code(
    i: ScopeId,
    fun_datas: &mut [Vec<u8>],
    kids: &[Vec<ScopeId>],
    depth: u32,
) -> Result<RawCode, CompileError> {
    if depth > MAX_DEPTH {
        return Err(err("too deeply nested", 1));
    }
    let mut children = Vec::new();
    for &k in &kids[i] {
        children.push(build_raw_code(k, fun_datas, kids, depth + 1)?);
    }
    Ok(RawCode {
        fun_data: core::mem::take(&mut fun_datas[i]),
        children,
    })
}

impl<'a> Compiler<'a> {
    // ----- tables -----

    pub fn qstr(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.qstr_map.get(s) {
            return i;
        }
        let i = self.qstrs.len() as u32;
        self.qstrs.push(String::from(s));
        self.qstr_map.insert(String::from(s), i);
        i
    }

    pub fn const_index(&mut self, c: Const) -> u32 {
        if let Some(i) = self.consts.iter().position(|x| const_eq(x, &c)) {
            return i as u32;
        }
        self.consts.push(c);
        (self.consts.len() - 1) as u32
    }

    pub fn scope(&self) -> &Scope<'a> {
        &self.scopes[self.cur]
    }

    pub fn scope_mut(&mut self) -> &mut Scope<'a> {
        &mut self.scopes[self.cur]
    }

    // ----- emitting -----

    pub fn op(&mut self, opcode: u8, delta: i32) {
        self.code.ins(opcode, Arg::None, delta);
    }

    pub fn op_uint(&mut self, opcode: u8, v: u32, delta: i32) {
        self.code.ins(opcode, Arg::Uint(v), delta);
    }

    /// An opcode with a qstr operand; registers the qstr in every pass.
    pub fn op_qstr(&mut self, opcode: u8, s: &str, delta: i32) {
        let q = self.qstr(s);
        self.code.ins(opcode, Arg::Uint(q), delta);
    }

    pub fn jump(&mut self, opcode: u8, l: Label, delta: i32) {
        self.code.ins(opcode, Arg::Jump(l), delta);
    }

    pub fn label(&mut self, l: Label) {
        self.code.label(l);
    }

    pub fn new_label(&mut self) -> Label {
        self.code.new_label()
    }

    pub fn line(&mut self, line: u32) {
        self.cur_line = self.cur_line.max(line);
        self.code.line(line);
    }

    pub fn load_const_none(&mut self) {
        self.op(op::LOAD_CONST_NONE, 1);
    }

    pub fn load_small_int(&mut self, v: i64) {
        if (-16..=47).contains(&v) {
            self.op((0x80 + v) as u8, 1);
        } else {
            self.code.ins(op::LOAD_CONST_SMALL_INT, Arg::Sint(v), 1);
        }
    }

    pub fn load_const_obj(&mut self, c: Const) {
        let i = self.const_index(c);
        self.op_uint(op::LOAD_CONST_OBJ, i, 1);
    }

    /// Loads an identifier-like string (class name, keyword name, import name): always a
    /// qstr.
    pub fn load_str(&mut self, s: &str) {
        self.op_qstr(op::LOAD_CONST_STRING, s, 1);
    }

    /// Loads a string literal: a qstr if upstream's lexer would intern it (spec §2.4).
    pub fn load_str_literal(&mut self, s: &str) {
        if emit_qstr::is_interned(s, self.cur_line, &self.interned) {
            self.op_qstr(op::LOAD_CONST_STRING, s, 1);
        } else {
            self.load_const_obj(Const::Str(String::from(s)));
        }
    }

    pub fn binary_op(&mut self, k: u8) {
        self.op(op::BINARY_OP_MULTI + k, -1);
    }

    pub fn unary_op(&mut self, k: u8) {
        self.op(op::UNARY_OP_MULTI + k, 0);
    }

    fn setup_block(&mut self, opcode: u8, l: Label) {
        let delta = if opcode == op::SETUP_WITH { 2 } else { 0 };
        self.jump(opcode, l, delta);
        self.except_level += 1;
        if self.except_level > self.max_except_level {
            self.max_except_level = self.except_level;
        }
    }

    fn end_block(&mut self) {
        self.except_level = self.except_level.saturating_sub(1);
    }

    fn enter(&mut self, line: u32) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(err("too deeply nested", line));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- scopes -----

    /// Runs one pass over scope `i`.
    fn run_scope(&mut self, i: ScopeId, scope_pass: bool) -> R {
        self.cur = i;
        self.scope_pass = scope_pass;
        self.code = Code::new();
        self.child_cursor = 0;
        self.make_order.clear();
        self.loop_ctx = None;
        self.except_level = 0;
        self.max_except_level = 0;
        self.depth = 0;
        self.cur_line = 1;
        let name = self.scopes[i].simple_name.clone();
        self.qstr(&name);
        let node = self.scopes[i].node;
        match node {
            ScopeNode::Module(body) => {
                if self.mode == Mode::Eval {
                    if let [Stmt {
                        kind: StmtKind::Expr(e),
                        ..
                    }] = body
                    {
                        self.expr(e)?;
                        self.op(op::RETURN_VALUE, -1);
                        return Ok(());
                    }
                }
                self.stmts(body)?;
                self.load_const_none();
                self.op(op::RETURN_VALUE, -1);
            }
            ScopeNode::Function(f) => {
                if scope_pass {
                    self.add_params(&f.args)?;
                    if f.is_async {
                        self.scope_mut().flags |= crate::scope::FLAG_GENERATOR;
                        self.scope_mut().is_async = true;
                    }
                }
                self.stmts(&f.body)?;
                self.load_const_none();
                self.op(op::RETURN_VALUE, -1);
            }
            ScopeNode::Lambda(args, body) => {
                if scope_pass {
                    self.add_params(args)?;
                }
                let line = self.scopes[i].line;
                self.line(line);
                self.expr(body)?;
                if self.scopes[i].flags & crate::scope::FLAG_GENERATOR != 0 {
                    self.op(op::POP_TOP, -1);
                    self.load_const_none();
                }
                self.op(op::RETURN_VALUE, -1);
            }
            ScopeNode::Class(cd) => {
                if scope_pass {
                    self.scope_mut().find_or_add("__class__", IdKind::Local);
                }
                self.load_name("__name__", cd.body.first().map_or(1, |s| s.line))?;
                self.store_name("__module__")?;
                self.load_str(&cd.name.clone());
                self.store_name("__qualname__")?;
                self.stmts(&cd.body)?;
                let cell = self.scopes[i]
                    .find_info("__class__")
                    .filter(|id| id.kind == IdKind::Cell)
                    .map(|id| id.local_num);
                match cell {
                    Some(n) if !scope_pass => self.load_fast(n),
                    _ => self.load_const_none(),
                }
                self.op(op::RETURN_VALUE, -1);
            }
            ScopeNode::Comp(elt, value, gens) => {
                self.comp_body(i, elt, value, gens)?;
            }
        }
        Ok(())
    }

    /// Resolves the implicit globals of scope `i` against enclosing function scopes (§5.9).
    fn close_over(&mut self, i: ScopeId) {
        let n = self.scopes[i].ids.len();
        for k in 0..n {
            if self.scopes[i].ids[k].kind != IdKind::GlobalImplicit {
                continue;
            }
            let name = self.scopes[i].ids[k].name.clone();
            let mut p = self.scopes[i].parent;
            while let Some(pid) = p {
                if self.scopes[pid].parent.is_none() {
                    break;
                }
                if let Some(id2) = self.scopes[pid].find_info(&name) {
                    if matches!(id2.kind, IdKind::Local | IdKind::Cell | IdKind::Free) {
                        self.scopes[i].ids[k].kind = IdKind::Free;
                        self.close_over_in_parents(i, &name);
                    }
                    break;
                }
                p = self.scopes[pid].parent;
            }
        }
    }

    /// Makes `name` free in every scope between `i` and its owner, and a cell in the owner.
    pub fn close_over_in_parents(&mut self, i: ScopeId, name: &str) {
        let mut p = self.scopes[i].parent;
        while let Some(pid) = p {
            if self.scopes[pid].parent.is_none() {
                break;
            }
            let (j, added) = self.scopes[pid].find_or_add(name, IdKind::Free);
            if !added {
                let id = &mut self.scopes[pid].ids[j];
                match id.kind {
                    IdKind::Local => {
                        id.kind = IdKind::Cell;
                        break;
                    }
                    IdKind::Cell => break,
                    _ => id.kind = IdKind::Free,
                }
            }
            p = self.scopes[pid].parent;
        }
    }

    fn add_params(&mut self, args: &crate::ast::Arguments) -> R {
        let add = |c: &mut Self, a: &crate::ast::Arg| -> R {
            let (j, added) = c.scope_mut().find_or_add(&a.arg, IdKind::Local);
            if !added {
                return Err(err("argument name reused", a.line));
            }
            c.scope_mut().ids[j].is_param = true;
            Ok(())
        };
        for a in &args.args {
            add(self, a)?;
            self.scope_mut().num_pos_args += 1;
        }
        if let Some(a) = &args.vararg {
            add(self, a)?;
            self.scope_mut().flags |= crate::scope::FLAG_VARARGS;
        }
        for a in &args.kwonlyargs {
            add(self, a)?;
            self.scope_mut().num_kwonly_args += 1;
        }
        if let Some(a) = &args.kwarg {
            add(self, a)?;
            self.scope_mut().flags |= crate::scope::FLAG_VARKEYWORDS;
        }
        if args.kw_defaults.iter().any(|d| d.is_some()) {
            self.scope_mut().flags |= crate::scope::FLAG_DEFKWARGS;
        }
        self.scope_mut().num_def_pos_args = args.defaults.len() as u16;
        Ok(())
    }

    /// The emit pass of scope `i`: returns its `fun_data` and its children in `MAKE_*` order.
    fn emit_scope(&mut self, i: ScopeId) -> Result<(Vec<u8>, Vec<ScopeId>), CompileError> {
        // Prelude names are registered first, in slot order.
        let name = self.scopes[i].simple_name.clone();
        let name_q = self.qstr(&name);
        let n_args = (self.scopes[i].num_pos_args + self.scopes[i].num_kwonly_args) as usize;
        let mut arg_qs = Vec::with_capacity(n_args);
        for slot in 0..n_args {
            let nm = self.scopes[i]
                .ids
                .iter()
                .find(|id| id.is_param && id.local_num as usize == slot)
                .map(|id| id.name.clone())
                .unwrap_or_else(|| String::from("*"));
            arg_qs.push(self.qstr(&nm));
        }
        self.run_scope(i, false)?;
        let (code, lines) = self.code.assemble().map_err(|m| CompileError {
            kind: ErrorKind::SyntaxError,
            msg: m.to_string(),
            line: 1,
        })?;
        let s = &self.scopes[i];
        let mut cells: Vec<u8> = Vec::new();
        for id in &s.ids {
            if id.kind == IdKind::Cell {
                // The closure section stores slot numbers as single bytes.
                let n = u8::try_from(id.local_num)
                    .map_err(|_| err("too many local variables", s.line))?;
                cells.push(n);
            }
        }
        let n_state = (s.num_locals as i32 + self.code.max_stack).max(1) as u32;
        let mut info = Vec::new();
        encode_vuint(&mut info, name_q);
        for q in arg_qs {
            encode_vuint(&mut info, q);
        }
        info.extend_from_slice(&lines);
        let mut fd = Vec::new();
        encode_signature(
            &mut fd,
            &Signature {
                n_state,
                n_exc_stack: self.max_except_level,
                scope_flags: s.flags & 0x0f,
                n_pos_args: s.num_pos_args as u32,
                n_kwonly_args: s.num_kwonly_args as u32,
                n_def_pos_args: s.num_def_pos_args as u32,
            },
        );
        encode_size(&mut fd, info.len() as u32, cells.len() as u32);
        fd.extend_from_slice(&info);
        fd.extend_from_slice(&cells);
        fd.extend_from_slice(&code);
        Ok((fd, core::mem::take(&mut self.make_order)))
    }

    /// Creates (scope pass) or finds again (emit pass) the next nested scope.
    pub fn child_scope(
        &mut self,
        kind: ScopeKind,
        node: ScopeNode<'a>,
        name: &str,
        line: u32,
    ) -> ScopeId {
        if self.scope_pass {
            let id = self.scopes.len();
            self.scopes.push(Scope::new(
                kind,
                node,
                Some(self.cur),
                String::from(name),
                line,
            ));
            self.scopes[self.cur].children.push(id);
            id
        } else {
            let k = self.child_cursor;
            self.child_cursor += 1;
            self.scopes[self.cur].children.get(k).copied().unwrap_or(0)
        }
    }

    // ----- identifiers -----

    pub fn load_fast(&mut self, n: u16) {
        if n < 16 {
            self.op(op::LOAD_FAST_MULTI + n as u8, 1);
        } else {
            self.op_uint(op::LOAD_FAST_N, n as u32, 1);
        }
    }

    fn store_fast(&mut self, n: u16) {
        if n < 16 {
            self.op(op::STORE_FAST_MULTI + n as u8, -1);
        } else {
            self.op_uint(op::STORE_FAST_N, n as u32, -1);
        }
    }

    fn id_kind(&self, name: &str) -> (IdKind, u16) {
        match self.scope().find_info(name) {
            Some(id) => (id.kind, id.local_num),
            None => (
                if self.scope().kind.is_func_like() {
                    IdKind::GlobalExplicit
                } else {
                    IdKind::GlobalImplicit
                },
                0,
            ),
        }
    }

    pub fn load_name(&mut self, name: &str, _line: u32) -> R {
        if let Some(v) = self.const_names.get(name).cloned() {
            // A `const()` name is replaced by its value: a small int inline, anything else
            // as a constant object.
            return match v {
                Value::Int(i) if crate::emit_fold::is_small_int(i) => {
                    self.load_small_int(i as i64);
                    Ok(())
                }
                _ => {
                    self.load_const_obj(crate::emit_expr::value_to_const(&v));
                    Ok(())
                }
            };
        }
        if self.scope_pass {
            self.scope_mut().find_or_add(name, IdKind::GlobalImplicit);
            return Ok(());
        }
        match self.id_kind(name) {
            (IdKind::Local, n) => self.load_fast(n),
            (IdKind::Cell | IdKind::Free, n) => self.op_uint(op::LOAD_DEREF, n as u32, 1),
            (IdKind::GlobalExplicit, _) => self.op_qstr(op::LOAD_GLOBAL, name, 1),
            _ => self.op_qstr(op::LOAD_NAME, name, 1),
        }
        Ok(())
    }

    fn declare_store(&mut self, name: &str) {
        let func_like = self.scope().kind.is_func_like();
        let (j, _) = self.scope_mut().find_or_add(name, IdKind::GlobalImplicit);
        let id = &mut self.scope_mut().ids[j];
        if id.kind == IdKind::GlobalImplicit {
            id.kind = if func_like {
                IdKind::Local
            } else {
                IdKind::GlobalImplicitAssigned
            };
        }
    }

    pub fn store_name(&mut self, name: &str) -> R {
        if self.scope_pass {
            self.declare_store(name);
            return Ok(());
        }
        match self.id_kind(name) {
            (IdKind::Local, n) => self.store_fast(n),
            (IdKind::Cell | IdKind::Free, n) => self.op_uint(op::STORE_DEREF, n as u32, -1),
            (IdKind::GlobalExplicit, _) => self.op_qstr(op::STORE_GLOBAL, name, -1),
            _ => self.op_qstr(op::STORE_NAME, name, -1),
        }
        Ok(())
    }

    pub fn delete_name(&mut self, name: &str) -> R {
        if self.scope_pass {
            self.declare_store(name);
            return Ok(());
        }
        match self.id_kind(name) {
            (IdKind::Local, n) => self.op_uint(op::DELETE_FAST, n as u32, 0),
            (IdKind::Cell | IdKind::Free, n) => self.op_uint(op::DELETE_DEREF, n as u32, 0),
            (IdKind::GlobalExplicit, _) => self.op_qstr(op::DELETE_GLOBAL, name, 0),
            _ => self.op_qstr(op::DELETE_NAME, name, 0),
        }
        Ok(())
    }

    // ----- statements -----

    pub fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R {
        self.enter(s.line)?;
        let r = self.stmt_inner(s);
        self.leave();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
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
                self.assign(targets, value, line)
            }
            _ => {
                self.line(line);
                self.simple_or_compound(s)
            }
        }
    }

    fn simple_or_compound(&mut self, s: &'a Stmt) -> R {
        let line = s.line;
        match &s.kind {
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => Ok(()),
            StmtKind::Return(v) => {
                if self.scope().kind != ScopeKind::Function {
                    return Err(err("'return' outside function", line));
                }
                match v {
                    None => self.load_const_none(),
                    Some(Expr {
                        kind: ExprKind::IfExp { test, body, orelse },
                        line: l2,
                    }) => {
                        self.line(*l2);
                        let l_fail = self.new_label();
                        self.cond(test, false, l_fail)?;
                        self.expr(body)?;
                        self.op(op::RETURN_VALUE, -1);
                        self.label(l_fail);
                        self.expr(orelse)?;
                    }
                    Some(e) => self.expr(e)?,
                }
                self.op(op::RETURN_VALUE, -1);
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value, line),
            StmtKind::AugAssign {
                target,
                op: bop,
                value,
            } => self.aug_assign(target, *bop, value),
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                } else if let ExprKind::Name { id, .. } = &target.kind {
                    // `x: T` binds nothing at run time but still makes `x` a local.
                    if self.scope_pass {
                        self.declare_store(id);
                    }
                }
                Ok(())
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
                        return Err(err("'async with' outside async function", line));
                    }
                    self.async_with(items, body)
                } else {
                    self.with_stmt(items, body)
                }
            }
            StmtKind::Raise { exc, cause } => {
                match (exc, cause) {
                    (None, _) => self.op(op::RAISE_LAST, 0),
                    (Some(e), None) => {
                        self.expr(e)?;
                        self.op(op::RAISE_OBJ, -1);
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        self.op(op::RAISE_FROM, -2);
                    }
                }
                Ok(())
            }
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
                self.cond(test, true, l_end)?;
                self.op_qstr(op::LOAD_GLOBAL, "AssertionError", 1);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.op_uint(op::CALL_FUNCTION, 1, -1);
                }
                self.op(op::RAISE_OBJ, -1);
                self.label(l_end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.import(a)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level, line),
            StmtKind::Global(names) => {
                if self.scope_pass {
                    for n in names {
                        self.declare_global(n, line)?;
                    }
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(err("can't declare nonlocal in outer code", line));
                }
                if self.scope_pass {
                    for n in names {
                        self.declare_nonlocal(n, line)?;
                    }
                }
                Ok(())
            }
            StmtKind::Expr(e) => {
                if self.mode == Mode::Single && self.scope().kind == ScopeKind::Module {
                    self.load_name("__repl_print__", line)?;
                    self.expr(e)?;
                    self.op_uint(op::CALL_FUNCTION, 1, -1);
                    self.op(op::POP_TOP, -1);
                    return Ok(());
                }
                // A statement that is a constant (after folding) compiles to nothing;
                // this drops docstrings too.
                let lonely_const = self.fold(e).is_some();
                if lonely_const {
                    return Ok(());
                }
                self.expr(e)?;
                self.op(op::POP_TOP, -1);
                Ok(())
            }
            StmtKind::Pass => Ok(()),
            StmtKind::Break => self.break_continue(true, line),
            StmtKind::Continue => self.break_continue(false, line),
        }
    }

    /// The truth of a condition known at compile time: `True`, `False`, `None` and small
    /// integers, after folding (as upstream's `if`/`while` optimisations see them).
    pub fn const_truth(&self, e: &Expr) -> Option<bool> {
        match self.fold(e)? {
            Value::True => Some(true),
            Value::False | Value::None => Some(false),
            Value::Int(v) if crate::emit_fold::is_small_int(v) => Some(v != 0),
            _ => None,
        }
    }

    fn is_private_const(&self, targets: &[Expr], value: &Expr) -> bool {
        if self.scope().kind != ScopeKind::Module {
            return false;
        }
        match (targets, &value.kind) {
            (
                [Expr {
                    kind: ExprKind::Name { id, .. },
                    ..
                }],
                ExprKind::Call { func, args, .. },
            ) => {
                id.starts_with('_')
                    && args.len() == 1
                    && matches!(&func.kind, ExprKind::Name { id: f, .. } if f == "const")
            }
            _ => false,
        }
    }

    fn declare_global(&mut self, name: &str, line: u32) -> R {
        let (j, added) = self.scope_mut().find_or_add(name, IdKind::GlobalExplicit);
        let kind = self.scope().ids[j].kind;
        if !added && kind != IdKind::GlobalExplicit {
            return Err(err("identifier redefined as global", line));
        }
        self.scope_mut().ids[j].kind = IdKind::GlobalExplicit;
        if let Some(m) = self.scopes[0].find(name) {
            self.scopes[0].ids[m].kind = IdKind::GlobalExplicit;
        }
        Ok(())
    }

    fn declare_nonlocal(&mut self, name: &str, line: u32) -> R {
        let (j, added) = self.scope_mut().find_or_add(name, IdKind::GlobalImplicit);
        if !added && self.scope().ids[j].kind != IdKind::Free {
            return Err(err("identifier redefined as nonlocal", line));
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
            return Err(err("no binding for nonlocal found", line));
        }
        self.scope_mut().ids[j].kind = IdKind::Free;
        let cur = self.cur;
        self.close_over_in_parents(cur, name);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, line: u32) -> R {
        let Some(lp) = self.loop_ctx else {
            return Err(err("'break'/'continue' outside loop", line));
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
        Ok(())
    }

    /// Compiles a condition and jumps to `label` when its truth equals `jump_if`.
    pub fn cond(&mut self, e: &'a Expr, jump_if: bool, label: Label) -> R {
        self.enter(e.line)?;
        let r = self.cond_inner(e, jump_if, label);
        self.leave();
        r
    }

    fn cond_inner(&mut self, e: &'a Expr, jump_if: bool, label: Label) -> R {
        if let Some(t) = self.const_truth(e) {
            if t == jump_if {
                self.jump(op::JUMP, label, 0);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::BoolOp { op: bop, values } if !values.is_empty() => {
                self.line(e.line);
                let is_or = *bop == crate::ast::BoolOpKind::Or;
                if is_or != jump_if {
                    // `or` jumping when false / `and` jumping when true.
                    let l2 = self.new_label();
                    let n = values.len();
                    for v in &values[..n - 1] {
                        self.cond(v, !jump_if, l2)?;
                    }
                    self.cond(&values[n - 1], jump_if, label)?;
                    self.label(l2);
                } else {
                    for v in values {
                        self.cond(v, jump_if, label)?;
                    }
                }
                Ok(())
            }
            ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Not,
                operand,
            } if self.fold(e).is_none() => {
                self.line(e.line);
                self.cond(operand, !jump_if, label)
            }
            _ => {
                self.expr(e)?;
                let opc = if jump_if {
                    op::POP_JUMP_IF_TRUE
                } else {
                    op::POP_JUMP_IF_FALSE
                };
                self.jump(opc, label, -1);
                Ok(())
            }
        }
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let l_end = self.new_label();
        let t = self.const_truth(test);
        if t != Some(false) {
            let l_fail = self.new_label();
            self.cond(test, false, l_fail)?;
            self.stmts(body)?;
            if t == Some(true) {
                self.label(l_end);
                return Ok(());
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
            line: l2,
        }] = rest
        {
            let _ = l2;
            let tt = self.const_truth(t2);
            if tt != Some(false) {
                let l_fail = self.new_label();
                self.cond(t2, false, l_fail)?;
                self.stmts(b2)?;
                if tt == Some(true) {
                    self.label(l_end);
                    return Ok(());
                }
                self.jump(op::JUMP, l_end, 0);
                self.label(l_fail);
            }
            rest = o2;
        }
        self.stmts(rest)?;
        self.label(l_end);
        Ok(())
    }

    fn push_loop(&mut self, is_for: bool) -> (Option<Loop>, Loop) {
        let lp = Loop {
            break_label: self.new_label(),
            continue_label: self.new_label(),
            is_for,
            except_level: self.except_level,
        };
        let old = self.loop_ctx.replace(lp);
        (old, lp)
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let (old, lp) = self.push_loop(false);
        let t = self.const_truth(test);
        if t != Some(false) {
            let top = self.new_label();
            if t != Some(true) {
                self.jump(op::JUMP, lp.continue_label, 0);
            }
            self.label(top);
            self.stmts(body)?;
            self.label(lp.continue_label);
            self.cond(test, true, top)?;
        }
        self.loop_ctx = old;
        self.stmts(orelse)?;
        self.label(lp.break_label);
        Ok(())
    }

    /// `for v in range(...)` with a plain name target and 1–3 plain arguments (the step a
    /// non-zero small-int constant): the counting loop of spec §5.7.
    fn range_args(
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

    fn small_int_const(&self, e: &Expr) -> Option<i64> {
        match self.fold(e) {
            Some(Value::Int(v)) if crate::emit_fold::is_small_int(v) => Some(v as i64),
            _ => None,
        }
    }

    fn for_stmt(
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
        self.expr(iter)?;
        self.op(op::GET_ITER_STACK, 3);
        self.label(lp.continue_label);
        self.jump(op::FOR_ITER, pop_label, 1);
        self.store_target(target)?;
        self.stmts(body)?;
        self.jump(op::JUMP, lp.continue_label, 0);
        self.label(pop_label);
        self.code.adjust_stack(-4);
        self.loop_ctx = old;
        self.stmts(orelse)?;
        self.label(lp.break_label);
        Ok(())
    }

    fn for_range(
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
            self.expr(end)?;
        }
        match start {
            Some(s) => self.expr(s)?,
            None => self.load_small_int(0),
        }
        self.jump(op::JUMP, entry, 0);
        self.label(top);
        self.op(op::DUP_TOP, 1);
        self.store_target(target)?;
        self.stmts(body)?;
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
                self.expr(end)?;
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
            self.stmts(orelse)?;
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
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        line: u32,
    ) -> R {
        if !self.scope().is_async {
            return Err(err("'async for' outside async function", line));
        }
        self.expr(iter)?;
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
        self.store_target(target)?;
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
        self.stmts(body)?;
        self.jump(op::JUMP, lp.continue_label, 0);
        self.loop_ctx = old;
        self.label(while_else);
        self.stmts(orelse)?;
        self.label(lp.break_label);
        self.op(op::POP_TOP, -1);
        Ok(())
    }

    /// `GET_ITER; LOAD_CONST_NONE; YIELD_FROM` on the value at the top of the stack.
    pub fn await_top(&mut self) {
        self.op(op::GET_ITER, 0);
        self.load_const_none();
        self.op(op::YIELD_FROM, -1);
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let l1 = self.new_label();
        let success = self.new_label();
        self.setup_block(op::SETUP_EXCEPT, l1);
        self.stmts(body)?;
        self.jump(op::POP_EXCEPT_JUMP, success, 0);
        self.label(l1);
        self.code.adjust_stack(4);
        let l2 = self.new_label();
        for (i, h) in handlers.iter().enumerate() {
            let end_finally = self.new_label();
            match &h.typ {
                None => {
                    if i + 1 != handlers.len() {
                        return Err(err("default 'except' must be last", h.line));
                    }
                }
                Some(t) => {
                    self.op(op::DUP_TOP, 1);
                    self.expr(t)?;
                    self.binary_op(op::BIN_EXCEPTION_MATCH);
                    self.jump(op::POP_JUMP_IF_FALSE, end_finally, -1);
                }
            }
            match &h.name {
                None => self.op(op::POP_TOP, -1),
                Some(n) => self.store_name(n)?,
            }
            let mut l3 = None;
            if h.name.is_some() {
                let l = self.new_label();
                self.setup_block(op::SETUP_FINALLY, l);
                l3 = Some(l);
            }
            self.stmts(&h.body)?;
            if let (Some(l), Some(n)) = (l3, &h.name) {
                self.load_const_none();
                self.label(l);
                self.code.adjust_stack(1);
                self.load_const_none();
                self.store_name(n)?;
                self.delete_name(n)?;
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
        self.stmts(orelse)?;
        self.label(l2);
        Ok(())
    }

    /// The `SETUP_EXCEPT` block stays on the exception stack while a handler runs, so its
    /// level ends only after the handlers.
    fn end_block_except(&mut self) {
        self.end_block();
    }

    fn try_finally(
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
            self.stmts(body)?;
            self.code.adjust_stack(-3);
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.load_const_none();
        self.label(l_finally);
        self.stmts(finalbody)?;
        self.end_block();
        self.op(op::END_FINALLY, -1);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let l_end = self.new_label();
        self.expr(&first.context_expr)?;
        self.setup_block(op::SETUP_WITH, l_end);
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.op(op::POP_TOP, -1),
        }
        self.with_stmt(rest, body)?;
        self.load_const_none();
        self.label(l_end);
        self.op(op::WITH_CLEANUP, 2);
        self.code.adjust_stack(-4);
        self.end_block();
        self.op(op::END_FINALLY, -1);
        Ok(())
    }

    fn async_with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let l_finally = self.new_label();
        let l_not_exc = self.new_label();
        let l_normal = self.new_label();
        let l_end = self.new_label();
        self.expr(&first.context_expr)?;
        self.op(op::DUP_TOP, 1);
        self.op_qstr(op::LOAD_METHOD, "__aenter__", 1);
        self.op_uint(op::CALL_METHOD, 0, -1);
        self.await_top();
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.op(op::POP_TOP, -1),
        }
        self.setup_block(op::SETUP_FINALLY, l_finally);
        self.code.adjust_stack(3);
        self.async_with(rest, body)?;
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
        Ok(())
    }

    fn import(&mut self, a: &'a Alias) -> R {
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

    fn import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
        line: u32,
    ) -> R {
        self.load_small_int(level as i64);
        if names.len() == 1 && names[0].name == "*" {
            if self.scope().kind != ScopeKind::Module {
                return Err(err("import * not at module level", line));
            }
            self.load_str("*");
            self.op_uint(op::BUILD_TUPLE, 1, 0);
            self.op_qstr(op::IMPORT_NAME, module.unwrap_or(""), -1);
            self.op(op::IMPORT_STAR, -1);
            return Ok(());
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
            self.store_name(target)?;
        }
        self.op(op::POP_TOP, -1);
        Ok(())
    }
}
