@a.b(c)
@d
async def f(a, b: int = 3, *c, d, e=4, **f) -> None:
    async with a as (b, c), d as e[1]:
        await x
    async for i in y:
        yield i
    return [i async for i in y if await i]
x = lambda a, b=1, *c, d, e=2, **f: (a, b)
x = lambda *a: 0
x = lambda *, a: 0
class C(A, B, *m, metaclass=M, **kw):
    """doc"""
    def m(self): return super().m()
a[1:2, 3], a[::], a[:, None], a[...], a[1:2:3], a[b:=1] if 0 else 0
x, = y
[x] = y
(x) = y
(x, y), z = 1, 2
x = *a, *b
for x, in y: pass
for (x, y) in z: pass
del (a, b), [c], d.e
del (a)
print(a, *b, c=1, **d)
f(**a, b=1)
f(*a, b, *c)
x = not a == b
x = a if b else c if d else e
x = -1 ** 2 ** -3
x = a or b and not c or d
x = (a for b in c if d if e for f in g)
x = [(a, b) for a in b for b in a]
x = {a: b for a, b in c}
x = {**a, **b}
x = {a, b, *c}
x = a < b > c == d >= e <= f != g in h not in i is j is not k
x = ~a + -b - +c * d / e // f % g @ h << i >> j & k ^ l | m
x = a.b.c[d](e)(f)[g].h
x = 'a' 'b' \
    'c'
global gg
if x: y = 1; z = 2;
while 1: break
else: pass
try: pass
except (A, B) as e: pass
except C: pass
else: pass
finally: pass
import a.b.c, d as e
from .a import b
from .. import c as d
from ...a.b import (c, d,)
from .... import x
assert x
assert x, y
raise
raise E
raise E from F
x: int
x.y: int = 1
(z): int = 2
x[0]: list = []
x = yield
x += yield a, b
def g():
    x = yield from y
    nonlocal q
    return *a, b
with a, b as c: pass
x = (
   1 +
   2
)
x = [
    f(
        a
    ) for a in b
]
if (n := 10) > 5: pass
print(f(x for x in y))
print(f(
  x for x in y))
x = ()
x = (1,)
x = []
x = {}
x = ...
x = None, True, False
