async def coro(x):
    return x * 2


async def main():
    r = await coro(3)
    async with ctx() as c:
        pass
    async for i in aiter_():
        print(i)
    return r


def ctx():
    pass


def aiter_():
    pass
