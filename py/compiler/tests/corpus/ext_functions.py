def f0():
    pass


def f1(a):
    return a


def f2(a, b=10, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


def f3(*, key=None):
    return key


def f4(x, y, z):
    return x + y + z


print(f0(), f1(1), f2(1, c=3), f2(1, 2, 3, 4, c=5, e=6), f3(key=1), f4(1, 2, 3))
args = (1, 2)
kw = {"c": 3}
print(f2(*args, **kw), f2(0, *args, c=1, **kw) if False else None)
lam = lambda x, y=2: x * y
print(lam(3), (lambda: 7)())
