def t(label, f):
    try:
        print(label, "=>", f())
    except Exception as e:
        print(label, "=>", type(e).__name__)

class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, n):
        return "dyn_" + n
t("getattr fallback", lambda: (G().real, G().missing))

class S:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 10 if isinstance(v, int) else v)
def sfn():
    s = S(); s.a = 2; s.b = "x"; return (s.a, s.b)
t("setattr override", sfn)

class N:
    def __new__(cls, *a):
        o = object.__new__(cls)
        o.made = a
        return o
    def __init__(self, *a):
        self.inited = True
t("__new__", lambda: (N(1, 2).made, N().inited))

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
t("singleton", lambda: Singleton() is Singleton())

class MyList(list):
    def sum(self): return sum(self)
    def __repr__(self): return "MyList(%d items)" % len(self)
ml = MyList([1, 2])
ml.append(3)
t("list subclass", lambda: (ml.sum(), repr(ml), len(ml), ml[1:], type(ml + [4]).__name__))

class MyDict(dict):
    def __missing__(self, k):
        return k * 2
t("dict __missing__", lambda: (MyDict(a=1)["a"], MyDict()["zz"]))

class MyStr(str):
    def shout(self): return self.upper() + "!"
t("str subclass", lambda: (MyStr("hi").shout(), MyStr("ab") + "c", isinstance(MyStr("x"), str), len(MyStr("abc"))))

class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 1000)
t("int subclass", lambda: (MyInt(5) + 1, MyInt(3) * 2, MyInt(7) == 7, str(MyInt(9))))

class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
t("exc init", lambda: (E(1, 2).args, E(1, 2).b, str(E("m", 0))))

class Cls:
    x = 1
    def show(self): return self.__class__.__name__, type(self).x
class Sub(Cls):
    x = 2
t("__class__", lambda: (Sub().show(), Cls().show()))

class P:
    @classmethod
    def create(cls): return cls.__name__
class Q(P):
    @classmethod
    def create(cls): return "Q+" + super().create()
t("super in classmethod", lambda: Q.create())

class WithStatic:
    @staticmethod
    def s(): return __class__.__name__ if False else "s"
t("staticmethod", lambda: WithStatic.s())


class CA:
    n = []
a1, a2 = CA(), CA()
a1.n.append(1)
t("shared class attr", lambda: (a2.n, CA.n))
class Call:
    def __call__(self, *a, **k): return (a, sorted(k.items()))
t("call kw", lambda: Call()(1, x=2))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
t("iter proto", lambda: (list(It()), sum(It()), 2 in It(), dict(zip(It(), "abc"))))
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
t("reversed proto", lambda: list(reversed(Rev())))
class F:
    def __float__(self): return 1.5
    def __int__(self): return 7
t("float/int conv", lambda: (float(F()), int(F())))
class Neg:
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
t("unary", lambda: (-Neg(), ~Neg(), +Neg()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
t("eq with int", lambda: (Cmp(1) == 1, 1 == Cmp(1), Cmp(1) != 2, [Cmp(1)].count(1), 1 in [Cmp(1)]))
class R:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rmul__(self, o): return "rmul"
    def __rtruediv__(self, o): return "rdiv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rlshift__(self, o): return "rlshift"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
t("reflected", lambda: (1 + R(), 1 - R(), 2 * R(), 1 / R(), 1 // R(), 1 % R(), 1 << R(), 1 & R(), 1 | R(), 1 ^ R(), "s" + R(), [1] * R()))
class Contains:
    def __contains__(self, x): return x == 3
t("contains", lambda: (3 in Contains(), 4 in Contains(), 4 not in Contains()))
class Bool:
    def __bool__(self): return False
t("bool", lambda: (bool(Bool()), not Bool(), 1 if Bool() else 2, Bool() or "x", Bool() and "x" if False else 0))
