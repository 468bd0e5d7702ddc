//! The parser: tokens to the [`ast`](crate::ast), by recursive descent for statements and
//! precedence climbing for binary operators.
//!
//! Nesting is bounded (`MAX_DEPTH`) so that hostile input yields a `SyntaxError` rather than
//! exhausting the stack.

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::ast::*;
use crate::lexer::{syntax, tokenize, StrLit, Tok, Token, KEYWORDS, OPS};

/// An operator's code ([`crate::lexer::op`]) as a constant.
macro_rules! o {
    ($s:literal) => {{
        const C: u8 = crate::lexer::op($s);
        C
    }};
}

/// A keyword's code ([`crate::lexer::kw`]) as a constant.
macro_rules! kw {
    ($s:literal) => {{
        const C: u8 = crate::lexer::kw($s);
        C
    }};
}
use crate::{CompileError, ErrorKind, Mode};

/// Deepest nesting of expressions/blocks accepted.
const MAX_DEPTH: u32 = 200;

type PResult<T> = Result<T, CompileError>;

/// Parses `source` into a module AST.
///
/// In [`Mode::Eval`] the source must be one expression (list), returned as a single `Expr`
/// statement; in [`Mode::Single`] and [`Mode::File`] it is a sequence of statements.
pub fn parse(source: &str, mode: Mode) -> Result<ModuleAst, CompileError> {
    let src = if mode == Mode::Eval {
        source.trim_start_matches([' ', '\t', '\x0c'])
    } else {
        source
    };
    let toks = tokenize(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
        line_offset: 0,
        error: None,
    };
    let m = p.parse_top(mode);
    match p.error {
        Some(e) => Err(e),
        None => Ok(m),
    }
}

/// The parser records the first error and carries on with a placeholder (`Default`) while
/// consuming nothing more: [`Parser::fail`] moves to the final `Eof`, where every loop ends
/// and every production fails at once. `parse` checks once at the end. (A `Result` on every
/// production made each `?` a branch and a path dropping what was built so far.)
struct Parser {
    toks: Vec<Token>,
    pos: usize,
    depth: u32,
    /// Added to token lines (for f-string replacement fields).
    line_offset: u32,
    /// The first error met.
    error: Option<CompileError>,
}

fn mk(line: u32, kind: ExprKind) -> Expr {
    Expr { line, kind }
}

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// The binary operators: token, augmented-assignment token, operator and precedence for
/// `binary` (higher binds tighter).
const BINOPS: [(u8, u8, BinOp, u8); 13] = [
    (o!("|"), o!("|="), BinOp::BitOr, 0),
    (o!("^"), o!("^="), BinOp::BitXor, 1),
    (o!("&"), o!("&="), BinOp::BitAnd, 2),
    (o!("<<"), o!("<<="), BinOp::LShift, 3),
    (o!(">>"), o!(">>="), BinOp::RShift, 3),
    (o!("+"), o!("+="), BinOp::Add, 4),
    (o!("-"), o!("-="), BinOp::Sub, 4),
    (o!("*"), o!("*="), BinOp::Mult, 5),
    (o!("/"), o!("/="), BinOp::Div, 5),
    (o!("//"), o!("//="), BinOp::FloorDiv, 5),
    (o!("%"), o!("%="), BinOp::Mod, 5),
    (o!("@"), o!("@="), BinOp::MatMult, 5),
    (o!("**"), o!("**="), BinOp::Pow, 6),
];

enum Piece {
    Lit(String),
    Val(Expr),
}

impl Parser {
    // ---- token helpers ----

