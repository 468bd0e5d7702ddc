async def a(x):
    await x
    r = await x.y()
    async with x as y:
        await y
    async with x:
        pass
    async for i in x:
        print(i)
    else:
        print(0)
    async for i in x:
        if i:
            break
        continue
    return r
async def b():
    return 1
async def c():
    async with p as q, r as s:
        return q
