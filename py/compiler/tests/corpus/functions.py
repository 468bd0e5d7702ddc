def f0():
    pass
def f1(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
def f2(*, k=1):
    return k
def f3(a, *, k):
    return a + k
def f4(*args):
    return args
def f5(**kw):
    return kw
def f6(a=1, b=2):
    return a
def outer(x):
    y = 1
    def inner(z):
        nonlocal y
        y += z
        return x + y
    return inner
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
def deco(fn):
    return fn
@deco
def d1():
    pass
@deco
@mod.deco2(1, k=2)
def d2():
    pass
lam = lambda: 0
lam2 = lambda a, b=1, *c, d, **e: (a, b, c, d, e)
lam3 = lambda x: (yield x)
def gen():
    yield
    yield 1
    x = yield 2
    yield from range(3)
    return x
def closure_in_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3
        return l2
    return l1
f1(1, 2, 3, c=4)
f1(*xs)
f1(1, *xs, **kw)
f1(**kw)
f1(a=1, **kw)
o.m(1, 2, k=3)
o.m(*xs, **kw)
print(*[1, 2], sep="")
g(x for x in y)
