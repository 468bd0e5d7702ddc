# Exact rational arithmetic and Gaussian elimination on a small matrix of fractions.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if isinstance(n, Frac):
            n, d = n.n * d, n.d if d == 1 else n.d * d
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    @staticmethod
    def _c(o):
        return o if isinstance(o, Frac) else Frac(o)

    def __add__(self, o):
        o = Frac._c(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac._c(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac._c(o) - self

    def __mul__(self, o):
        o = Frac._c(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac._c(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac._c(o) / self

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __pow__(self, e):
        if e < 0:
            return Frac(self.d ** -e, self.n ** -e)
        return Frac(self.n ** e, self.d ** e)

    def __eq__(self, o):
        o = Frac._c(o)
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = Frac._c(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)


a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, a + b, a - b, a * b, a / b, -b, abs(b), a ** 3, b ** -2)
print(1 + a, 1 - a, 2 * a, 1 / a, a == Frac(2, 6), a < b, b < a, sorted([a, b, Frac(0), Frac(7, 8)]))
print(sum([Frac(1, n) for n in range(1, 11)]), float(Frac(22, 7)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}), bool(Frac(0, 5)))
h = Frac(0)
for n in range(1, 30):
    h = h + Frac(1, n * (n + 1))
print(h)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def solve(m, rhs):
    n = len(m)
    aug = [[Frac(x) for x in row] + [Frac(r)] for row, r in zip(m, rhs)]
    for col in range(n):
        piv = None
        for r in range(col, n):
            if aug[r][col]:
                piv = r
                break
        if piv is None:
            raise ValueError("singular")
        aug[col], aug[piv] = aug[piv], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col]:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[-1] for row in aug]


print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[0, 2], [3, 1]], [4, 5]))
print(solve([[1, 1, 1], [1, 2, 4], [1, 3, 9]], [1, 0, 0]))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("ValueError", e)
hilbert = [[Frac(1, i + j + 1) for j in range(4)] for i in range(4)]
print(solve(hilbert, [1, 1, 1, 1]))
