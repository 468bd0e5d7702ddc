import a.b.c
import a.b as ab
from . import x
from ..m import y as z, w
from os import *
f(1, *xs, k=2, **kw)
o.m(*xs)
f(**kw)
L = [i * 2 for i in xs if i]
D = {k: v for k, v in d}
S = {i for i in xs}
G = (i for i in xs)
lam = lambda q, r=1: q + r
a, *b, c = xs
x[1:2] = y[::2]
del x[0], o.attr, nm
x[i] += 1
o.a -= 1
assert x, "msg"
p = 1 < x < 3
q = x not in y and x is not None
