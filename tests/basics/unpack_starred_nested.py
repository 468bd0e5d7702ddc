a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, b] = [b, a]
print(a, b)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)
head, *tail = [[1, 2], [3]]
print(head, tail)
x = y = z = 0
print(x, y, z)
x, y = y, x
print(x, y)
t = 1, 2, 3
print(t, type(t).__name__)
(one,) = [1]
print(one)
print(*[1, 2], *"ab", sep="-")
def f(a, b, c=0, *args, d, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
print(f(*[1, 2], d=4))
print(f(1, *(2, 3, 4, 5), d=6, **{"e": 7, "g": 8}))
args = (10, 20)
kwargs = {"d": "D"}
print(f(*args, **kwargs))
try:
    a, b = [1, 2, 3]
except ValueError:
    print("ValueError too many")
try:
    a, b, c = [1, 2]
except ValueError:
    print("ValueError too few")
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError starred too few")
try:
    a, b = 5
except TypeError:
    print("TypeError not iterable")
d = {"x": 1, "y": 2}
k1, k2 = d
print(k1, k2)
(k, v), = {"only": 1}.items()
print(k, v)
matrix = [[1, 2, 3], [4, 5, 6]]
for (p, *q) in matrix:
    print(p, q)
i = 0
l = [0, 0]
i, l[i] = 1, 5
print(i, l)
