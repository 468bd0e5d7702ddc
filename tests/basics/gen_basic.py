def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
def with_return():
    yield 1
    return 'done'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value if hasattr(e, 'value') else e.args[0])
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for v in infinite():
    if v > 3:
        break
    print(v)
print(type(gen(1)).__name__)
