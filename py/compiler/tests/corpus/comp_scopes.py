def f(a, b):
    g = lambda x: [y + a for y in x if (lambda z: z + b)(y)]
    h = [[i * j for j in range(b)] for i in range(a)]
    k = {i: (lambda: i) for i in range(a)}
    m = (x for x in range(a) for y in range(x) if y > b)
    return g, h, k, m
class C:
    n = 3
    a = [n for _ in range(2)]
    b = [x for x in range(n)]
    c = [[n] for _ in range(1)]
def outer():
    v = 1
    class D:
        w = [v for _ in range(2)]
        def m(self):
            return [v + q for q in range(3)]
    return D
g2 = [x for x in range(3) if x for y in range(x)]
g3 = sum(x * x for x in range(10))
g4 = dict((k, v) for k, v in zip("ab", "cd"))
