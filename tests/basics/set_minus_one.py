# `s - {k}`: the difference with a one-item set literal, for every kind of left operand.
s = {1, 2, 3}
print(sorted(s - {2}), sorted(s - {5}), sorted(s), type(s - {2}).__name__)
print(sorted({1, 2} - {True}), sorted({True, 2} - {1}), sorted({0, 5} - {False}))
f = frozenset([1, 2, 3])
r = f - {1}
print(type(r).__name__, sorted(r))
print(sorted({"a", "b"} - {"a"}), sorted({"ab" * 3, "x"} - {"ab" * 3}))
print(sorted({1.5, 2} - {1.5}), sorted({None, 1} - {None}), sorted({(1, 2), 3} - {(1, 2)}))
big = set(range(20))
print(sorted(big - {7}), len(big - {30}))
nine = set(range(1, 10))
for d in range(1, 11):
    nine = nine - {d}
    print(len(nine), 5 in nine, d in nine)
print(set() - {1})


class S(set):
    pass


t = S([1, 2])
print(sorted(t - {1}))


class Sub:
    def __sub__(self, other):
        return ("sub", sorted(other))


print(Sub() - {4})
try:
    [1] - {2}
except TypeError:
    print("TypeError")
try:
    {1} - {[]}
except TypeError:
    print("TypeError")
x = {1, 2}
x -= {1}
print(x)
g = lambda a, b: a - {b}
print(sorted(g({3, 4, 5}, 4)), sorted(g({"p", "q"}, "q")))
