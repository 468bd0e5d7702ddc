def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), range(4, 6))))
def gen_in_class():
    class K:
        def __iter__(self):
            yield 'a'
            yield 'b'
    return list(K())
print(gen_in_class())
def early():
    yield 1
    return
    yield 2
print(list(early()))
g = (i for i in range(3))
print(iter(g) is g)