    fn tok(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)].tok
    }

    fn peek_at(&self, k: usize) -> &Tok {
        &self.toks[(self.pos + k).min(self.toks.len() - 1)].tok
    }

    fn line(&self) -> u32 {
        self.toks[self.pos.min(self.toks.len() - 1)].line + self.line_offset
    }

    fn advance(&mut self) {
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
    }

    fn is_op(&self, op: u8) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: u8) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    fn peek_is_op(&self, op: u8) -> bool {
        matches!(self.peek_at(1), Tok::Op(o) if *o == op)
    }

    fn eat_op(&mut self, op: u8) -> bool {
        if self.is_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: u8) -> bool {
        if self.is_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    /// Records `e` if it is the first error, and stops consuming tokens.
    fn fail(&mut self, e: CompileError) {
        if self.error.is_none() {
            self.error = Some(e);
        }
        self.pos = self.toks.len() - 1;
    }

    /// A `SyntaxError` at `line`, and the placeholder to carry on with.
    fn fail_at<T: Default>(&mut self, msg: &str, line: u32) -> T {
        self.fail(syntax(msg, line));
        T::default()
    }

    fn err<T: Default>(&mut self) -> T {
        self.err_msg("invalid syntax")
    }

    fn err_msg<T: Default>(&mut self, msg: &str) -> T {
        let line = self.line();
        self.fail_at(msg, line)
    }

    fn indent_err(&mut self, msg: &str) {
        let line = self.line();
        self.fail(CompileError {
            kind: ErrorKind::IndentationError,
            msg: String::from(msg),
            line,
        });
    }

    fn expect_op(&mut self, op: u8) {
        if !self.eat_op(op) {
            self.err()
        }
    }

    fn expect_kw(&mut self, kw: u8) {
        if !self.eat_kw(kw) {
            self.err()
        }
    }

    fn name(&mut self) -> String {
        if let Tok::Name(n) = self.tok() {
            let n = n.clone();
            self.advance();
            return n;
        }
        self.err()
    }

    fn enter(&mut self) {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.err_msg("too deeply nested")
        }
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- top level ----

    fn parse_top(&mut self, mode: Mode) -> ModuleAst {
        let mut body = Vec::new();
        if mode == Mode::Eval {
            while matches!(self.tok(), Tok::Newline) {
                self.advance();
            }
            let line = self.line();
            let e = self.star_expressions(false);
            while matches!(self.tok(), Tok::Newline) {
                self.advance();
            }
            if !matches!(self.tok(), Tok::Eof) {
                return self.err();
            }
            body.push(Stmt {
                line,
                kind: StmtKind::Expr(e),
            });
            return ModuleAst { body };
        }
        loop {
            match self.tok() {
                Tok::Eof => break,
                Tok::Newline => self.advance(),
                _ => {
                    let mut s = self.statement();
                    body.append(&mut s);
                }
            }
        }
        ModuleAst { body }
    }

    fn statement(&mut self) -> Vec<Stmt> {
        let line = self.line();
        if matches!(self.tok(), Tok::Indent) {
            self.indent_err("unexpected indent");
            return Vec::new();
        }
        if let Tok::Kw(k) = *self.tok() {
            match k {
                k if k == kw!("if") => return alloc::vec![self.if_stmt()],
                k if k == kw!("while") => return alloc::vec![self.while_stmt()],
                k if k == kw!("for") => return alloc::vec![self.for_stmt(false, line)],
                k if k == kw!("try") => return alloc::vec![self.try_stmt()],
                k if k == kw!("with") => return alloc::vec![self.with_stmt(false, line)],
                k if k == kw!("def") => return alloc::vec![self.funcdef(Vec::new(), false, line)],
                k if k == kw!("class") => return alloc::vec![self.classdef(Vec::new())],
                k if k == kw!("async") => {
                    self.advance();
                    let line2 = line;
                    return alloc::vec![match *self.tok() {
                        Tok::Kw(k) if k == kw!("def") => self.funcdef(Vec::new(), true, line2),
                        Tok::Kw(k) if k == kw!("for") => self.for_stmt(true, line2),
                        Tok::Kw(k) if k == kw!("with") => self.with_stmt(true, line2),
                        _ => return self.err(),
                    }];
                }
                _ => {}
            }
        }
        if self.is_op(o!("@")) {
            return alloc::vec![self.decorated()];
        }
        self.simple_stmts()
    }

    fn simple_stmts(&mut self) -> Vec<Stmt> {
        let mut v = Vec::new();
        loop {
            v.push(self.small_stmt());
            if self.eat_op(o!(";")) {
                if matches!(self.tok(), Tok::Newline | Tok::Eof) {
                    break;
                }
                continue;
            }
            break;
        }
        match self.tok() {
            Tok::Newline => self.advance(),
            Tok::Eof => {}
            _ => return self.err(),
        }
        v
    }

    /// A block after `:`: an indented suite or simple statements on the same line.
    fn block(&mut self) -> Vec<Stmt> {
        self.expect_op(o!(":"));
        self.enter();
        let r = self.block_inner();
        self.leave();
        r
    }

    fn block_inner(&mut self) -> Vec<Stmt> {
        if matches!(self.tok(), Tok::Newline) {
            self.advance();
            if !matches!(self.tok(), Tok::Indent) {
                self.indent_err("expected an indented block");
                return Vec::new();
            }
            self.advance();
            let mut body = Vec::new();
            loop {
                match self.tok() {
                    Tok::Dedent => {
                        self.advance();
                        break;
                    }
                    Tok::Eof => break,
                    Tok::Newline => self.advance(),
                    _ => body.append(&mut self.statement()),
                }
            }
            body
        } else {
            self.simple_stmts()
        }
    }

    fn small_stmt(&mut self) -> Stmt {
        let line = self.line();
        let kind = match self.tok() {
            Tok::Kw(k) => match *k {
                k if k == kw!("pass") => {
                    self.advance();
                    StmtKind::Pass
                }
                k if k == kw!("break") => {
                    self.advance();
                    StmtKind::Break
                }
                k if k == kw!("continue") => {
                    self.advance();
                    StmtKind::Continue
                }
                k if k == kw!("return") => {
                    self.advance();
                    if self.at_stmt_end() {
                        StmtKind::Return(None)
                    } else {
                        StmtKind::Return(Some(self.star_expressions(false)))
                    }
                }
                k if k == kw!("raise") => {
                    self.advance();
                    if self.at_stmt_end() {
                        StmtKind::Raise {
                            exc: None,
                            cause: None,
                        }
                    } else {
                        let exc = self.test();
                        let cause = if self.eat_kw(kw!("from")) {
                            Some(self.test())
                        } else {
                            None
                        };
                        StmtKind::Raise {
                            exc: Some(exc),
                            cause,
                        }
                    }
                }
                k if k == kw!("global") || k == kw!("nonlocal") => {
                    let g = k == kw!("global");
                    self.advance();
                    let mut names = alloc::vec![self.name()];
                    while self.eat_op(o!(",")) {
                        names.push(self.name());
                    }
                    if g {
                        StmtKind::Global(names)
                    } else {
                        StmtKind::Nonlocal(names)
                    }
                }
                k if k == kw!("del") => {
                    self.advance();
                    let mut targets = Vec::new();
                    loop {
                        let mut e = self.star_or_bitor();
                        self.set_ctx(&mut e, Ctx::Del);
                        targets.push(e);
                        if !self.eat_op(o!(",")) || self.at_stmt_end() {
                            break;
                        }
                    }
                    StmtKind::Delete(targets)
                }
                k if k == kw!("assert") => {
                    self.advance();
                    let test = self.test();
                    let msg = if self.eat_op(o!(",")) {
                        Some(self.test())
                    } else {
                        None
                    };
                    StmtKind::Assert { test, msg }
                }
                k if k == kw!("import") => {
                    self.advance();
                    let mut names = Vec::new();
                    loop {
                        let name = self.dotted_name();
                        let asname = if self.eat_kw(kw!("as")) {
                            Some(self.name())
                        } else {
                            None
                        };
                        names.push(Alias { name, asname });
                        if !self.eat_op(o!(",")) {
                            break;
                        }
                    }
                    StmtKind::Import(names)
                }
                k if k == kw!("from") => {
                    self.advance();
                    self.import_from()
                }
                _ => return self.expr_stmt(),
            },
            _ => return self.expr_stmt(),
        };
        Stmt { line, kind }
    }

    fn at_stmt_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Eof) || self.is_op(o!(";"))
    }

    fn dotted_name(&mut self) -> String {
        let mut s = self.name();
        while self.eat_op(o!(".")) {
            s.push('.');
            s.push_str(&self.name());
        }
        s
    }

    fn import_from(&mut self) -> StmtKind {
        let mut level = 0u32;
        loop {
            if self.eat_op(o!(".")) {
                level += 1;
            } else if self.eat_op(o!("...")) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if self.is_kw(kw!("import")) {
            if level == 0 {
                return self.err();
            }
            None
        } else {
            Some(self.dotted_name())
        };
        self.expect_kw(kw!("import"));
        let mut names = Vec::new();
        if self.eat_op(o!("*")) {
            names.push(Alias {
                name: String::from("*"),
                asname: None,
            });
        } else {
            let paren = self.eat_op(o!("("));
            loop {
                let name = self.name();
                let asname = if self.eat_kw(kw!("as")) {
                    Some(self.name())
                } else {
                    None
                };
                names.push(Alias { name, asname });
                if !self.eat_op(o!(",")) {
                    break;
                }
                if paren && self.is_op(o!(")")) {
                    break;
                }
            }
            if paren {
                self.expect_op(o!(")"));
            }
        }
        StmtKind::ImportFrom {
            module,
            names,
            level,
        }
    }

    fn expr_stmt(&mut self) -> Stmt {
        let line = self.line();
        let first_paren = self.is_op(o!("("));
        let first = if self.is_kw(kw!("yield")) {
            self.yield_expr()
        } else {
            self.star_expressions(false)
        };
        // Annotated assignment.
        if self.is_op(o!(":")) {
            self.advance();
            let mut target = first;
            match target.kind {
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                }
                _ => return self.err_msg("illegal target for annotation"),
            }
            let simple = matches!(target.kind, ExprKind::Name { .. }) && !first_paren;
            self.set_ctx(&mut target, Ctx::Store);
            let annotation = self.test();
            let value = if self.eat_op(o!("=")) {
                Some(if self.is_kw(kw!("yield")) {
                    self.yield_expr()
                } else {
                    self.star_expressions(false)
                })
            } else {
                None
            };
            return Stmt {
                line,
                kind: StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                    simple,
                },
            };
        }
        if let Tok::Op(op) = self.tok() {
            let aug = BINOPS.iter().find(|b| b.1 == *op).map(|b| b.2);
            if let Some(op) = aug {
                self.advance();
                let mut target = first;
                match target.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => {}
                    _ => return self.err_msg("can't assign to expression"),
                }
                self.set_ctx(&mut target, Ctx::Store);
                let value = if self.is_kw(kw!("yield")) {
                    self.yield_expr()
                } else {
                    self.star_expressions(false)
                };
                return Stmt {
                    line,
                    kind: StmtKind::AugAssign { target, op, value },
                };
            }
        }
        if self.is_op(o!("=")) {
            let mut exprs = alloc::vec![first];
            while self.eat_op(o!("=")) {
                exprs.push(if self.is_kw(kw!("yield")) {
                    self.yield_expr()
                } else {
                    self.star_expressions(false)
                });
            }
            let value = exprs
                .pop()
                .unwrap_or(mk(line, ExprKind::Constant(Constant::None)));
            for t in exprs.iter_mut() {
                self.set_ctx(t, Ctx::Store);
            }
            return Stmt {
                line,
                kind: StmtKind::Assign {
                    targets: exprs,
                    value,
                },
            };
        }
        if let ExprKind::Starred { .. } = first.kind {
            return self.err_msg("can't use starred expression here");
        }
        Stmt {
            line,
            kind: StmtKind::Expr(first),
        }
    }

    // ---- compound statements ----

    fn if_stmt(&mut self) -> Stmt {
        // `if` and each `elif`: (line, test, body), folded into nested `If`s at the end.
        let mut arms = Vec::new();
        loop {
            let line = self.line();
            self.advance();
            let test = self.named_test();
            let body = self.block();
            arms.push((line, test, body));
            if !self.is_kw(kw!("elif")) {
                break;
            }
        }
        let mut orelse = if self.eat_kw(kw!("else")) {
            self.block()
        } else {
            Vec::new()
        };
        while let Some((line, test, body)) = arms.pop() {
            let s = Stmt {
                line,
                kind: StmtKind::If { test, body, orelse },
            };
            if arms.is_empty() {
                return s;
            }
            orelse = alloc::vec![s];
        }
        self.err()
    }

    fn while_stmt(&mut self) -> Stmt {
        let line = self.line();
        self.advance();
        let test = self.named_test();
        let body = self.block();
        let orelse = if self.eat_kw(kw!("else")) {
            self.block()
        } else {
            Vec::new()
        };
        Stmt {
            line,
            kind: StmtKind::While { test, body, orelse },
        }
    }

    fn for_stmt(&mut self, is_async: bool, line: u32) -> Stmt {
        self.expect_kw(kw!("for"));
        let mut target = self.target_list();
        self.set_ctx(&mut target, Ctx::Store);
        self.expect_kw(kw!("in"));
        let iter = self.star_expressions(false);
        let body = self.block();
        let orelse = if self.eat_kw(kw!("else")) {
            self.block()
        } else {
            Vec::new()
        };
        Stmt {
            line,
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            },
        }
    }

    fn try_stmt(&mut self) -> Stmt {
        let line = self.line();
        self.advance();
        let body = self.block();
        let mut handlers = Vec::new();
        while self.is_kw(kw!("except")) {
            let hline = self.line();
            self.advance();
            let mut typ = None;
            let mut name = None;
            if !self.is_op(o!(":")) {
                typ = Some(self.test());
                if self.eat_kw(kw!("as")) {
                    name = Some(self.name());
                } else if self.is_op(o!(",")) {
                    return self.err();
                }
            }
            let hbody = self.block();
            if typ.is_none() && self.is_kw(kw!("except")) {
                return self.err_msg("default 'except:' must be last");
            }
            handlers.push(ExceptHandler {
                line: hline,
                typ,
                name,
                body: hbody,
            });
        }
        let orelse = if !handlers.is_empty() && self.eat_kw(kw!("else")) {
            self.block()
        } else {
            Vec::new()
        };
        let finalbody = if self.eat_kw(kw!("finally")) {
            self.block()
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return self.err();
        }
        Stmt {
            line,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        }
    }

    fn with_stmt(&mut self, is_async: bool, line: u32) -> Stmt {
        self.expect_kw(kw!("with"));
        let mut items = Vec::new();
        loop {
            let context_expr = self.test();
            let optional_vars = if self.eat_kw(kw!("as")) {
                let mut t = self.star_target();
                self.set_ctx(&mut t, Ctx::Store);
                Some(t)
            } else {
                None
            };
            items.push(WithItem {
                context_expr,
                optional_vars,
            });
            if !self.eat_op(o!(",")) {
                break;
            }
        }
        let body = self.block();
        Stmt {
            line,
            kind: StmtKind::With {
                items,
                body,
                is_async,
            },
        }
    }

    fn decorated(&mut self) -> Stmt {
        let mut decos = Vec::new();
        while self.eat_op(o!("@")) {
            decos.push(self.named_test());
            if !matches!(self.tok(), Tok::Newline) {
                return self.err();
            }
            self.advance();
        }
        let line = self.line();
        if self.is_kw(kw!("def")) {
            self.funcdef(decos, false, line)
        } else if self.is_kw(kw!("class")) {
            self.classdef(decos)
        } else if self.eat_kw(kw!("async")) {
            self.funcdef(decos, true, line)
        } else {
            self.err()
        }
    }

    fn funcdef(&mut self, decorator_list: Vec<Expr>, is_async: bool, line: u32) -> Stmt {
        self.expect_kw(kw!("def"));
        let name = self.name();
        self.expect_op(o!("("));
        let args = self.params(o!(")"), true);
        self.expect_op(o!(")"));
        let returns = if self.eat_op(o!("->")) {
            Some(self.test())
        } else {
            None
        };
        let body = self.block();
        Stmt {
            line,
            kind: StmtKind::FunctionDef(Box::new(FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                is_async,
            })),
        }
    }

    fn classdef(&mut self, decorator_list: Vec<Expr>) -> Stmt {
        let line = self.line();
        self.expect_kw(kw!("class"));
        let name = self.name();
        let (bases, keywords) = if self.eat_op(o!("(")) {
            let (a, k) = self.call_args();
            self.expect_op(o!(")"));
            (a, k)
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.block();
        Stmt {
            line,
            kind: StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            })),
        }
    }

    fn param(&mut self, annotated: bool) -> Arg {
        let line = self.line();
        let arg = self.name();
        let annotation = if annotated && self.eat_op(o!(":")) {
            Some(self.test())
        } else {
            None
        };
        Arg {
            arg,
            annotation,
            line,
        }
    }

    /// Parameter list up to (not including) `end`.
    fn params(&mut self, end: u8, annotated: bool) -> Arguments {
        let mut a = Arguments::default();
        let mut star_seen = false;
        while !self.is_op(end) {
            if self.eat_op(o!("**")) {
                a.kwarg = Some(self.param(annotated));
                self.eat_op(o!(","));
                if !self.is_op(end) {
                    return self.err();
                }
                break;
            } else if self.eat_op(o!("*")) {
                if star_seen {
                    return self.err();
                }
                star_seen = true;
                if self.is_op(end) {
                    return self.err_msg("named arguments must follow bare *");
                }
                if !self.is_op(o!(",")) {
                    a.vararg = Some(self.param(annotated));
                } else if self.peek_is_op(end) {
                    return self.err_msg("named arguments must follow bare *");
                }
            } else {
                let p = self.param(annotated);
                let default = if self.eat_op(o!("=")) {
                    Some(self.test())
                } else {
                    None
                };
                if star_seen {
                    a.kwonlyargs.push(p);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None => {
                            if !a.defaults.is_empty() {
                                return self
                                    .err_msg("non-default argument follows default argument");
                            }
                        }
                    }
                    a.args.push(p);
                }
            }
            if !self.eat_op(o!(",")) {
                break;
            }
        }
        if star_seen && a.vararg.is_none() && a.kwonlyargs.is_empty() {
            return self.err_msg("named arguments must follow bare *");
        }
        a
    }

    // ---- expressions ----

    /// `expr (, expr)* [,]` with starred items; a tuple if there is a comma.
    fn star_expressions(&mut self, named: bool) -> Expr {
        let line = self.line();
        let first = self.star_named(named);
        if !self.is_op(o!(",")) {
            if let ExprKind::Starred { .. } = first.kind {
                return self.err_msg("can't use starred expression here");
            }
            return first;
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(o!(",")) {
            if !self.starts_expr() {
                break;
            }
            elts.push(self.star_named(named));
        }
        mk(
            line,
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
        )
    }

    fn starts_expr(&self) -> bool {
        match self.tok() {
            Tok::Name(_) => true,
            Tok::Kw(k) => matches!(
                KEYWORDS[*k as usize],
                "None" | "True" | "False" | "not" | "lambda" | "await" | "yield"
            ),
            Tok::Int(..) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Op(o) => matches!(
                OPS[*o as usize],
                "(" | "[" | "{" | "-" | "+" | "~" | "*" | "..."
            ),
            _ => false,
        }
    }

    fn star_named(&mut self, named: bool) -> Expr {
        if self.is_op(o!("*")) {
            let line = self.line();
            self.advance();
            let v = self.bitor();
            return mk(
                line,
                ExprKind::Starred {
                    value: bx(v),
                    ctx: Ctx::Load,
                },
            );
        }
        if named {
            self.named_test()
        } else {
            self.test()
        }
    }

    fn star_or_bitor(&mut self) -> Expr {
        if self.is_op(o!("*")) {
            let line = self.line();
            self.advance();
            let v = self.bitor();
            return mk(
                line,
                ExprKind::Starred {
                    value: bx(v),
                    ctx: Ctx::Load,
                },
            );
        }
        self.bitor()
    }

    /// A `for` target list (`a, *b`), unconverted.
    fn target_list(&mut self) -> Expr {
        let line = self.line();
        let first = self.star_or_bitor();
        if !self.is_op(o!(",")) {
            if let ExprKind::Starred { .. } = first.kind {
                return self.err_msg("can't use starred expression here");
            }
            return first;
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(o!(",")) {
            if self.is_kw(kw!("in")) || self.is_op(o!("=")) {
                break;
            }
            elts.push(self.star_or_bitor());
        }
        mk(
            line,
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
        )
    }

    fn star_target(&mut self) -> Expr {
        self.bitor()
    }

    /// `name := test` or a plain `test`.
    fn named_test(&mut self) -> Expr {
        if matches!(self.tok(), Tok::Name(_) | Tok::Kw(_)) && self.peek_is_op(o!(":=")) {
            let line = self.line();
            let id = self.name();
            self.advance();
            let value = self.test();
            return mk(
                line,
                ExprKind::NamedExpr {
                    target: bx(mk(
                        line,
                        ExprKind::Name {
                            id,
                            ctx: Ctx::Store,
                        },
                    )),
                    value: bx(value),
                },
            );
        }
        self.test()
    }

    fn test(&mut self) -> Expr {
        self.test_inner()
    }

    fn test_inner(&mut self) -> Expr {
        if self.is_kw(kw!("lambda")) {
            self.enter();
            let r = self.lambda(true);
            self.leave();
            return r;
        }
        let body = self.or_test();
        if self.is_kw(kw!("if")) {
            self.advance();
            let test = self.or_test();
            self.expect_kw(kw!("else"));
            self.enter();
            let orelse = self.test();
            self.leave();
            let line = body.line;
            return mk(
                line,
                ExprKind::IfExp {
                    test: bx(test),
                    body: bx(body),
                    orelse: bx(orelse),
                },
            );
        }
        body
    }

    fn test_nocond(&mut self) -> Expr {
        if self.is_kw(kw!("lambda")) {
            self.enter();
            let r = self.lambda(false);
            self.leave();
            return r;
        }
        self.or_test()
    }

    fn lambda(&mut self, cond: bool) -> Expr {
        let line = self.line();
        self.advance();
        let args = self.params(o!(":"), false);
        self.expect_op(o!(":"));
        let body = if cond {
            self.test()
        } else {
            self.test_nocond()
        };
        mk(
            line,
            ExprKind::Lambda {
                args: Box::new(args),
                body: bx(body),
            },
        )
    }

    fn or_test(&mut self) -> Expr {
        let first = self.and_test();
        if !self.is_kw(kw!("or")) {
            return first;
        }
        let line = first.line;
        let mut values = alloc::vec![first];
        while self.eat_kw(kw!("or")) {
            values.push(self.and_test());
        }
        mk(
            line,
            ExprKind::BoolOp {
                op: BoolOpKind::Or,
                values,
            },
        )
    }

    fn and_test(&mut self) -> Expr {
        let first = self.not_test();
        if !self.is_kw(kw!("and")) {
            return first;
        }
        let line = first.line;
        let mut values = alloc::vec![first];
        while self.eat_kw(kw!("and")) {
            values.push(self.not_test());
        }
        mk(
            line,
            ExprKind::BoolOp {
                op: BoolOpKind::And,
                values,
            },
        )
    }

    fn not_test(&mut self) -> Expr {
        if self.is_kw(kw!("not")) {
            let line = self.line();
            self.advance();
            self.enter();
            let r = self.not_test();
            self.leave();
            return mk(
                line,
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: bx(r),
                },
            );
        }
        self.comparison()
    }

    fn comp_op(&mut self) -> Option<CmpOp> {
        let op = match self.tok() {
            Tok::Op(c) if *c == o!("<") => CmpOp::Lt,
            Tok::Op(c) if *c == o!(">") => CmpOp::Gt,
            Tok::Op(c) if *c == o!("==") => CmpOp::Eq,
            Tok::Op(c) if *c == o!("!=") => CmpOp::NotEq,
            Tok::Op(c) if *c == o!("<=") => CmpOp::LtE,
            Tok::Op(c) if *c == o!(">=") => CmpOp::GtE,
            Tok::Kw(k) if *k == kw!("in") => CmpOp::In,
            Tok::Kw(k) if *k == kw!("is") => {
                if matches!(self.peek_at(1), Tok::Kw(m) if *m == kw!("not")) {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            Tok::Kw(k) if *k == kw!("not") => {
                if matches!(self.peek_at(1), Tok::Kw(m) if *m == kw!("in")) {
                    self.advance();
                    CmpOp::NotIn
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    fn comparison(&mut self) -> Expr {
        let left = self.bitor();
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op() {
            ops.push(op);
            comparators.push(self.bitor());
        }
        if ops.is_empty() {
            return left;
        }
        let line = left.line;
        mk(
            line,
            ExprKind::Compare {
                left: bx(left),
                ops,
                comparators,
            },
        )
    }

    fn bitor(&mut self) -> Expr {
        self.binary(0)
    }

    fn binop_at(&self) -> Option<(BinOp, u8)> {
        let Tok::Op(o) = self.tok() else {
            return None;
        };
        // `**` (the last entry) binds tighter than the unary operators: `power` parses it.
        BINOPS[..BINOPS.len() - 1]
            .iter()
            .find(|b| b.0 == *o)
            .map(|b| (b.2, b.3))
    }

    /// Precedence climbing over the left-associative binary operators.
    fn binary(&mut self, min: u8) -> Expr {
        let mut left = self.factor();
        while let Some((op, prec)) = self.binop_at() {
            if prec < min {
                break;
            }
            self.advance();
            let right = self.binary(prec + 1);
            let line = left.line;
            left = mk(
                line,
                ExprKind::BinOp {
                    left: bx(left),
                    op,
                    right: bx(right),
                },
            );
        }
        left
    }

    fn factor(&mut self) -> Expr {
        let op = match self.tok() {
            Tok::Op(c) if *c == o!("-") => Some(UnaryOp::USub),
            Tok::Op(c) if *c == o!("+") => Some(UnaryOp::UAdd),
            Tok::Op(c) if *c == o!("~") => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(op) = op {
            let line = self.line();
            self.advance();
            self.enter();
            let r = self.factor();
            self.leave();
            return mk(line, ExprKind::UnaryOp { op, operand: bx(r) });
        }
        self.power()
    }

    fn power(&mut self) -> Expr {
        let base = if self.is_kw(kw!("await")) {
            let line = self.line();
            self.advance();
            let p = self.primary();
            mk(line, ExprKind::Await(bx(p)))
        } else {
            self.primary()
        };
        if self.eat_op(o!("**")) {
            self.enter();
            let r = self.factor();
            self.leave();
            let line = base.line;
            return mk(
                line,
                ExprKind::BinOp {
                    left: bx(base),
                    op: BinOp::Pow,
                    right: bx(r),
                },
            );
        }
        base
    }

    fn primary(&mut self) -> Expr {
        let mut e = self.atom();
        loop {
            let line = e.line;
            if self.is_op(o!("(")) {
                let pline = self.line();
                self.advance();
                self.enter();
                let r = self.call_args_gen(pline);
                self.leave();
                let (args, keywords) = r;
                self.expect_op(o!(")"));
                e = mk(
                    line,
                    ExprKind::Call {
                        func: bx(e),
                        args,
                        keywords,
                    },
                );
            } else if self.eat_op(o!("[")) {
                self.enter();
                let slice = self.subscript();
                self.leave();
                self.expect_op(o!("]"));
                e = mk(
                    line,
                    ExprKind::Subscript {
                        value: bx(e),
                        slice: bx(slice),
                        ctx: Ctx::Load,
                    },
                );
            } else if self.eat_op(o!(".")) {
                let attr = self.name();
                e = mk(
                    line,
                    ExprKind::Attribute {
                        value: bx(e),
                        attr,
                        ctx: Ctx::Load,
                    },
                );
            } else {
                return e;
            }
        }
    }

    fn call_args(&mut self) -> (Vec<Expr>, Vec<Keyword>) {
        let l = self.line();
        self.call_args_gen(l)
    }

    /// Call arguments after `(`, up to (not including) `)`. `pline` is the line of `(`, given
    /// to a generator expression that is the sole argument.
    fn call_args_gen(&mut self, pline: u32) -> (Vec<Expr>, Vec<Keyword>) {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_dstar = false;
        let mut count = 0usize;
        while !self.is_op(o!(")")) {
            count += 1;
            if self.eat_op(o!("**")) {
                let v = self.test();
                keywords.push(Keyword {
                    arg: None,
                    value: v,
                });
                seen_dstar = true;
            } else if self.is_op(o!("*")) {
                if seen_dstar {
                    return self.err_msg("* arg after **");
                }
                let line = self.line();
                self.advance();
                let v = self.test();
                args.push(mk(
                    line,
                    ExprKind::Starred {
                        value: bx(v),
                        ctx: Ctx::Load,
                    },
                ));
            } else if matches!(self.tok(), Tok::Name(_) | Tok::Kw(_)) && self.peek_is_op(o!("=")) {
                let name = self.name();
                self.advance();
                let v = self.test();
                keywords.push(Keyword {
                    arg: Some(name),
                    value: v,
                });
            } else {
                let e = self.named_test();
                if self.is_kw(kw!("for")) || self.is_kw(kw!("async")) {
                    let generators = self.comp_for();
                    let g = mk(
                        pline,
                        ExprKind::GeneratorExp {
                            elt: bx(e),
                            generators,
                        },
                    );
                    if count != 1 || !self.is_op(o!(")")) {
                        // A bare generator must be the sole argument.
                        if !(count == 1 && self.is_op(o!(",")) && self.peek_is_op(o!(")"))) {
                            return self.err();
                        }
                    }
                    args.push(g);
                } else {
                    if !keywords.is_empty() {
                        return self.err_msg(if seen_dstar {
                            "positional arg after **"
                        } else {
                            "positional arg after keyword arg"
                        });
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(o!(",")) {
                break;
            }
        }
        (args, keywords)
    }

    fn subscript(&mut self) -> Expr {
        let line = self.line();
        let first = self.slice_item();
        if !self.is_op(o!(",")) {
            return first;
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(o!(",")) {
            if self.is_op(o!("]")) {
                break;
            }
            elts.push(self.slice_item());
        }
        mk(
            line,
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
        )
    }

    fn slice_item(&mut self) -> Expr {
        let line = self.line();
        let lower = if self.is_op(o!(":")) {
            None
        } else {
            let e = self.named_test();
            if !self.is_op(o!(":")) {
                return e;
            }
            Some(bx(e))
        };
        self.expect_op(o!(":"));
        let upper = if self.is_op(o!(":")) || self.is_op(o!(",")) || self.is_op(o!("]")) {
            None
        } else {
            Some(bx(self.test()))
        };
        let step = if self.eat_op(o!(":")) {
            if self.is_op(o!(",")) || self.is_op(o!("]")) {
                None
            } else {
                Some(bx(self.test()))
            }
        } else {
            None
        };
        mk(line, ExprKind::Slice { lower, upper, step })
    }

    fn comp_for(&mut self) -> Vec<Comprehension> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.is_kw(kw!("async"))
                && matches!(self.peek_at(1), Tok::Kw(k) if *k == kw!("for"))
            {
                self.advance();
                true
            } else {
                false
            };
            if !self.eat_kw(kw!("for")) {
                break;
            }
            let mut target = self.target_list();
            self.set_ctx(&mut target, Ctx::Store);
            self.expect_kw(kw!("in"));
            let iter = self.or_test();
            let mut ifs = Vec::new();
            while self.eat_kw(kw!("if")) {
                ifs.push(self.test_nocond());
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        if gens.is_empty() {
            return self.err();
        }
        gens
    }

    fn yield_expr(&mut self) -> Expr {
        let line = self.line();
        self.expect_kw(kw!("yield"));
        if self.eat_kw(kw!("from")) {
            let v = self.test();
            return mk(line, ExprKind::YieldFrom(bx(v)));
        }
        if self.starts_expr() && !self.is_kw(kw!("yield")) {
            let v = self.star_expressions(false);
            return mk(line, ExprKind::Yield(Some(bx(v))));
        }
        mk(line, ExprKind::Yield(None))
    }

    fn atom(&mut self) -> Expr {
        let line = self.line();
        match self.tok() {
            Tok::Kw(k) => {
                let c = match *k {
                    k if k == kw!("None") => Constant::None,
                    k if k == kw!("True") => Constant::True,
                    k if k == kw!("False") => Constant::False,
                    _ => return self.err(),
                };
                self.advance();
                mk(line, ExprKind::Constant(c))
            }
            Tok::Name(_) => {
                let id = self.name();
                mk(line, ExprKind::Name { id, ctx: Ctx::Load })
            }
            Tok::Int(digits, radix) => {
                let c = int_const(digits, *radix, line);
                self.advance();
                mk(line, ExprKind::Constant(self.ok(c)))
            }
            Tok::Float(f) => {
                let f = *f;
                self.advance();
                mk(line, ExprKind::Constant(Constant::Float(f)))
            }
            Tok::Imag(f) => {
                let f = *f;
                self.advance();
                mk(line, ExprKind::Constant(Constant::Imag(f)))
            }
            Tok::Str(_) => self.strings(),
            Tok::Op(c) if *c == o!("...") => {
                self.advance();
                mk(line, ExprKind::Constant(Constant::Ellipsis))
            }
            Tok::Op(c) if *c == o!("(") => {
                self.advance();
                self.enter();
                let r = self.paren(line);
                self.leave();
                r
            }
            Tok::Op(c) if *c == o!("[") => {
                self.advance();
                self.enter();
                let r = self.list(line);
                self.leave();
                r
            }
            Tok::Op(c) if *c == o!("{") => {
                self.advance();
                self.enter();
                let r = self.dict_or_set(line);
                self.leave();
                r
            }
            _ => self.err(),
        }
    }

    fn paren(&mut self, line: u32) -> Expr {
        if self.eat_op(o!(")")) {
            return mk(
                line,
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: Ctx::Load,
                },
            );
        }
        if self.is_kw(kw!("yield")) {
            let y = self.yield_expr();
            self.expect_op(o!(")"));
            return y;
        }
        let first = self.star_named(true);
        if self.is_kw(kw!("for")) || self.is_kw(kw!("async")) {
            if let ExprKind::Starred { .. } = first.kind {
                return self.err_msg("iterable unpacking cannot be used in comprehension");
            }
            let generators = self.comp_for();
            self.expect_op(o!(")"));
            return mk(
                line,
                ExprKind::GeneratorExp {
                    elt: bx(first),
                    generators,
                },
            );
        }
        if self.eat_op(o!(")")) {
            if let ExprKind::Starred { .. } = first.kind {
                return self.err_msg("can't use starred expression here");
            }
            return first;
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(o!(",")) {
            if self.is_op(o!(")")) {
                break;
            }
            elts.push(self.star_named(true));
        }
        self.expect_op(o!(")"));
        mk(
            line,
            ExprKind::Tuple {
                elts,
                ctx: Ctx::Load,
            },
        )
    }

    fn list(&mut self, line: u32) -> Expr {
        let mut elts = Vec::new();
        if self.eat_op(o!("]")) {
            return mk(
                line,
                ExprKind::List {
                    elts,
                    ctx: Ctx::Load,
                },
            );
        }
        let first = self.star_named(true);
        if self.is_kw(kw!("for")) || self.is_kw(kw!("async")) {
            if let ExprKind::Starred { .. } = first.kind {
                return self.err_msg("iterable unpacking cannot be used in comprehension");
            }
            let generators = self.comp_for();
            self.expect_op(o!("]"));
            return mk(
                line,
                ExprKind::ListComp {
                    elt: bx(first),
                    generators,
                },
            );
        }
        elts.push(first);
        while self.eat_op(o!(",")) {
            if self.is_op(o!("]")) {
                break;
            }
            elts.push(self.star_named(true));
        }
        self.expect_op(o!("]"));
        mk(
            line,
            ExprKind::List {
                elts,
                ctx: Ctx::Load,
            },
        )
    }

    fn dict_or_set(&mut self, line: u32) -> Expr {
        if self.eat_op(o!("}")) {
            return mk(
                line,
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
            );
        }
        // First item decides dict or set.
        let (first_key, first_val) = if self.eat_op(o!("**")) {
            (None, self.bitor())
        } else {
            let k = self.star_named(true);
            if self.eat_op(o!(":")) {
                if let ExprKind::Starred { .. } = k.kind {
                    return self.err();
                }
                let v = self.test();
                if self.is_kw(kw!("for")) || self.is_kw(kw!("async")) {
                    let generators = self.comp_for();
                    self.expect_op(o!("}"));
                    return mk(
                        line,
                        ExprKind::DictComp {
                            key: bx(k),
                            value: bx(v),
                            generators,
                        },
                    );
                }
                (Some(k), v)
            } else {
                // A set.
                if self.is_kw(kw!("for")) || self.is_kw(kw!("async")) {
                    if let ExprKind::Starred { .. } = k.kind {
                        return self.err_msg("iterable unpacking cannot be used in comprehension");
                    }
                    let generators = self.comp_for();
                    self.expect_op(o!("}"));
                    return mk(
                        line,
                        ExprKind::SetComp {
                            elt: bx(k),
                            generators,
                        },
                    );
                }
                let mut elts = alloc::vec![k];
                while self.eat_op(o!(",")) {
                    if self.is_op(o!("}")) {
                        break;
                    }
                    elts.push(self.star_named(true));
                }
                self.expect_op(o!("}"));
                return mk(line, ExprKind::Set(elts));
            }
        };
        let mut keys = alloc::vec![first_key];
        let mut values = alloc::vec![first_val];
        while self.eat_op(o!(",")) {
            if self.is_op(o!("}")) {
                break;
            }
            if self.eat_op(o!("**")) {
                keys.push(None);
                values.push(self.bitor());
            } else {
                keys.push(Some(self.test()));
                self.expect_op(o!(":"));
                values.push(self.test());
            }
        }
        self.expect_op(o!("}"));
        mk(line, ExprKind::Dict { keys, values })
    }

    // ---- strings ----

    fn strings(&mut self) -> Expr {
        let line = self.line();
        let mut pieces: Vec<Piece> = Vec::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut any_f = false;
        let mut kind: Option<bool> = None; // Some(true) = bytes
                                           // Each token is read once, so its text is taken, not copied.
        while let Tok::Str(s) = &mut self.toks[self.pos].tok {
            let s = core::mem::take(s);
            let tline = self.line();
            self.advance();
            if let Some(k) = kind {
                if k != s.bytes {
                    return self.fail_at("invalid syntax", tline);
                }
            }
            kind = Some(s.bytes);
            if s.bytes {
                let b = decode_bytes(&s, tline);
                let b = self.ok(b);
                bytes.get_or_insert_with(Vec::new).extend_from_slice(&b);
            } else if s.fstr {
                any_f = true;
                self.fstring(&s.body, s.raw, (tline, line), &mut pieces, 0);
            } else {
                let t = decode_str(&s.body, s.raw, tline);
                let t = self.ok(t);
                push_lit(&mut pieces, t);
            }
        }
        if let Some(b) = bytes {
            return mk(line, ExprKind::Constant(Constant::Bytes(b)));
        }
        if !any_f {
            let mut s = String::new();
            for p in pieces {
                if let Piece::Lit(t) = p {
                    s.push_str(&t);
                }
            }
            return mk(line, ExprKind::Constant(Constant::Str(s)));
        }
        mk(line, ExprKind::JoinedStr(pieces_to_values(pieces, line)))
    }

    /// Splits f-string `body` into literal pieces and replacement fields.
    fn fstring(
        &mut self,
        body: &str,
        raw: bool,
        (line, outer): (u32, u32),
        out: &mut Vec<Piece>,
        nest: u32,
    ) {
        if nest > 2 {
            return self.fail_at("f-string: expressions nested too deeply", line);
        }
        let chars: Vec<char> = body.chars().collect();
        let n = chars.len();
        let mut i = 0;
        let mut lit = String::new();
        let flush = |p: &mut Parser, lit: &mut String, out: &mut Vec<Piece>| {
            if !lit.is_empty() {
                let t = decode_str(lit, raw, line);
                let t = p.ok(t);
                push_lit(out, t);
                lit.clear();
            }
        };
        while i < n {
            let c = chars[i];
            if c == '\\' && !raw && i + 1 < n {
                lit.push(c);
                lit.push(chars[i + 1]);
                i += 2;
                continue;
            }
            if c == '{' {
                if i + 1 < n && chars[i + 1] == '{' {
                    lit.push('{');
                    i += 2;
                    continue;
                }
                flush(self, &mut lit, out);
                // Find the end of the expression.
                let start = i + 1;
                let mut j = start;
                let mut depth = 0i32;
                let mut quote: Option<char> = None;
                while j < n {
                    let d = chars[j];
                    if let Some(q) = quote {
                        if d == q {
                            quote = None;
                        }
                        j += 1;
                        continue;
                    }
                    match d {
                        '\'' | '"' => quote = Some(d),
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' => depth -= 1,
                        '}' if depth > 0 => depth -= 1,
                        '}' => break,
                        '!' if depth == 0 && !(j + 1 < n && chars[j + 1] == '=') => break,
                        ':' if depth == 0 => break,
                        '=' if depth == 0
                            && j + 1 < n
                            && chars[j + 1] != '='
                            && j > start
                            && !matches!(chars[j - 1], '=' | '!' | '<' | '>') =>
                        {
                            break
                        }
                        '\\' => {
                            return self.fail_at(
                                "f-string expression part cannot include a backslash",
                                line,
                            )
                        }
                        '#' => {
                            return self
                                .fail_at("f-string expression part cannot include '#'", line)
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= n {
                    return self.fail_at("f-string: expecting '}'", line);
                }
                let expr_text: String = chars[start..j].iter().collect();
                let eline = line + chars[..start].iter().filter(|&&c| c == '\n').count() as u32;
                let value = self.sub_expr(&expr_text, eline);
                if chars[j] == '=' {
                    let mut t = expr_text.clone();
                    t.push('=');
                    j += 1;
                    // whitespace after '='
                    while j < n && chars[j] == ' ' {
                        t.push(' ');
                        j += 1;
                    }
                    push_lit(out, t);
                }
                let mut conversion = None;
                if j < n && chars[j] == '!' {
                    j += 1;
                    match chars.get(j) {
                        Some(&c @ ('s' | 'r' | 'a')) => conversion = Some(c),
                        _ => return self.fail_at("f-string: invalid conversion character", line),
                    }
                    j += 1;
                }
                let mut format_spec = None;
                if j < n && chars[j] == ':' {
                    j += 1;
                    let s0 = j;
                    let mut depth = 0i32;
                    while j < n {
                        match chars[j] {
                            '{' => depth += 1,
                            '}' if depth == 0 => break,
                            '}' => depth -= 1,
                            _ => {}
                        }
                        j += 1;
                    }
                    let spec: String = chars[s0..j].iter().collect();
                    let mut sp = Vec::new();
                    self.fstring(&spec, raw, (line, outer), &mut sp, nest + 1);
                    format_spec = Some(bx(mk(
                        outer,
                        ExprKind::JoinedStr(pieces_to_values(sp, outer)),
                    )));
                }
                if j >= n || chars[j] != '}' {
                    return self.fail_at("f-string: expecting '}'", line);
                }
                i = j + 1;
                out.push(Piece::Val(mk(
                    outer,
                    ExprKind::FormattedValue {
                        value: bx(value),
                        conversion,
                        format_spec,
                    },
                )));
                continue;
            }
            if c == '}' {
                if i + 1 < n && chars[i + 1] == '}' {
                    lit.push('}');
                    i += 2;
                    continue;
                }
                return self.fail_at("f-string: single '}' is not allowed", line);
            }
            lit.push(c);
            i += 1;
        }
        flush(self, &mut lit, out)
    }

    /// Parses a replacement-field expression.
    fn sub_expr(&mut self, text: &str, line: u32) -> Expr {
        if text.trim().is_empty() {
            return self.fail_at("f-string: empty expression not allowed", line);
        }
        let mut src = String::from("(");
        src.push_str(text);
        src.push(')');
        let toks = match tokenize(&src) {
            Ok(toks) => toks,
            Err(mut e) => {
                e.line += line - 1;
                self.fail(e);
                return Expr::default();
            }
        };
        let mut p = Parser {
            toks,
            pos: 0,
            depth: self.depth + 1,
            line_offset: line - 1,
            error: None,
        };
        p.advance(); // (
        let e = if p.is_kw(kw!("yield")) {
            p.yield_expr()
        } else {
            p.star_expressions(true)
        };
        if !p.is_op(o!(")")) || !matches!(p.peek_at(1), Tok::Newline | Tok::Eof) {
            p.err::<()>();
        }
        if let Some(err) = p.error {
            self.fail(err);
        }
        e
    }

    /// The value of `r`, or the placeholder after recording its error.
    fn ok<T: Default>(&mut self, r: PResult<T>) -> T {
        r.unwrap_or_else(|e| {
            self.fail(e);
            T::default()
        })
    }

    /// Converts a parsed expression into an assignment (`Store`) or deletion (`Del`) target.
    fn set_ctx(&mut self, e: &mut Expr, ctx: Ctx) {
        let line = e.line;
        match &mut e.kind {
            ExprKind::Name { ctx: c, .. }
            | ExprKind::Attribute { ctx: c, .. }
            | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
            ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
                *c = ctx;
                let mut stars = 0;
                for x in elts.iter_mut() {
                    if matches!(x.kind, ExprKind::Starred { .. }) {
                        stars += 1;
                    }
                    self.set_ctx(x, ctx);
                }
                if stars > 1 {
                    self.fail_at("multiple *x in assignment", line)
                }
            }
            ExprKind::Starred { value, ctx: c } if ctx != Ctx::Del => {
                *c = ctx;
                self.set_ctx(value, ctx)
            }
            _ => self.fail_at(
                if ctx == Ctx::Del {
                    "can't delete expression"
                } else {
                    "can't assign to expression"
                },
                line,
            ),
        }
    }
}

fn push_lit(out: &mut Vec<Piece>, t: String) {
    if let Some(Piece::Lit(prev)) = out.last_mut() {
        prev.push_str(&t);
    } else {
        out.push(Piece::Lit(t));
    }
}

fn pieces_to_values(pieces: Vec<Piece>, line: u32) -> Vec<Expr> {
    pieces
        .into_iter()
        .filter_map(|p| match p {
            Piece::Lit(s) if s.is_empty() => None,
            Piece::Lit(s) => Some(mk(line, ExprKind::Constant(Constant::Str(s)))),
            Piece::Val(e) => Some(e),
        })
        .collect()
}

fn int_const(digits: &str, radix: u32, line: u32) -> PResult<Constant> {
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Ok(Constant::Int(v));
    }
    match ferrite_bigint::BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(b) => Ok(Constant::BigInt(b.to_string())),
        None => Err(syntax("invalid syntax", line)),
    }
}

/// Decodes one escape sequence after a backslash at `chars[i]` (the char after `\`).
/// Returns the code point (or None to keep the backslash literally) and chars consumed.
fn escape(chars: &[char], i: usize, bytes: bool, line: u32) -> PResult<(Option<u32>, usize)> {
    let c = chars[i];
    let hex = |len: usize| -> PResult<(Option<u32>, usize)> {
        if i + 1 + len > chars.len() {
            return Err(syntax("invalid escape sequence", line));
        }
        let s: String = chars[i + 1..i + 1 + len].iter().collect();
        match u32::from_str_radix(&s, 16) {
            Ok(v) if s.chars().all(|c| c.is_ascii_hexdigit()) => Ok((Some(v), 1 + len)),
            _ => Err(syntax("invalid escape sequence", line)),
        }
    };
    Ok(match c {
        '\n' => (Some(SKIP), 1),
        '\\' => (Some(0x5c), 1),
        '\'' => (Some(0x27), 1),
        '"' => (Some(0x22), 1),
        'a' => (Some(7), 1),
        'b' => (Some(8), 1),
        'f' => (Some(12), 1),
        'n' => (Some(10), 1),
        'r' => (Some(13), 1),
        't' => (Some(9), 1),
        'v' => (Some(11), 1),
        'x' => hex(2)?,
        'u' if !bytes => hex(4)?,
        'U' if !bytes => hex(8)?,
        '0'..='7' => {
            let mut v = 0u32;
            let mut k = 0;
            while k < 3 && i + k < chars.len() && ('0'..='7').contains(&chars[i + k]) {
                v = v * 8 + (chars[i + k] as u32 - '0' as u32);
                k += 1;
            }
            (Some(v), k)
        }
        'N' if !bytes => return Err(syntax("unicode name escapes are not supported", line)),
        _ => (None, 0),
    })
}

/// Marker for "line continuation": consumed, produces nothing.
const SKIP: u32 = u32::MAX;

fn decode_str(body: &str, raw: bool, line: u32) -> PResult<String> {
    if raw || !body.contains('\\') {
        return Ok(String::from(body));
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && i + 1 < chars.len() {
            let (v, used) = escape(&chars, i + 1, false, line)?;
            match v {
                Some(SKIP) => {}
                Some(v) => match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => return Err(syntax("invalid escape sequence", line)),
                },
                None => {
                    out.push('\\');
                    if used == 0 {
                        out.push(chars[i + 1]);
                        i += 2;
                        continue;
                    }
                }
            }
            i += 1 + used;
            continue;
        }
        out.push(c);
        i += 1;
    }
    Ok(out)
}

fn decode_bytes(s: &StrLit, line: u32) -> PResult<Vec<u8>> {
    let chars: Vec<char> = s.body.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !c.is_ascii() {
            return Err(syntax(
                "bytes can only contain ASCII literal characters",
                line,
            ));
        }
        if c == '\\' && !s.raw && i + 1 < chars.len() {
            let (v, used) = escape(&chars, i + 1, true, line)?;
            match v {
                Some(SKIP) => {}
                Some(v) => out.push((v & 0xff) as u8),
                None => {
                    out.push(b'\\');
                    if used == 0 {
                        if !chars[i + 1].is_ascii() {
                            return Err(syntax(
                                "bytes can only contain ASCII literal characters",
                                line,
                            ));
                        }
                        out.push(chars[i + 1] as u8);
                        i += 2;
                        continue;
                    }
                }
            }
            i += 1 + used;
            continue;
        }
        out.push(c as u8);
        i += 1;
    }
    Ok(out)
}
