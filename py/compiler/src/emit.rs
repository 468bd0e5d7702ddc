//! The bytecode emitter: walks the AST of each scope and produces MicroPython bytecode,
//! byte-for-byte as upstream `mpy-cross` does where we can (spec §5.6–§5.16, §6).
//!
//! Passes, as upstream runs them (spec §6.1): a *scope* pass over every scope in list order
//! builds the identifier tables (identifier operations emit nothing; every other operation
//! registers its qstrs and constants, which fixes the table order), then locals are
//! numbered, then an *emit* pass per scope produces the code. This file holds the driver,
//! the tables and identifier access; statements are in `emit_stmt.rs`, expressions,
//! assignment targets and nested scopes in `emit_expr.rs`, the instruction buffer and its
//! assembly in `emit_code.rs`.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ferrite_bytecode::{Const, Index, Module, RawCode};

use crate::ast::{ModuleAst, Stmt, StmtKind};
use crate::emit_code::{Arg, Code, Label};
use crate::emit_fold::Value;
use crate::emit_op as op;
use crate::emit_qstr;
use crate::scope::{number_free_vars, IdKind, Scope, ScopeId, ScopeKind, ScopeNode};
use crate::{CompileError, ErrorKind, Mode};
use ferrite_bytecode::prelude::{encode_signature, encode_size, Signature};
use ferrite_bytecode::varint::encode_vuint;

/// What emitting functions return: nothing. The first error is recorded in
/// `Compiler::error` (see [`Compiler::fail`]) and the driver checks it after each pass.
pub type R = ();

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
    qstr_map: Index,
    pub consts: Vec<Const>,
    const_map: Index,
    /// Identifiers longer than 10 bytes, with the first line they appear on: a string
    /// literal equal to one lexed before it is interned.
    pub interned: Index,
    /// Highest source line reported so far in this pass.
    pub cur_line: u32,
    /// `X = const(...)` definitions, anywhere in the file: the line of the definition and
    /// the value. Upstream substitutes them while parsing, so a use on a later line of any
    /// scope sees the value.
    pub const_names: Index,
    /// The definitions `const_names` numbers: line and value.
    pub const_defs: Vec<(u32, Value)>,
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
    /// The first error met; once set, statements and expressions emit nothing.
    pub error: Option<CompileError>,
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

/// A map key that is equal exactly when two scalar constants are strictly equal (`None`
/// for tuples).
fn const_key(c: &Const) -> Option<Vec<u8>> {
    let (tag, body): (u8, Vec<u8>) = match c {
        Const::None => (1, Vec::new()),
        Const::False => (2, Vec::new()),
        Const::True => (3, Vec::new()),
        Const::Ellipsis => (4, Vec::new()),
        Const::Str(s) => (5, s.as_bytes().to_vec()),
        Const::Bytes(b) => (6, b.clone()),
        Const::Int(s) => (7, s.as_bytes().to_vec()),
        Const::Float(f) => (8, f.to_bits().to_le_bytes().to_vec()),
        Const::Complex(f) => (9, f.to_bits().to_le_bytes().to_vec()),
        Const::Tuple(_) => return None,
    };
    let mut k = Vec::with_capacity(body.len() + 1);
    k.push(tag);
    k.extend_from_slice(&body);
    Some(k)
}

