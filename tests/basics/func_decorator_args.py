def repeat(n):
    def deco(f):
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(n)]

        return wrapper

    return deco


@repeat(3)
def greet(name, punct="!"):
    return "hi " + name + punct


print(greet("bo"))
print(greet("al", punct="?"))


def tag(name, **attrs):
    def deco(f):
        def wrapper(*a):
            extra = "".join(' %s="%s"' % (k, attrs[k]) for k in sorted(attrs))
            return "<%s%s>%s</%s>" % (name, extra, f(*a), name)

        return wrapper

    return deco


@tag("b")
@tag("a", href="/x", cls="link")
def text(s):
    return s.upper()


print(text("go"))


# decorator registry
registry = {}


def register(key):
    def deco(f):
        registry[key] = f
        return f

    return deco


@register("add")
def add(a, b):
    return a + b


@register("mul")
def mul(a, b):
    return a * b


for k in sorted(registry):
    print(k, registry[k](6, 7))


# decorator that counts calls, with state on the wrapper
def counted(f):
    calls = [0]

    def w(*a, **k):
        calls[0] += 1
        return f(*a, **k)

    return w, calls


def noop():
    pass


noop, ncalls = counted(noop)
for _ in range(4):
    noop()
print(ncalls[0])


# class-based decorator with arguments
class Validate:
    def __init__(self, *types):
        self.types = types

    def __call__(self, f):
        def w(*args):
            for a, t in zip(args, self.types):
                if not isinstance(a, t):
                    raise TypeError("bad arg %r" % (a,))
            return f(*args)

        return w


@Validate(int, str)
def label(n, s):
    return s * n


print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print("TypeError:", e)


# decorators evaluated bottom-up, applied in order
order = []


def trace(name):
    order.append("make " + name)

    def d(f):
        order.append("apply " + name)
        return f

    return d


@trace("outer")
@trace("inner")
def target():
    pass


print(order)


# decorating methods
def logged(f):
    def w(self, *a):
        r = f(self, *a)
        print("call", f.__name__, a, "->", r)
        return r

    return w


class Calc:
    @logged
    def square(self, x):
        return x * x


Calc().square(7)
