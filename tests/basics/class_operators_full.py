class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return "%s$%d.%02d" % (sign, c // 100, c % 100)

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        return Money(self.cents - o.cents)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __floordiv__(self, k):
        return Money(self.cents // k)

    def __mod__(self, k):
        return Money(self.cents % k)

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents))

    def __eq__(self, o):
        return isinstance(o, Money) and o.cents == self.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __iadd__(self, o):
        self.cents += o.cents
        return self


a = Money(1050)
b = Money(275)
print(a + b, a - b, b - a, a * 3, 3 * a)
print(a / 4, a // 4, a % 100, -a, +a, abs(-a))
print(sum([a, b, Money(5)]))
print(5 + a, a + 5)
acc = Money(0)
alias = acc
acc += a
print(acc, alias, acc is alias)
print(a == Money(1050), a != b, b < a)
try:
    a * 1.5
except TypeError:
    print("TypeError mul float")
try:
    "x" + a
except TypeError:
    print("TypeError radd str")


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __invert__(self):
        return Bits(~self.v & 0xFF)

    def __lshift__(self, n):
        return Bits((self.v << n) & 0xFF)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __rpow__(self, base):
        return base ** self.v

    def __pow__(self, e, mod=None):
        return Bits(pow(self.v, e, mod) if mod else self.v ** e)

    def __repr__(self):
        return "0b{:08b}".format(self.v)


x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, ~x, x << 4, x >> 2)
print(2 ** Bits(5), Bits(3) ** 2, pow(Bits(3), 4))


# in-place operator falls back to binary operator when __iadd__ is missing
class Acc:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Acc(self.v + o)


q = Acc(1)
r = q
q += 5
print(q.v, r.v, q is r)


# __matmul__
class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return self.v * o.v


print(M(3) @ M(4))
