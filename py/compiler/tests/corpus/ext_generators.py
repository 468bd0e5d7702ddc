def gen(n):
    for i in range(n):
        yield i * i


def gen2():
    x = yield 1
    print("got", x)
    yield from gen(3)
    return 5


print(list(gen(5)))
g = gen2()
print(next(g), g.send("hi"), list(g))
print(sum(x for x in range(10) if x % 2))
print(list((a, b) for a in range(3) for b in range(a)))
