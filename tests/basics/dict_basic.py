d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'a' in d, 'z' in d)
print(d.get('z'), d.get('z', 0), d.get('b'))
print(list(d.keys()), list(d.values()), list(d.items()))
del d['a']
print(d)
print(d.pop('b'), d.pop('q', None), d)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
print(d)
print(d.setdefault('x', 0), d.setdefault('new', []), d)
print(d.popitem(), d)
e = d.copy()
d.clear()
print(d, e)
print(dict(a=1), dict([(1, 2)]), dict.fromkeys('ab', 0), dict(zip('xy', (1, 2))))
try:
    d['missing']
except KeyError as ex:
    print('KeyError', ex.args)
print({1: 'a'} == {1: 'a'}, {1: 'a'} == {1: 'b'})
for k in {'p': 1, 'q': 2}:
    print(k)