/// Strict equality for constant-table deduplication: types must match and `0.0 != -0.0`.
fn const_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) | (Const::Complex(x), Const::Complex(y)) => {
            // Bit equality: `0.0` and `-0.0` differ; a NaN matches only the same NaN, as
            // upstream's identity-or-equal test behaves for `math.nan` and computed NaNs.
            x.to_bits() == y.to_bits()
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
        qstr_map: Index::new(),
        consts: Vec::new(),
        const_map: Index::new(),
        interned: Index::new(),
        cur_line: 1,
        const_names: Index::new(),
        const_defs: Vec::new(),
        scope_pass: true,
        cur: 0,
        code: Code::new(),
        child_cursor: 0,
        make_order: Vec::new(),
        loop_ctx: None,
        except_level: 0,
        max_except_level: 0,
        depth: 0,
        error: None,
    };
    c.qstr(source_name);
    emit_qstr::collect_identifiers(&ast.body, &mut c.interned);
    c.collect_consts(&ast.body, 0);
    c.check()?;
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
        c.run_scope(i, true);
        c.check()?;
        c.close_over(i);
        i += 1;
    }
    for s in c.scopes.iter_mut() {
        // Local numbers are 16-bit here (and a cell's slot must fit a byte, checked later).
        if s.ids.len() > 0xfff0 {
            return Err(err("too many local variables", s.line));
        }
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
        let (i, added) = self
            .qstr_map
            .get_or_insert(s.as_bytes(), self.qstrs.len() as u32);
        if added {
            self.qstrs.push(String::from(s));
        }
        i
    }

    pub fn const_index(&mut self, c: Const) -> u32 {
        // Scalars are found through a map keyed by their exact form; tuples by a scan.
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(i) = self.const_map.get(k) {
                return i;
            }
        } else if let Some(i) = self.consts.iter().position(|x| const_eq(x, &c)) {
            return i as u32;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        if let Some(k) = key {
            self.const_map.insert(&k, i);
        }
        i
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

    pub(crate) fn setup_block(&mut self, opcode: u8, l: Label) {
        let delta = if opcode == op::SETUP_WITH { 2 } else { 0 };
        self.jump(opcode, l, delta);
        self.except_level += 1;
        if self.except_level > self.max_except_level {
            self.max_except_level = self.except_level;
        }
    }

    pub(crate) fn end_block(&mut self) {
        self.except_level = self.except_level.saturating_sub(1);
    }

    /// Records `msg` at `line` if it is the first error.
    pub fn fail(&mut self, msg: &str, line: u32) {
        if self.error.is_none() {
            self.error = Some(err(msg, line));
        }
    }

    /// The first error recorded, if any.
    fn check(&mut self) -> Result<(), CompileError> {
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// One level deeper: false (the caller emits nothing) after an error, or when the
    /// nesting limit is passed, which is the error.
    pub(crate) fn enter(&mut self, line: u32) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.fail("too deeply nested", line);
        }
        self.error.is_none()
    }

    pub(crate) fn leave(&mut self) {
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
                    let [Stmt {
                        kind: StmtKind::Expr(e),
                        ..
                    }] = body
                    else {
                        return self.fail("invalid syntax", body.first().map_or(1, |s| s.line));
                    };
                    self.expr(e);
                    self.op(op::RETURN_VALUE, -1);
                    return;
                }
                self.stmts(body);
                self.load_const_none();
                self.op(op::RETURN_VALUE, -1);
            }
            ScopeNode::Function(f) => {
                if scope_pass {
                    self.add_params(&f.args);
                    if f.is_async {
                        self.scope_mut().flags |= crate::scope::FLAG_GENERATOR;
                        self.scope_mut().is_async = true;
                    }
                }
                self.stmts(&f.body);
                self.load_const_none();
                self.op(op::RETURN_VALUE, -1);
            }
            ScopeNode::Lambda(args, body) => {
                if scope_pass {
                    self.add_params(args);
                }
                let line = self.scopes[i].line;
                self.line(line);
                self.expr(body);
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
                self.load_name("__name__", cd.body.first().map_or(1, |s| s.line));
                self.store_name("__module__");
                self.load_str(&cd.name.clone());
                self.store_name("__qualname__");
                self.stmts(&cd.body);
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
                self.comp_body(i, elt, value, gens);
            }
        }
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
        let add = |c: &mut Self, a: &crate::ast::Arg| {
            let (j, added) = c.scope_mut().find_or_add(&a.arg, IdKind::Local);
            if !added {
                c.fail("argument name reused", a.line);
            }
            c.scope_mut().ids[j].is_param = true;
        };
        for a in &args.args {
            add(self, a);
            self.scope_mut().num_pos_args += 1;
        }
        if let Some(a) = &args.vararg {
            add(self, a);
            self.scope_mut().flags |= crate::scope::FLAG_VARARGS;
        }
        for a in &args.kwonlyargs {
            add(self, a);
            self.scope_mut().num_kwonly_args += 1;
        }
        if let Some(a) = &args.kwarg {
            add(self, a);
            self.scope_mut().flags |= crate::scope::FLAG_VARKEYWORDS;
        }
        if args.kw_defaults.iter().any(|d| d.is_some()) {
            self.scope_mut().flags |= crate::scope::FLAG_DEFKWARGS;
        }
        self.scope_mut().num_def_pos_args = args.defaults.len() as u16;
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
        self.run_scope(i, false);
        self.check()?;
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

    pub(crate) fn store_fast(&mut self, n: u16) {
        if n < 16 {
            self.op(op::STORE_FAST_MULTI + n as u8, -1);
        } else {
            self.op_uint(op::STORE_FAST_N, n as u32, -1);
        }
    }

    pub(crate) fn id_kind(&self, name: &str) -> (IdKind, u16) {
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

    /// The value of a `const()` name defined on or before `line`.
    pub fn const_value(&self, name: &str, line: u32) -> Option<Value> {
        match self.const_names.get(name.as_bytes()) {
            Some(i) if self.const_defs[i as usize].0 <= line => {
                Some(self.const_defs[i as usize].1.clone())
            }
            _ => None,
        }
    }

    /// `name = const(arg)`: returns the name and the argument.
    pub fn const_def<'e>(
        targets: &'e [crate::ast::Expr],
        value: &'e crate::ast::Expr,
    ) -> Option<(&'e str, &'e crate::ast::Expr)> {
        use crate::ast::ExprKind;
        let [t] = targets else { return None };
        let (
            ExprKind::Name { id, .. },
            ExprKind::Call {
                func,
                args,
                keywords,
            },
        ) = (&t.kind, &value.kind)
        else {
            return None;
        };
        match &func.kind {
            ExprKind::Name { id: f, .. }
                if f == "const" && args.len() == 1 && keywords.is_empty() =>
            {
                Some((id, &args[0]))
            }
            _ => None,
        }
    }

    /// Records every `const()` definition in source order, as upstream's parser does.
    fn collect_consts(&mut self, body: &'a [Stmt], depth: u32) -> R {
        if depth > MAX_DEPTH {
            return self.fail("too deeply nested", body.first().map_or(1, |s| s.line));
        }
        for s in body {
            match &s.kind {
                StmtKind::Assign { targets, value } => {
                    if let Some((name, arg)) = Self::const_def(targets, value) {
                        let Some(v) = self.fold(arg) else {
                            return self.fail("constant must be an integer", s.line);
                        };
                        let n = self.const_defs.len() as u32;
                        if self.const_names.get_or_insert(name.as_bytes(), n).1 {
                            self.const_defs.push((s.line, v));
                        }
                    }
                }
                StmtKind::FunctionDef(f) => self.collect_consts(&f.body, depth + 1),
                StmtKind::ClassDef(c) => self.collect_consts(&c.body, depth + 1),
                StmtKind::For { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::If { body, orelse, .. } => {
                    self.collect_consts(body, depth + 1);
                    self.collect_consts(orelse, depth + 1);
                }
                StmtKind::With { body, .. } => self.collect_consts(body, depth + 1),
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    self.collect_consts(body, depth + 1);
                    for h in handlers {
                        self.collect_consts(&h.body, depth + 1);
                    }
                    self.collect_consts(orelse, depth + 1);
                    self.collect_consts(finalbody, depth + 1);
                }
                _ => {}
            }
        }
    }

    pub fn load_name(&mut self, name: &str, line: u32) -> R {
        if let Some(v) = self.const_value(name, line) {
            // A `const()` name is replaced by its value: a small int inline, anything else
            // as a constant object.
            return match v {
                Value::Int(i) if crate::emit_fold::is_small_int(i) => {
                    self.load_small_int(i as i64);
                }
                _ => {
                    self.load_const_obj(crate::emit_expr::value_to_const(&v));
                }
            };
        }
        if self.scope_pass {
            self.scope_mut().find_or_add(name, IdKind::GlobalImplicit);
            return;
        }
        match self.id_kind(name) {
            (IdKind::Local, n) => self.load_fast(n),
            (IdKind::Cell | IdKind::Free, n) => self.op_uint(op::LOAD_DEREF, n as u32, 1),
            (IdKind::GlobalExplicit, _) => self.op_qstr(op::LOAD_GLOBAL, name, 1),
            _ => self.op_qstr(op::LOAD_NAME, name, 1),
        }
    }

    pub(crate) fn declare_store(&mut self, name: &str) {
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
            return;
        }
        match self.id_kind(name) {
            (IdKind::Local, n) => self.store_fast(n),
            (IdKind::Cell | IdKind::Free, n) => self.op_uint(op::STORE_DEREF, n as u32, -1),
            (IdKind::GlobalExplicit, _) => self.op_qstr(op::STORE_GLOBAL, name, -1),
            _ => self.op_qstr(op::STORE_NAME, name, -1),
        }
    }

    pub fn delete_name(&mut self, name: &str) -> R {
        if self.scope_pass {
            self.declare_store(name);
            return;
        }
        match self.id_kind(name) {
            (IdKind::Local, n) => self.op_uint(op::DELETE_FAST, n as u32, 0),
            (IdKind::Cell | IdKind::Free, n) => self.op_uint(op::DELETE_DEREF, n as u32, 0),
            (IdKind::GlobalExplicit, _) => self.op_qstr(op::DELETE_GLOBAL, name, 0),
            _ => self.op_qstr(op::DELETE_NAME, name, 0),
        }
    }
}
