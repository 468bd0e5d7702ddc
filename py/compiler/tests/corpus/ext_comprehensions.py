xs = [i * 2 for i in range(10)]
ys = [i for i in xs if i % 3 == 0]
zs = [(i, j) for i in range(3) for j in range(i) if j]
d = {k: v for k, v in zip("abc", range(3))}
s = {x % 4 for x in range(20)}
g = (x for x in xs)
print(xs, ys, zs, d, sorted(s), list(g))
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
