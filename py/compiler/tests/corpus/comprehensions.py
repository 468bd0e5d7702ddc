a = [x for x in y]
b = [x * 2 for x in y if x if x > 1]
c = [(x, z) for x in y for z in x if z]
d = {k: v for k, v in items}
e = {x for x in y}
g = (x for x in y)
h = list(x + 1 for x in y)
def f(n, m):
    return [i * n for i in range(m)]
def f2(n):
    return {i: [j for j in range(i) if j != n] for i in range(n)}
def f3(xs):
    return (x for x in xs if x)
class K:
    v = 3
    l = [v for _ in range(2)]
w = [y := 5, y ** 2]
def f4(data):
    if any((hit := x) > 3 for x in data):
        return hit
