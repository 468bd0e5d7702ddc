# list/tuple/sorted/min/max/set of ranges, sets and dicts (collected straight from them).
print(list(range(5)), tuple(range(10, 0, -3)), list(range(0)), list(range(3, 3)))
print(list(range(2**62, 2**62 + 2)), list(range(-2, 2)), list(range(5, -5, -4)))
print(sorted(set(range(3))), sorted(frozenset({3, 1})), list({1: 2, 3: 4, "k": 5}))
d = {i: i for i in range(10)}
del d[3]
del d[7]
print(list(d), tuple(d), sorted(d, reverse=True)[:3])
s = set(range(20))
s.discard(5)
print(sorted(list(s))[:6], len(tuple(s)), max(s), min(s))
print(max(range(10**6)), min(range(7, 100, 7)), sorted(range(3), reverse=True))
print(list(range(10**18, 10**18 + 3 * 10**17, 10**17)))
