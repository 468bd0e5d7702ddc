# Instantiating user classes: __init__ forms, attribute counts, classes changed after use.


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


ps = [P(i) for i in range(5)]
print([(p.x, p.y) for p in ps], P(1, 3).y)


# Instances that come to hold more attributes than the first ones did.
class Grow:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


gs = [Grow(n) for n in (0, 1, 3, 9, 12, 2)]
print([len(g.__dict__) for g in gs], gs[3].a8, gs[4].a11)


class Many:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5
        self.f = 6
        self.g = 7
        self.h = 8
        self.i = 9
        self.j = 10


for _ in range(3):
    m = Many()
print(sorted(m.__dict__.items()))
m.a = 100
m.k = 11
print(m.a, m.k, m.j)


# Wrong argument counts raise TypeError.
for args in ((), (1, 2, 3)):
    try:
        P(*args)
    except TypeError:
        print("TypeError", len(args))

# __init__ must return None.
class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError", e)


# A __new__ added after instances were made is used from then on.
class Late:
    def __init__(self, v):
        self.v = v


print([Late(i).v for i in range(3)])


def new(cls, v):
    o = object.__new__(cls)
    o.made = "by new"
    return o


Late.__new__ = new
l = Late(7)
print(l.v, l.made)


# An __init__ replaced after use.
class Swap:
    def __init__(self):
        self.k = 1


print(Swap().k)


def other_init(self):
    self.k = 2


Swap.__init__ = other_init
print(Swap().k)


# Inherited __init__, super() chains, a base's __init__ found after the class's own methods.
class Base:
    def __init__(self, a):
        self.a = a


class Child(Base):
    def m(self):
        return self.a * 2


class Child2(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


print(Child(4).m(), Child2(1, 2).b, Child2(5, 6).a)


# Classes without __init__, generator __init__, keyword arguments, *args.
class Empty:
    pass


e = Empty()
e.z = 3
print(e.z)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError", e)


class KW:
    def __init__(self, a, *rest, b=0, **kw):
        self.t = (a, rest, b, sorted(kw))


print(KW(1).t, KW(1, 2, 3, b=4, c=5).t)


# Subclasses of builtins and of exceptions still construct their base.
class L(list):
    def __init__(self, it):
        super().__init__(it)
        self.tag = "l"


class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.code = 4


print(L((1, 2)), L([3]).tag, E("x").args, E("y").code)


# Deep recursion through __init__ is a RuntimeError, not a crash.
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1) if n < 100000 else None


try:
    Deep(0)
except RuntimeError as e:
    print("RuntimeError")

# Attributes set before and after __init__ on the same instance.
p = P(1)
p.extra = [1]
p.x = 9
print(p.x, p.y, p.extra, sorted(p.__dict__))
