# Unbounded recursion of every kind ends in RuntimeError (CPython: RecursionError, a
# subclass), never in a crash of the interpreter.
def check(name, fn):
    try:
        fn()
        print(name, "no error")
    except RuntimeError:
        print(name, "RuntimeError")

def plain(n):
    return plain(n + 1)
check("plain", lambda: plain(0))

def via_key(n):
    return sorted([n], key=lambda x: via_key(x + 1))
check("native key", lambda: via_key(0))

class R:
    def __repr__(self):
        return repr(R())
check("repr", lambda: repr(R()))

class E:
    def __eq__(self, o):
        return self == o
check("eq", lambda: E() == E())

def nested_lists(n):
    x = []
    for i in range(n):
        x = [x]
    return x
a = nested_lists(3000)
b = nested_lists(3000)
check("deep ==", lambda: a == b)
check("deep repr", lambda: repr(a))
del a, b
print("alive")
