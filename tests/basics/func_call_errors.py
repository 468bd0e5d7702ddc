# Argument-binding errors and unbound locals: MicroPython words these differently from
# CPython (and has no UnboundLocalError), so the expected output comes from MicroPython.
def t(label, f):
    try:
        print(label, "=>", f())
    except Exception as e:
        print(label, "=>", type(e).__name__, e.args if type(e) not in (SyntaxError,) else "")

# nonlocal and closures in comprehensions
def cmp():
    x = 1
    fs = [lambda: x + i for i in range(2)]
    x = 10
    return [f() for f in fs]
t("comp closure", cmp)
def cnt():
    n = 0
    def inc():
        nonlocal n
        n += 1
    [inc() for _ in range(5)]
    return n
t("nonlocal from comp", cnt)
x = "global"
def shadow():
    print_x = x
    return print_x
t("global read", shadow)
def unbound():
    y = x
    x = 1
    return y
t("UnboundLocalError", unbound)
def del_local():
    z = 1
    del z
    return z
t("del local", del_local)
t("isinstance unbound", lambda: issubclass(UnboundLocalError, NameError))
def kw_only(a, *, b=2, c):
    return a, b, c
t("kwonly", lambda: kw_only(1, c=3))
t("kwonly missing", lambda: kw_only(1))
t("too many args", lambda: kw_only(1, 2, 3))
t("dup kw", lambda: (lambda a: a)(1, a=2))
t("unexpected kw", lambda: (lambda a: a)(b=2))
def defaults(a, l=[]):
    l.append(a)
    return l
t("mutable default", lambda: (defaults(1), defaults(2)))
t("lambda defaults", lambda: (lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, k=5))
t("call with dict unpack str keys", lambda: (lambda **k: sorted(k))(**{"z": 1, "a": 2}))
