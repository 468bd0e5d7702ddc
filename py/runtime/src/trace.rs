//! What each heap object references, for the collector's mark phase. Always compiled.

use crate::obj::{IterObj, Obj};
use crate::value::Value;

/// The objects that hold no values (their [`children`] are none).
macro_rules! leaf {
    () => {
        Obj::Array(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Int(_)
            | Obj::Float(_)
            | Obj::Complex(..)
            | Obj::Range(_)
            | Obj::Stream(_)
    };
}

/// Calls `f` on each value.
#[inline(never)]
pub fn values(vs: &[Value], f: &mut dyn FnMut(Value)) {
    for &v in vs {
        f(v);
    }
}

/// Calls `f` on each key and value of `d`.
#[inline(never)]
fn entries(d: &crate::obj::dict::Dict, f: &mut dyn FnMut(Value)) {
    for e in d.iter() {
        f(e.key);
        f(e.value);
    }
}

/// Calls `f` on every value `obj` holds.
#[inline(never)]
pub fn children(obj: &Obj, f: &mut dyn FnMut(Value)) {
    match obj {
        Obj::Tuple(t) => values(t, f),
        Obj::List(l) => values(l, f),
        Obj::Dict(d) | Obj::Set(d, _) => entries(d, f),
        Obj::Slice(a, b, c) | Obj::Property(a, b, c) => {
            f(*a);
            f(*b);
            f(*c);
        }
        Obj::Function(fun) => {
            f(fun.globals);
            f(fun.defaults);
            f(fun.kwdefaults);
            f(fun.dict);
            values(&fun.closure, f);
            values(&fun.code.ctx.consts, f);
        }
        Obj::BoundMethod(a, b) | Obj::Super(a, b) => {
            f(*a);
            f(*b);
        }
        Obj::Cell(v) | Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
        Obj::Type(t) => {
            f(t.name);
            values(&t.bases, f);
            values(&t.mro, f);
            entries(&t.dict, f);
        }
        Obj::Instance(i) => {
            f(i.class);
            f(i.base);
            entries(&i.dict, f);
        }
        Obj::Exception(e) => {
            f(e.class);
            f(e.args);
            f(e.cause);
            f(e.context);
            entries(&e.dict, f);
        }
        Obj::Module(m) => {
            f(m.name);
            f(m.globals);
        }
        Obj::Generator(g) => {
            if let Some(fr) = &g.frame {
                fr.trace(f);
            }
        }
        Obj::Iter(it) => match &**it {
            IterObj::Seq { seq, .. } => f(*seq),
            IterObj::Str { s, .. } => f(*s),
            IterObj::Range { .. } => {}
            IterObj::Dict { d, .. } | IterObj::DictView { d, .. } => f(*d),
            IterObj::GetItem { obj, .. } => f(*obj),
            IterObj::Enumerate { it, n } => {
                f(*it);
                f(*n);
            }
            IterObj::Zip { its } => values(its, f),
            IterObj::Map { f: g, its } => {
                f(*g);
                values(its, f);
            }
            IterObj::Filter { f: g, it } => {
                f(*g);
                f(*it);
            }
            IterObj::Reversed { seq, .. } => f(*seq),
            IterObj::Callable { f: g, sentinel } => {
                f(*g);
                f(*sentinel);
            }
        },
        Obj::MemView(b, _, _) => f(*b),
        Obj::Partial(g, a) => {
            f(*g);
            values(a, f);
        }
        leaf!() => {}
    }
}

/// Whether `obj` holds no values (the mark phase need not visit it).
#[inline]
pub fn is_leaf(obj: &Obj) -> bool {
    matches!(obj, leaf!())
}
