sq = lambda x: x * x
print(sq(5), (lambda: 42)(), (lambda a, b=2: a + b)(1))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print((lambda *a, **k: (a, k))(1, x=2))
print(sorted([3, 1, 2], key=lambda v: -v))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(2))
