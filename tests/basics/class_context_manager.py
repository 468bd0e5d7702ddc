class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return False


log = []
with Resource("a", log) as r:
    log.append("body " + r.name)
print(log)

log = []
try:
    with Resource("a", log), Resource("b", log):
        log.append("body")
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + type(e).__name__ + " " + str(e.args))
print(log)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__)
            return True
        return False


with Suppress(ValueError, TypeError) as s:
    print("s is", s)
    int("xyz")
print("after 1")

try:
    with Suppress(ValueError):
        [][1]
except IndexError:
    print("IndexError passed through")


# return inside with still runs __exit__
def f(log):
    with Resource("r", log):
        return "returned"


log = []
print(f(log), log)


# break and continue inside with
log = []
for i in range(3):
    with Resource(str(i), log):
        if i == 0:
            continue
        if i == 2:
            break
        log.append("body%d" % i)
print(log)


# exception raised in __exit__ replaces the original
class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with Bad():
        raise ValueError("orig")
except Exception as e:
    print(type(e).__name__, e)


# __enter__ return value and nested with
class Counter:
    n = 0

    def __enter__(self):
        Counter.n += 1
        return Counter.n

    def __exit__(self, *a):
        Counter.n -= 1


with Counter() as a:
    with Counter() as b:
        print(a, b, Counter.n)
print(Counter.n)
