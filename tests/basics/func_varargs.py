def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, *rest, **kw):
    return a, rest, sorted(kw.items())
print(g(1), g(1, 2, 3), g(1, x=1, y=2), g(*[1, 2], **{'z': 3}))
def h(**kw):
    return kw
print(h(), h(a=1))
args = (1, 2)
print(f(*args, *args), f(0, *args))
def k(a, b, c):
    return a - b - c
print(k(*[10, 1], 2), k(10, **{'c': 1, 'b': 2}))
