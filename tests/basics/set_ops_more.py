a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3, 7])), sorted(a.difference([1], {2})), sorted(a.symmetric_difference([4, 8])))
print(a <= a, {1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (5,))
print(sorted(s), len(s))
s.discard(99)
s.remove(1)
try:
    s.remove(1)
except KeyError:
    print("KeyError remove")
print(sorted(s))
s |= {10}
s &= {2, 3, 10, 11}
s -= {3}
s ^= {2, 20}
print(sorted(s))
p = {7}
print(p.pop(), p, len(p))
try:
    p.pop()
except KeyError:
    print("KeyError pop empty")
fs = frozenset([3, 1, 2])
print(sorted(fs), 2 in fs, fs == {1, 2, 3}, {fs: "ok"}[frozenset({1, 2, 3})])
print(sorted({x % 5 for x in range(20)}), sorted(set("mississippi")))
print(set() == set(), {1} != {2}, bool(set()), len({(1, 2), (1, 2), (2, 1)}))
c = a.copy()
c.clear()
print(sorted(a), c)
# dedupe preserving order
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 5, 2]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
try:
    {[1, 2]}
except TypeError:
    print("TypeError unhashable")
print(sorted({1, 2.0, True}), {1, 1.0} == {1})
