def t(label, f):
    try:
        print(label, "=>", f())
    except Exception as e:
        print(label, "=>", type(e).__name__, e.args if type(e) not in (SyntaxError,) else "")

def g1():
    try:
        yield 1
    finally:
        return 5
def drive(g):
    out = []
    for x in g: out.append(x)
    return out
t("finally return in gen", lambda: drive(g1()))
def g2():
    x = yield
    while True:
        x = yield x * 2
gg = g2(); next(gg)
t("send loop", lambda: [gg.send(i) for i in range(4)])
def g3():
    yield 1
    return 2
def g4():
    r = yield from g3()
    r2 = yield from g3()
    return r + r2
def runret(g):
    try:
        while True: next(g)
    except StopIteration as e:
        return e.value
t("yield from returns", lambda: runret(g4()))
t("genexpr scope", lambda: [list(x for x in range(i)) for i in range(3)])
t("gen close status", lambda: (lambda g: (next(g), g.close(), list(g)))(iter(g1())))
def gen_with():
    class CM:
        def __enter__(s): print("enter"); return s
        def __exit__(s, *a): print("exit", a[0] is None or a[0].__name__)
    with CM():
        yield 1
        yield 2
def partial():
    g = gen_with()
    next(g)
    g.close()
    return "closed"
t("with in gen closed", partial)
def ex_in_gen():
    try:
        yield 1
    except Exception as e:
        yield "caught " + type(e).__name__
g = ex_in_gen(); next(g)
t("throw instance", lambda: g.throw(KeyError("x")))
t("throw type+value", lambda: ex_in_gen().throw(ValueError))
def yield_in_expr():
    a = (yield 1) + (yield 2)
    yield a
g = yield_in_expr()
t("yield expr", lambda: (next(g), g.send(10), g.send(20)))
t("generator in zip", lambda: list(zip((i for i in range(3)), (c for c in "abcd"))))
t("gen attr", lambda: type((x for x in [])).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def takewhile(p, it):
    for x in it:
        if not p(x): return
        yield x
t("takewhile fib", lambda: list(takewhile(lambda x: x < 100, fib())))
t("reentrant gen", lambda: (lambda g: [next(g) for _ in range(3)])(fib()))
def self_next():
    g = None
    def body():
        yield next(g)
    g = body()
    return next(g)
t("gen already executing", self_next)
