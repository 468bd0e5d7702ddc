//! The abstract syntax tree, node for node the shape of CPython 3.11's `ast` module.
//!
//! The parser builds it; scope analysis and the bytecode emitter walk it. Every statement and
//! expression carries its 1-based source line. Names mirror CPython's so that a reader who
//! knows `ast` knows this file.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// An identifier.
pub type Ident = String;

/// A whole module (or REPL input, or `eval` expression wrapped as one `Expr` statement).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ModuleAst {
    pub body: Vec<Stmt>,
}

/// `Default` (a `pass`, an expression `None`) is the parser's placeholder after an error.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Stmt {
    pub line: u32,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` is true for a plain name target.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..module import names`; `module` is None for `from . import x`; a single alias
    /// named `*` means `import *`.
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Expr(Expr),
    #[default]
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
}

/// A function's parameters, as CPython's `ast.arguments` (no positional-only parameters:
/// MicroPython 1.28 has none).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only argument: its default, if any.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` positional parameters.
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arg {
    pub arg: Ident,
    pub annotation: Option<Expr>,
    pub line: u32,
}

/// `name=value` in a call or class definition; `arg` is None for `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
}

/// `name as asname` in an import; `name` may be dotted (`a.b.c`).
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub line: u32,
    /// None for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Expr {
    pub line: u32,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b or c`
    BoolOp {
        op: BoolOpKind,
        values: Vec<Expr>,
    },
    /// `target := value`
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **d}`: a `None` key means `**value`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: `ops` and `comparators` have the same length.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        /// Positional arguments; `*x` appears as a `Starred` element.
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// An f-string: literal pieces (`Constant` str) and `FormattedValue`s, in order.
    JoinedStr(Vec<Expr>),
    FormattedValue {
        value: Box<Expr>,
        /// `'s'`, `'r'`, `'a'` for `!s`, `!r`, `!a`.
        conversion: Option<char>,
        /// A `JoinedStr` for the format spec after `:`.
        format_spec: Option<Box<Expr>>,
    },
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: Ctx,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: Ctx,
    },
    Starred {
        value: Box<Expr>,
        ctx: Ctx,
    },
    Name {
        id: Ident,
        ctx: Ctx,
    },
    List {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: Ctx,
    },
    /// `lower:upper:step`, only as a `Subscript` slice (or inside a `Tuple` slice).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

impl Default for ExprKind {
    fn default() -> Self {
        ExprKind::Constant(Constant::None)
    }
}

/// Whether an expression is read, assigned or deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub enum Constant {
    #[default]
    None,
    True,
    False,
    Ellipsis,
    /// An integer literal of any size, as decimal digits with no sign (literals are never
    /// negative; `-5` is a `UnaryOp`). Small ones fit `i64` and are given as `Int`.
    Int(i64),
    BigInt(String),
    Float(f64),
    /// An imaginary literal such as `2j`: its imaginary part.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
