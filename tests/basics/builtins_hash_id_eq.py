# hash consistency between equal values of different types
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(b"x") == hash(b"x"))
print({1: "a", 1.0: "b", True: "c"})
d = {}
d[2] = "int"
d[2.0] = "float"
print(d, len({1, 1.0, True}))
try:
    hash([])
except TypeError:
    print("TypeError list")
try:
    hash({})
except TypeError:
    print("TypeError dict")
try:
    hash((1, [2]))
except TypeError:
    print("TypeError tuple with list")


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __hash__(self):
        return hash(self.v)


s = {K(1), K(1), K(2)}
print(len(s), K(1) in s, K(3) in s)


class NoHash:
    def __eq__(self, o):
        return True


try:
    hash(NoHash())
except TypeError:
    print("TypeError eq without hash")


class Default:
    pass


a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
print(a is a, a is not b, None is None, [] is [], () == ())
x = [1, 2]
y = x
z = [1, 2]
print(x == z, x is z, x is y)
print(1 == 1.0, 1 == "1", "a" == "a", [1] == (1,), {} == {}, None == 0, float("nan") == float("nan"))
