# Generators consumed by for loops and by all/any/sum/min/max: values, early exits,
# exceptions in either direction, re-entry and closing from the loop body.


def count(n):
    for i in range(n):
        yield i
    return "done"


print([x for x in count(5)])
total = 0
for x in count(10):
    if x == 7:
        break
    if x % 2:
        continue
    total += x
print(total)

# nested generators and yield from
def pairs(n):
    for i in count(n):
        for j in count(i):
            yield (i, j)


def chain(*gs):
    for g in gs:
        r = yield from g
        yield ("returned", r)


print(list(pairs(4)))
for v in chain(count(2), count(3)):
    print(v)

# an exception raised inside the generator reaches the loop's caller with its traceback
def failing(n):
    for i in range(n):
        if i == 2:
            raise ValueError("at %d" % i)
        yield i


try:
    for x in failing(5):
        print("got", x)
except ValueError as e:
    print("caught", e)

# StopIteration escaping a generator is a RuntimeError
def leaky():
    yield 1
    raise StopIteration


try:
    for x in leaky():
        print("leaky", x)
except RuntimeError as e:
    print("RuntimeError", e)

# the loop body advances or closes the generator
g = count(10)
for x in g:
    print("body", x, next(g))
    if x > 4:
        g.close()
print(list(g))

# a generator that asks for itself while running
def selfish():
    yield 1
    yield next(me)


me = selfish()
try:
    for x in me:
        print("selfish", x)
except ValueError as e:
    print("ValueError", e)

# finally blocks and exceptions handled inside the generator
def guarded():
    try:
        yield 1
        try:
            yield 2
            raise KeyError("k")
        except KeyError as e:
            yield "handled %r" % (e,)
        yield 3
    finally:
        print("finally")


for x in guarded():
    print(x)
g = guarded()
for x in g:
    print("first", x)
    break
g.close()

# the reducing builtins
print(all(x < 5 for x in range(5)), all(x < 3 for x in range(5)), all(x for x in ()))
print(any(x > 3 for x in range(5)), any(x > 9 for x in range(5)), any(x for x in ()))
print(sum(x for x in range(100)), sum((x for x in range(4)), 10), sum(x / 2 for x in range(5)))
print(sum(([x] for x in range(3)), []))
print(min(x * x - 4 * x for x in range(10)), max(-abs(x - 3) for x in range(10)))
print(min((len(s), s) for s in ["ccc", "a", "bb", "b"]))
print(max(x for x in [2, 7, 7.0, 1]), min(x for x in [3, 1, 1.0, 2]))

# short-circuit leaves the generator suspended where it stopped
g = count(10)
print(any(x == 3 for x in g), next(g))

def seen(n, log):
    for i in range(n):
        log.append(i)
        yield i


log = []
print(all(x < 2 for x in seen(6, log)), log)

try:
    min(x for x in [])
except ValueError:
    print("ValueError")
try:
    max(x for x in [1, "a"])
except TypeError:
    print("TypeError")
try:
    sum(x for x in [1, "a"])
except TypeError:
    print("TypeError")


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise OSError("no truth")
        return self.v


print(all(Truth(v) for v in [True, True]), any(Truth(v) for v in [False, True]))
try:
    all(Truth(v) for v in [True, None])
except OSError as e:
    print("OSError", e)


# __bool__ that exhausts the generator being consumed
class Drain:
    def __bool__(self):
        for _ in gen:
            pass
        return True


gen = (Drain() for _ in range(5))
print(all(gen))

# nested reducers and recursion through generators
def depth(n):
    if n == 0:
        yield 0
        return
    yield 1 + max(depth(n - 1))


print(max(depth(50)))
print(sum(sum(x for x in range(i)) for i in range(20)))
print(min(max(x for x in range(i, i + 3)) for i in range(5)))

# key and default still work (the general path)
print(min((x for x in ["aa", "b", "ccc"]), key=len), max((x for x in []), default=-1))

# a generator created but never started, and one already finished
g = count(3)
print(sum(g), sum(g), list(g))
