if a:
    x
elif b:
    y
a = b = c = 1
a, b = 1, 2
a, b = c, d
if None:
    z
1.5
b"x"
(1, 2)
x: int = 5
y: int
d = {1: 2, 'a': b}
def f(x):
    return x if x else -x
t = (1, (2, 3), 'aa')
u = not 1
v = 0 or x
v2 = 1 and x
async def co(a):
    async for i in a:
        break
    else:
        pass
