def g1():
    yield 1
    yield 2
def g2(n):
    for i in range(n):
        yield i * i
def g3():
    x = yield
    while x:
        x = yield x
def g4():
    yield from g1()
    r = yield from g2(3)
    return r
def g5():
    try:
        yield 1
    finally:
        print("f")
def g6():
    with ctx() as c:
        yield c
lam = lambda: (yield)
def g7():
    return (yield)
class It:
    def __iter__(self):
        yield from range(3)
