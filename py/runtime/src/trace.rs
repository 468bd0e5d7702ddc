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

/// Calls `f` on every value `obj` holds.
pub fn children(obj: &Obj, f: &mut dyn FnMut(Value)) {
    match obj {
        Obj::Tuple(t) => t.iter().for_each(|&v| f(v)),
        Obj::List(l) => l.iter().for_each(|&v| f(v)),
        Obj::Dict(d) | Obj::Set(d, _) => {
            for e in d.iter() {
                f(e.key);
                f(e.value);
            }
        }
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
            fun.closure.iter().for_each(|&v| f(v));
            fun.code.ctx.consts.iter().for_each(|&v| f(v));
        }
        Obj::BoundMethod(a, b) | Obj::Super(a, b) => {
            f(*a);
            f(*b);
        }
        Obj::Cell(v) | Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
        Obj::Type(t) => {
            f(t.name);
            t.bases.iter().for_each(|&v| f(v));
            t.mro.iter().for_each(|&v| f(v));
            for e in t.dict.iter() {
                f(e.key);
                f(e.value);
            }
        }
        Obj::Instance(i) => {
            f(i.class);
            f(i.base);
            for e in i.dict.iter() {
                f(e.key);
                f(e.value);
            }
        }
        Obj::Exception(e) => {
            f(e.class);
            f(e.args);
            f(e.cause);
            f(e.context);
            for x in e.dict.iter() {
                f(x.key);
                f(x.value);
            }
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
            IterObj::Zip { its } => its.iter().for_each(|&v| f(v)),
            IterObj::Map { f: g, its } => {
                f(*g);
                its.iter().for_each(|&v| f(v));
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
            a.iter().for_each(|&v| f(v));
        }
        leaf!() => {}
    }
}

/// Whether `obj` holds no values (the mark phase need not visit it).
#[inline]
pub fn is_leaf(obj: &Obj) -> bool {
    matches!(obj, leaf!())
}
