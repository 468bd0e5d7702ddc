# Exceptions raised inside special methods propagate out of the builtins that call them.
# MicroPython words some messages differently and lets AttributeError from a property
# escape without trying __getattr__, so the expected output comes from MicroPython.
def t(label, f):
    try:
        print(label, "=>", f())
    except Exception as e:
        print(label, "=>", type(e).__name__, e.args)
class BadEq:
    def __eq__(self, o): raise ValueError("eq")
    def __hash__(self): return 1
t("eq raises in index", lambda: [1, BadEq()].index(2))
t("eq raises in in", lambda: BadEq() in [1])
t("eq raises in dict", lambda: {BadEq(): 1}[BadEq()])
class BadHash:
    def __hash__(self): raise KeyError("hash")
t("hash raises in set", lambda: {BadHash()})
class BadLen:
    def __len__(self): raise IndexError("len")
t("len raises", lambda: len(BadLen()))
t("len raises in bool", lambda: bool(BadLen()))
class BadIter:
    def __iter__(self): raise TypeError("iter")
t("iter raises in list", lambda: list(BadIter()))
t("iter raises in for", lambda: [x for x in BadIter()])
t("iter raises in unpack", lambda: exec("a, b = BadIter()", {"BadIter": BadIter}))
class BadRepr:
    def __repr__(self): raise RuntimeError("repr")
t("repr raises in list repr", lambda: repr([1, BadRepr()]))
t("repr raises in format", lambda: "%r" % (BadRepr(),))
t("repr raises in fstring", lambda: f"{BadRepr()!r}")
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3: raise ArithmeticError("cmp")
        return self.v < o.v
def sort_raises():
    l = [Cmp(v) for v in [5, 1, 3, 4, 2]]
    try:
        l.sort()
    except ArithmeticError:
        pass
    return sorted(c.v for c in l)
t("sort raises keeps permutation", sort_raises)
class BadGetitem:
    def __getitem__(self, i):
        if i == 2: raise ZeroDivisionError("gi")
        return i
t("getitem raises in iteration", lambda: list(BadGetitem()))
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise LookupError("next")
t("next raises in sum", lambda: sum(BadNext()))
t("next raises in zip", lambda: list(zip([1], BadNext())))
t("next raises in dict()", lambda: dict(BadNext()))
class BadBool:
    def __bool__(self): raise OSError("bool")
t("bool raises in if", lambda: 1 if BadBool() else 2)
t("bool raises in not", lambda: not BadBool())
t("bool raises in filter", lambda: list(filter(lambda x: BadBool(), [1])))
t("bool raises in all", lambda: all([BadBool()]))
class BadInit:
    def __init__(self): raise ValueError("init")
t("init raises", lambda: BadInit())
class BadEnter:
    def __enter__(self): raise KeyError("enter")
    def __exit__(self, *a): print("exit should not run"); return True
t("enter raises", lambda: exec("with BadEnter(): print('body')", {"BadEnter": BadEnter}))
class BadExitArgs:
    def __enter__(self): return self
    def __exit__(self, a, b, c): raise IndexError("exit")
t("exit raises no exc", lambda: exec("with BadExitArgs(): pass", {"BadExitArgs": BadExitArgs}))
class BadGetattr:
    def __getattr__(self, n): raise KeyError(n)
t("getattr raises non-AttributeError", lambda: BadGetattr().x)
t("hasattr with raising getattr", lambda: hasattr(BadGetattr(), "x"))
class AttrErrGetattr:
    def __getattr__(self, n): raise AttributeError(n)
t("hasattr AttributeError", lambda: hasattr(AttrErrGetattr(), "x"))
t("getattr default with AttributeError", lambda: getattr(AttrErrGetattr(), "x", "dflt"))
class BadProp:
    @property
    def p(self): raise AttributeError("inside prop")
    def __getattr__(self, n): return "fallback " + n
t("property AttributeError falls back to __getattr__", lambda: BadProp().p)
class BadStr:
    def __str__(self): raise ValueError("str")
t("print raises", lambda: print(BadStr()))
t("str.join raises", lambda: "".join([BadStr()]))
