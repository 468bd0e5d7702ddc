s = {3, 1, 2, 3}
print(sorted(s), len(s), 1 in s, 5 in s)
s.add(5)
s.discard(1)
s.remove(2)
print(sorted(s))
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= {1, 2, 3, 4}, a < a, a.issubset(b), {1}.isdisjoint({2}), a.issuperset({1}))
print(set(), sorted(set('hello')), sorted(frozenset([1, 2])))
c = set()
c |= {1}
c.update([2, 3])
print(sorted(c), c.pop() in (1, 2, 3), len(c))
try:
    set().remove(1)
except KeyError:
    print('KeyError')
print({1, 2} == {2, 1}, frozenset({1}) == {1})
print(len({frozenset([1]), frozenset([1])}))
