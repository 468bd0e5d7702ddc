# Arithmetic operators on instances of user classes: the forward method, NotImplemented and
# the reflected method, inheritance, errors raised inside, recursion, and what the operator
# returns when the method is not a plain function.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __truediv__(self, o):
        raise ValueError("no division " + str(o))

    def __floordiv__(self, o):
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % self.x


class W:
    def __radd__(self, o):
        return "W.radd " + repr(o)

    def __rfloordiv__(self, o):
        return "W.rfloordiv " + repr(o)


class Sub(V):
    pass


a, b = V(3), V(4)
print(a + b, a - b, a * 5, (a + b) * 2 - a)
print(a + W())
print(a // W())
print(Sub(1) + Sub(2), Sub(5) - V(1), type(Sub(1) + Sub(2)).__name__)
for expr in ("a + 1", "a // b", "a / b", "a % b", "1 - a"):
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__)


# A deep chain of operator calls, and one that recurses without end.
class N:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return N(self.n - 1) + o


print(N(200) + 7)


class Loop:
    def __add__(self, o):
        return self + o


try:
    Loop() + 1
except RuntimeError as e:
    print("RuntimeError", e)


# Methods that are not plain functions: defaults, *args, closures, generators, builtins.
def make():
    k = 10

    class C:
        def __add__(self, o, extra=1):
            return o + extra

        def __sub__(self, *args):
            return args

        def __mul__(self, o):
            return o * k

        def __mod__(self, o):
            yield o

        __pow__ = max

    return C()


c = make()
print(c + 1, c - 2, c * 3, list(c % 4))
try:
    print(c**5)
except TypeError as e:
    print("TypeError")


# The operands stay alive while the method runs (a collection in between).
import gc


class G:
    def __init__(self, items):
        self.items = items

    def __add__(self, o):
        gc.collect()
        return G(self.items + o.items)


total = G([])
for i in range(50):
    total = total + G([i] * 3)
print(len(total.items), sum(total.items))


# NotImplemented from the forward method: the reflected one runs while the operands are
# still alive, even when it drops its own reference and collects.
class A:
    def __add__(self, o):
        return NotImplemented


class B:
    def __radd__(self, o):
        del o
        gc.collect()
        junk = [[i] for i in range(100)]
        return "B.radd " + str(len(junk))


for i in range(3):
    print(A() + B())
