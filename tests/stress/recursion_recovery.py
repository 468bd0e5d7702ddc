# deep recursion fails with RuntimeError (RecursionError in CPython, a subclass);
# the program recovers and recursion works again afterwards
import sys


def depth(n):
    return depth(n + 1) + 1


def try_it(label, f):
    try:
        f()
        print(label, "returned")
    except RuntimeError:
        print(label, "RuntimeError")


try_it("direct", lambda: depth(0))


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try_it("mutual", lambda: ping(0))


class Node:
    def __init__(self):
        self.child = self

    def size(self):
        return 1 + self.child.size()


try_it("method", lambda: Node().size())


class Attr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)


try_it("getattr", lambda: Attr().foo)


def gen_rec(n):
    yield from gen_rec(n + 1)


try_it("yield from", lambda: list(gen_rec(0)))


# after all that, moderate recursion still works
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(30))


def sum_nested(x):
    if isinstance(x, list):
        return sum(sum_nested(i) for i in x)
    return x


nest = 1
for i in range(40):
    nest = [nest, i]
print(sum_nested(nest))


# catching it deep inside and continuing
def guarded(n):
    try:
        return guarded(n + 1)
    except RuntimeError:
        return n


print(guarded(0) > 10)
print("done", "sys" in dir())
