class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '<%s,%s>' % (self.x, self.y)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __contains__(self, v):
        return v in (self.x, self.y)
a = V(1, 2)
b = V(3, 4)
print(a, repr(a), [a], a + b, b - a, a * 3, 2 * a, -a)
print(a == V(1, 2), a != b, a < b, sorted([b, a]), len(a), bool(V(0, 0)), 2 in a)
print(str(a), '%s %r' % (a, a), f'{a} {a!r}')
a += b
print(a)
