print(hash(1) == hash(1.0), hash('abc') == hash('abc'), hash((1, 'a')) == hash((1, 'a')))
print(hash(True) == hash(1), type(hash('x')).__name__)
for v in ([1], {1: 2}, {1}):
    try:
        hash(v)
    except TypeError:
        print('TypeError', type(v).__name__)
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
