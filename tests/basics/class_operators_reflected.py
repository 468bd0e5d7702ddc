class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, N):
            return N(self.v + o.v)
        if isinstance(o, int):
            return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return N(o + self.v)
    def __iadd__(self, o):
        self.v += o.v if isinstance(o, N) else o
        return self
    def __repr__(self):
        return 'N(%d)' % self.v
a = N(1)
print(a + N(2), a + 5, 5 + a, sum([N(1), N(2)], N(0)))
b = a
a += 10
print(a, b, a is b)
try:
    a + 'x'
except TypeError:
    print('TypeError')
