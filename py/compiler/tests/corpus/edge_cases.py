from micropython import const
N = const(10)
M = const(N * 2)
_P = const(1 << 4)
def use_consts():
    return N + M + _P
for i in range(0, 10, x):
    pass
for i in range(N):
    pass
for i in range(-5, -1, -2):
    pass
for i in range(2000000000):
    pass
for i, j in range(3):
    pass
for i in range(*a):
    pass
class C(*bases):
    pass
print(*a, *b)
f(a, *b, c)
if (a if b else c):
    pass
if not 0:
    pass
if not x:
    pass
if a < b < c:
    pass
while not (a or b):
    pass
def gl_del():
    global q
    del q
def cell_del():
    v = 1
    def r():
        return v
    del v
def exc_cell():
    try:
        pass
    except Exception as e:
        return lambda: e
def ret_in_with(xs):
    for x in xs:
        with x:
            return x
    while xs:
        with xs:
            break
def yield_in_finally():
    try:
        x = yield
    finally:
        yield x
@a.b.c
def d1(): pass
class G:
    global gv
    gv = 1
ü = 1
print(ü)
y = 1 if 1 else 2
z = 0 and x
w = 1 or x
v = x or 0 or y
u = not not x
