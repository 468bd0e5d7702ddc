//! Scopes and name resolution: which names are fast locals, cells, free variables or globals,
//! and how locals are numbered (the rules of the bytecode spec §5.9 and §6.3).
//!
//! Scopes live in one list in creation order (module first, then breadth-first by nesting,
//! because the list grows while it is walked). Each scope keeps its identifiers in order of
//! first appearance; that order decides local numbers, the cell list and the order in which
//! a parent passes cells to `MAKE_CLOSURE`.

use alloc::string::String;
use alloc::vec::Vec;

use ferrite_bytecode::Index;

use crate::ast::{Arguments, ClassDef, Comprehension, Expr, FunctionDef, Stmt};

/// Index of a scope in the compiler's scope list.
pub type ScopeId = usize;

/// What created a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    DictComp,
    SetComp,
    GenExpr,
}

impl ScopeKind {
    /// Function-like scopes have fast locals; the module and class bodies use a dict.
    pub fn is_func_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    pub fn is_comp(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::DictComp | ScopeKind::SetComp | ScopeKind::GenExpr
        )
    }
}

/// How an identifier is bound in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// Read but never bound here (yet): a global or builtin unless closing over finds it.
    GlobalImplicit,
    /// Bound in the module or a class body: a name in that body's dict.
    GlobalImplicitAssigned,
    /// Declared `global` (or an unresolved name in a function): `*_GLOBAL` opcodes.
    GlobalExplicit,
    /// A fast local.
    Local,
    /// A local that an inner scope captures: its slot holds a cell.
    Cell,
    /// A variable of an enclosing function, received as a cell.
    Free,
}

#[derive(Clone, Debug)]
pub struct IdInfo {
    pub name: String,
    pub kind: IdKind,
    pub is_param: bool,
    /// Local slot number; meaningful for `Local`, `Cell` and `Free` after numbering.
    pub local_num: u16,
}

/// The AST a scope compiles.
#[derive(Clone, Copy, Debug)]
pub enum ScopeNode<'a> {
    Module(&'a [Stmt]),
    Function(&'a FunctionDef),
    Lambda(&'a Arguments, &'a Expr),
    Class(&'a ClassDef),
    /// A comprehension: the element (and value, for a dict) and its `for` clauses.
    Comp(&'a Expr, Option<&'a Expr>, &'a [Comprehension]),
}

/// Prelude scope flags.
pub const FLAG_GENERATOR: u8 = 0x01;
pub const FLAG_VARKEYWORDS: u8 = 0x02;
pub const FLAG_VARARGS: u8 = 0x04;
pub const FLAG_DEFKWARGS: u8 = 0x08;

#[derive(Debug)]
pub struct Scope<'a> {
    pub kind: ScopeKind,
    pub node: ScopeNode<'a>,
    pub parent: Option<ScopeId>,
    pub simple_name: String,
    /// Source line of the scope's defining node.
    pub line: u32,
    pub ids: Vec<IdInfo>,
    /// Name → position in `ids`.
    index: Index,
    pub flags: u8,
    pub num_pos_args: u16,
    pub num_kwonly_args: u16,
    pub num_def_pos_args: u16,
    pub num_locals: u16,
    /// Nested scopes in the order the scope pass met them; later passes meet them again in
    /// the same order.
    pub children: Vec<ScopeId>,
    pub is_async: bool,
}

impl<'a> Scope<'a> {
    pub fn new(
        kind: ScopeKind,
        node: ScopeNode<'a>,
        parent: Option<ScopeId>,
        simple_name: String,
        line: u32,
    ) -> Self {
        Scope {
            kind,
            node,
            parent,
            simple_name,
            line,
            ids: Vec::new(),
            index: Index::new(),
            flags: 0,
            num_pos_args: 0,
            num_kwonly_args: 0,
            num_def_pos_args: 0,
            num_locals: 0,
            children: Vec::new(),
            is_async: false,
        }
    }

    pub fn find(&self, name: &str) -> Option<usize> {
        self.index.get(name.as_bytes()).map(|i| i as usize)
    }

    pub fn find_info(&self, name: &str) -> Option<&IdInfo> {
        self.find(name).map(|i| &self.ids[i])
    }

    /// Finds `name`, adding it with `kind` if absent. Returns the index and whether it was
    /// added.
    pub fn find_or_add(&mut self, name: &str, kind: IdKind) -> (usize, bool) {
        let (i, added) = self
            .index
            .get_or_insert(name.as_bytes(), self.ids.len() as u32);
        if added {
            self.ids.push(IdInfo {
                name: String::from(name),
                kind,
                is_param: false,
                local_num: 0,
            });
        }
        (i as usize, added)
    }

    /// Number the locals (§6.3): star swap, parameters and plain locals in list order,
    /// then non-parameter cells; free variables are numbered afterwards by
    /// [`number_free_vars`].
    pub fn number_locals(&mut self) {
        if self.flags & FLAG_VARARGS != 0 && self.num_kwonly_args > 0 {
            // The `*args` parameter trades places with the last keyword-only parameter so
            // that positional and keyword-only parameters occupy the first slots.
            let star = self.num_pos_args as usize;
            let last = star + self.num_kwonly_args as usize;
            if last < self.ids.len() {
                self.ids.swap(star, last);
                self.index
                    .insert(self.ids[star].name.as_bytes(), star as u32);
                self.index
                    .insert(self.ids[last].name.as_bytes(), last as u32);
            }
        }
        let mut n: u16 = 0;
        let is_class = self.kind == ScopeKind::Class;
        for (i, id) in self.ids.iter_mut().enumerate() {
            if is_class && i == 0 && id.name == "__class__" {
                continue;
            }
            if id.is_param || id.kind == IdKind::Local {
                id.local_num = n;
                n += 1;
            }
        }
        for id in self.ids.iter_mut() {
            if !id.is_param && id.kind == IdKind::Cell {
                id.local_num = n;
                n += 1;
            }
        }
        self.num_locals = n;
    }
}

/// Numbers the free variables of `child` in the order of `parent`'s identifier list and
/// shifts the child's other locals up (§6.3 step 4).
pub fn number_free_vars(parent: &Scope<'_>, child: &mut Scope<'_>) {
    let mut order: Vec<usize> = Vec::new();
    for pid in &parent.ids {
        if matches!(pid.kind, IdKind::Cell | IdKind::Free) {
            if let Some(ci) = child.find(&pid.name) {
                if child.ids[ci].kind == IdKind::Free && !order.contains(&ci) {
                    order.push(ci);
                }
            }
        }
    }
    let n = order.len() as u16;
    if n == 0 {
        // A free variable the parent does not have cannot occur; still give it a slot.
        let mut extra = 0u16;
        for id in child.ids.iter_mut() {
            if id.kind == IdKind::Free {
                id.local_num = child.num_locals + extra;
                extra += 1;
            }
        }
        child.num_locals += extra;
        return;
    }
    for id in child.ids.iter_mut() {
        if matches!(id.kind, IdKind::Local | IdKind::Cell) || id.is_param {
            id.local_num += n;
        }
    }
    for (k, &ci) in order.iter().enumerate() {
        child.ids[ci].local_num = k as u16;
    }
    // Free variables the parent did not list (should not happen) go after the others.
    let mut next = child.num_locals + n;
    for (i, id) in child.ids.iter_mut().enumerate() {
        if id.kind == IdKind::Free && !order.contains(&i) {
            id.local_num = next;
            next += 1;
        }
    }
    child.num_locals = next;
    child.num_pos_args += n;
}
