d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
print(len(k), 'a' in k, 2 in v, ('c', 3) in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(sorted(k), sum(v))
for key, val in d.items():
    print(key, val)
