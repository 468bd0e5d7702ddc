g = 0
def f1():
    global g
    g = 1
    x = 1
    def f2():
        nonlocal x
        x = 2
        def f3():
            return x + g
        return f3
    return f2
@dec
@dec2(1)
class C(B, metaclass=M):
    attr = 1
async def co(a):
    await a
    async with a as b:
        pass
    async for i in a:
        pass
def gen():
    r = yield from other()
    raise ValueError from r
s = f"a{g}b{g!r:>10}"
try:
    pass
except (A, B):
    raise
else:
    g = 2
