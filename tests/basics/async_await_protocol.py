class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        for i in range(self.n):
            yield i
        return self.n
async def worker(name, n):
    got = await Sleep(n)
    print(name, 'slept', got)
    return name.upper()
async def main():
    r1 = await worker('a', 2)
    r2 = await worker('b', 1)
    return [r1, r2]
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print('result', e.value)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= 3:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACtx:
    async def __aenter__(self): print('enter'); return 'ctx'
    async def __aexit__(self, *a): print('exit'); return False
async def use():
    async with ACtx() as v:
        print('in', v)
    async for x in AIter():
        print('item', x)
c = use()
try:
    c.send(None)
except StopIteration:
    print('done')
