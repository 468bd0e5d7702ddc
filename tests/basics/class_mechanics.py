def t(label, f):
    try:
        print(label, "=>", f())
    except Exception as e:
        print(label, "=>", type(e).__name__)
T = type("T", (object,), {"x": 5, "m": lambda self: self.x * 2})
t("type 3 args", lambda: (T().m(), T.__name__, T.x))
T2 = type("T2", (T,), {})
t("type 3 args inherit", lambda: (T2().m(), issubclass(T2, T)))
class Base:
    def __eq__(self, o): return True
class Base2:
    def __hash__(self): return 7
class Der2(Base2):
    def __eq__(self, o): return False
class A:
    def f(self):
        def inner():
            return super(A, self).__repr__()[:9]
        return inner()
class NI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
t("both NotImplemented eq", lambda: NI() == NI())
t("both NotImplemented lt", lambda: NI() < NI())
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return "right wins"
t("radd fallback", lambda: Left() + Right())
class Sub(int):
    def __radd__(self, o): return "sub radd"
t("subclass reflected priority", lambda: 1 + Sub(2))
def deco(cls):
    cls.added = True
    return cls
@deco
class Decorated:
    pass
t("class decorator", lambda: Decorated.added)
class WithClassVar:
    items = []
    def add(self, x):
        self.items = self.items + [x]
w1 = WithClassVar(); w1.add(1)
t("instance shadows class", lambda: (w1.items, WithClassVar.items))
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
class PropSub(Prop):
    @Prop.v.setter
    def v(self, val): self._v = val * 10
def propsub():
    p = PropSub(); p.v = 2; return p.v
t("property setter in subclass", propsub)
class Cnt:
    count = 0
    def __init__(self):
        type(self).count += 1
class CntSub(Cnt): pass
def cnt():
    Cnt(); CntSub(); CntSub()
    return Cnt.count, CntSub.count
t("type(self) class attr", cnt)
class Abstract:
    def area(self): raise NotImplementedError("subclass must implement")
t("NotImplementedError", lambda: Abstract().area())
class Str2:
    def __repr__(self): return "R"
t("str falls back to repr", lambda: (str(Str2()), "%s" % Str2(), f"{Str2()}", [Str2()]))
class Fmt:
    def __format__(self, spec): return "F(" + spec + ")"
t("format builtin", lambda: (format(Fmt(), "x"), "{:>5}".format(Fmt()), f"{Fmt():q}"))
class GetItemSlice:
    def __getitem__(self, k): return k
t("getitem slice obj", lambda: (GetItemSlice()[1:2], GetItemSlice()[::3], GetItemSlice()[1, 2], GetItemSlice()[...]))
class Attrs:
    pass
a = Attrs()
a.x = 1
t("vars/dict", lambda: (vars(a), a.__dict__))
t("getattr default method", lambda: getattr(a, "nope", lambda: "d")())
t("class attr via instance dict", lambda: "x" in Attrs.__dict__)
class Init:
    def __init__(self): return 5
t("init returns non-None", lambda: Init())
class Iter2:
    def __iter__(self): return 5
t("iter returns non-iterator", lambda: list(Iter2()))
class Enter:
    def __enter__(self): return 1
t("isinstance non-class", lambda: isinstance(1, 1))
t("issubclass non-class", lambda: issubclass(1, int))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "O%d" % self.v
t("sort objs only lt", lambda: sorted([Ord(3), Ord(1), Ord(2)]))
t("max objs only lt", lambda: (max([Ord(3), Ord(1), Ord(5)]), min([Ord(3), Ord(1), Ord(5)])))
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
def inplace():
    n = Num(1); n += 5; n -= 2; n *= 3
    return n.v
t("inplace ops", inplace)
l = [Num(1)]
def inplace_item():
    l[0] += 4
    return l[0].v
t("inplace on item", inplace_item)
class HasAttrCls:
    x = 1
o = HasAttrCls()
o.x += 1
t("augassign attr copies", lambda: (o.x, HasAttrCls.x))
