async def add(a, b):
    return a + b
async def main():
    r = await add(1, 2)
    print('result', r)
    return r * 10
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('finished', e.args[0] if e.args else None)
class Awaitable:
    def __await__(self):
        v = yield 'suspended'
        return v
    __iter__ = __await__
async def uses():
    x = await Awaitable()
    print('resumed with', x)
    return 'done'
co = uses()
print(co.send(None))
try:
    co.send(42)
except StopIteration as e:
    print(e.args[0] if e.args else None)
