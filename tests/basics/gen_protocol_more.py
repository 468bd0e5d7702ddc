def accumulator():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("reset because", e)
            total = 0
            continue
        if v is None:
            break
        total += v
    return "final %d" % total


g = accumulator()
print(next(g))
print(g.send(5), g.send(10))
print(g.throw(ValueError("bad")))
print(g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    next(g)
except StopIteration as e:
    print("stopped again", e.value)


# send on a just-started generator must be None
def simple():
    yield 1


g = simple()
try:
    g.send(1)
except TypeError:
    print("TypeError: can't send non-None")


# close runs finally; close on finished generator is fine
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = with_cleanup()
print(next(g))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("closed gen is exhausted")


# throw into a generator that doesn't catch: propagates
def gen2():
    yield 1
    yield 2


g = gen2()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e.args)


# throw into a not-yet-started generator
g = gen2()
try:
    g.throw(IndexError)
except IndexError:
    print("IndexError from fresh gen")


# generator returning value through yield from
def inner():
    x = yield "i1"
    y = yield "i2:%s" % x
    return (x, y)


def outer():
    r = yield from inner()
    yield "inner returned %r" % (r,)


g = outer()
print(next(g), g.send("A"), g.send("B"))


# yield from forwards throw into the inner generator
def inner2():
    try:
        yield "a"
    except RuntimeError:
        yield "inner caught"


def outer2():
    yield from inner2()
    yield "outer continues"


g = outer2()
print(next(g), g.throw(RuntimeError), next(g))


# yield from a list and a range
def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], range(3, 5), "ab", (9,))))


# infinite generator stopped manually
def naturals():
    n = 0
    while True:
        yield n
        n += 1


out = []
for n in naturals():
    if n * n > 50:
        break
    if n % 2:
        out.append(n)
print(out)


def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]


print(take(5, (x * 3 for x in naturals())))


# generator state attributes: running to completion
def count3():
    yield from range(3)


g = count3()
print(list(g), list(g))
