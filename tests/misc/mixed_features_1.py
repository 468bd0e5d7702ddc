import sys
class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val = val; self.next = next
n = Node(1, Node(2))
print(n.next.val)
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter(); c(); print(c(5))
print([y for x in range(4) if (y := x * x) > 2])
print(*[1, 2, 3], sep='-', end='!\n')
a, *b, c = range(6); print(a, b, c)
first, (second, third) = 1, (2, 3); print(first, second, third)
d = {'x': 1}; d.update(y=2); print(sorted(d.items()))
print(sorted(['banana', 'Apple', 'cherry'], key=str.lower))
print(list(map(str.upper, 'abc')))
print('-'.join(str(i) for i in range(5)))
print(dict(sorted({'b': 2, 'a': 1}.items())))
print(max({'a': 3, 'b': 5}, key=lambda k: {'a': 3, 'b': 5}[k]))
try:
    raise ValueError("bad")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
class Meta(type):
    pass
print(isinstance(int, type), type(type), issubclass(bool, int))
print(int('ff', 16), int('0b101', 0), hex(255), oct(8), bin(5), 7 // -2, -7 % 3, divmod(-7, 2))
print(1 < 2 < 3, 3 > 2 > 2, 0.1 + 0.2 == 0.3, abs(-3.5), round(3.14159, 2))
print(f"{3.14159:.2f} {42:>6} {'hi':^6}| {255:#x} {1000000:,} {0.25:.1%}")
s = "Hello, World"
print(s[::-1], s[7:], s[-5:-1], s.find('o'), s.count('l'), s.replace('l', 'L', 2))
print(s.split(', '), s.lower().title(), s.center(20, '*'))
print(list(reversed(range(5))), sum(range(101)), any(x > 3 for x in [1, 5]), all([]))
g = (x * 2 for x in range(3)); print(next(g), list(g))
def gen():
    x = yield 1
    yield x * 2
it = gen(); print(next(it), it.send(21))
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
print(Vec(1, 2) + Vec(3, 4), 2 * Vec(1, 1), Vec(1, 2) == Vec(1, 2))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
    @staticmethod
    def s(): return 's'
    @classmethod
    def k(cls): return cls.__name__
t = Temp(); t.c = 5; print(t.c, Temp.s(), Temp.k(), t.k())
print(bytes([65, 66]), b'abc'.decode(), 'é'.encode(), bytearray(b'xy'))
print(isinstance(3, (int, float)), callable(len), getattr(t, 'nope', 'dflt'))
print(list(zip(*[(1, 'a'), (2, 'b')])))
import math
print(math.sqrt(16), math.pi, math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18))
print(2 ** 64, -(2 ** 63), (2 ** 100) // 3, (10 ** 30) % 7, 2 ** -2, 10 / 4)
x = [3, 1, 2]; x.sort(reverse=True); print(x, x.index(1), x.pop(0), x)
e = {1, 2, 3} & {2, 3, 4}; print(sorted(e), {1, 2} | {3}, {1, 2} - {2}, {1} ^ {2})
print(str(1.0), str(1e16), 1e-5, 100.0, 1.5e300 * 1e10, -0.0)
print(tuple(i for i in 'ab'), list(range(10, 0, -3)), 'abc' * 2, [0] * 3)
print(chr(65), ord('a'), repr('a\nb'), ascii('é'))
try:
    {}['k']
except KeyError as e:
    print('KeyError', e.args)
while True:
    break
else:
    print('no')
for i in range(2):
    pass
else:
    print('for-else')
print(sys.version_info[0], type(sys.maxsize))
