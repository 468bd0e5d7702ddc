class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vec(%s)" % ", ".join(repr(x) for x in self.xs)

    def __str__(self):
        return "<" + " ".join(str(x) for x in self.xs) + ">"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __hash__(self):
        return hash(tuple(self.xs))

    def __bool__(self):
        return any(self.xs)

    def __call__(self, k):
        return Vec(*[k * x for x in self.xs])


v = Vec(1, 2, 3)
print(repr(v), str(v), v)
print(len(v), v[0], v[-1], v[1:])
v[0] = 10
print(v)
del v[0]
print(v, len(v))
print(2 in v, 10 in v)
print(list(v), sorted(v, reverse=True), sum(v))
print(v == Vec(2, 3), v != Vec(2, 3), v == [2, 3])
print(hash(v) == hash(Vec(2, 3)))
d = {v: "found"}
print(d[Vec(2, 3)])
print(bool(Vec(0, 0)), bool(v))
if not Vec():
    print("empty is falsy")
print(v(3))
print("%s and %r" % (v, v))
print(f"{v} {v!r}")
a, b = v
print(a, b)
print(max(v), min(v))


# __getitem__ only: iteration falls back to the sequence protocol
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(Squares()))
print(9 in Squares(), 10 in Squares())


# __len__ drives truthiness when __bool__ is absent
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Sized(0)), bool(Sized(2)))
