d = dict.fromkeys(range(3))
print(d)
print({k: v for k, v in zip('ab', [1, 2]) if v > 1})
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b']['c'])
d2 = {(1, 2): 'tuple key', 3.5: 'float key', None: 'none key', True: 'bool'}
print(d2[(1, 2)], d2[3.5], d2[None], d2[1])
m = {}
for w in 'a b a c b a'.split():
    m.setdefault(w, []).append(len(m))
print(m)
print(len({}), bool({}), bool({0: 0}))
print(sorted({'b': 2, 'a': 1}.items(), key=lambda kv: kv[1], reverse=True))
