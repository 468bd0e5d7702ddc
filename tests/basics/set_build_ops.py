# Sets built from literals and by the set operators, with keys of every kind: small ints,
# bools equal to 0 and 1, interned and heap strings, floats, tuples, None.
print(sorted({3, 1, 2, 3, 1}), len({1, True, 1.0}), len({0, False, 0.0, -0.0}))
print({True, 1} == {1}, {False} == {0}, sorted({"a", "b", "a"}))
print(len({None, None, (), ()}), sorted({2.5, 2.5, 1}))
words = ["x" * 20, "x" * 20, "y"]
print(len(set(words)), len({words[0], words[1], words[2]}))
a = set(range(12))
b = {d for d in range(0, 12, 3)}
print(sorted(a - b), sorted(a & b), sorted(b | {100, 3}), sorted(a ^ {0, 50}))
print(sorted(a - {5}), len(a - a), sorted({1, 2} | {True, 2.0}))
s = {1, 2, 3, 4, 5, 6, 7, 8, 9}
for d in range(1, 10):
    s = s - {d}
    print(len(s), d in s, sorted(s)[:2])
big = set(range(40))
print(len(big - {0, 1, 2}), len(big & set(range(30, 60))), len(big | set(range(35, 45))))
f = frozenset({1, 2}) | {3}
print(type(f).__name__, sorted(f))
