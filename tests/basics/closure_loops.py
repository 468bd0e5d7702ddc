funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
def outer():
    res = []
    for i in range(3):
        res.append(lambda: i)
    return [r() for r in res]
print(outer())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
c = counter_factory()
print(c('a'), c('a'), c('b'))
def cell_after_loop():
    fs = []
    j = 0
    while j < 3:
        fs.append(lambda: j)
        j += 1
    return [f() for f in fs]
print(cell_after_loop())
