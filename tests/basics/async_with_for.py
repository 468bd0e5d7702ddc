class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'res'
    async def __aexit__(self, *a):
        print('aexit')
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= 3:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with ACM() as r:
        print('inside', r)
    async for v in AIter():
        print('item', v)
    return 'ok'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('end', e.args[0] if e.args else None)
