a, b = 1, 2
a, b = b, a
c, *d = [1, 2, 3, 4]
*e, f = range(5)
g, *h, i = "hello"
(j, k), l = (1, 2), 3
m = d + e
n = {"a": 1, "b": 2}
o = tuple(d)
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
