# Programs whose instructions take the VM's fast paths (counting loops, compare-and-branch,
# globals, attributes, items, calls) must behave exactly as the general ones: edge values,
# fallbacks and errors included.
import math

# counting loops: constant, local and big limits, negative steps, limits that are not ints
out = []
for i in range(3):
    out.append(i)
for i in range(5, 0, -2):
    out.append(i)
n = 4
for i in range(n):
    out.append(i)
for i in range(2**62, 2**62 + 2):
    out.append(i - 2**62)
for i in range(-3, -300000, -100000):
    out.append(i)
def local_limits():
    r = []
    lim = 2
    for j in range(lim):
        r.append(j)
    for j in range(100000, 100003):
        r.append(j)
    return r
print(out, local_limits())

# compare and branch on ints, floats and mixed
def classify(x):
    if x < 0:
        return "neg"
    if x == 0:
        return "zero"
    if 0.5 >= x:
        return "small"
    return "big"
print([classify(v) for v in (-1, 0, 0.0, 0.25, 1, 2**70, -2.5)])
i = 0
while i < 10:
    i += 3
print(i)

# shifts and integer division at the edges of small ints
print(1 << 61, 1 << 62, -1 << 62, 5 >> 100, -5 >> 100, (1 << 30) << 31)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, (-2**62) // -1)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)

# items of every sequence kind
s = "héllo"
print(s[1], "abc"[-1], b"xyz"[1], bytearray(b"qr")[-1], (1, 2, 3)[-3], [4, 5][1])
ba = bytearray(3)
ba[0] = 255
ba[-1] = 7
print(ba)
try:
    ba[1] = 256
except ValueError:
    print("ValueError")
try:
    print([1, 2][2])
except IndexError as e:
    print("IndexError", e)
lst = [1, 2, 3]
del lst[0]
print(lst)

# membership in sets and dicts of immediates (True == 1, 1.0 == 1)
print(1 in {1, 2}, True in {1}, 3 in {1: 2}, "a" in {"a": 1}, 1.0 in {1}, 0 in {False})
print("ab" == "ab", "ab" != "ab", "a" == "b")

# iteration over tuples, sets and dict views; changing a dict while iterating
print([x for x in (1, 2, 3)], sorted(x for x in {3, 1, 2}), list({"k": 1, "j": 2}.values()))
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)

# truth of containers and strings
print([bool(v) for v in ([], [0], {}, {0: 0}, set(), "", "x", 0.0, 0.1, (), (0,))])

# globals: load, store of an existing name, a name created later
G = 1
def bump():
    global G, H
    G = G + 1
    H = G * 10
    return G + H
print(bump(), bump(), G, H)

# attributes: own, class, shadowed methods, deleted ones, __class__ and __dict__
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
p = P(3)
p.x = p.x + 1
print(p.get(), p.x, p.__class__.__name__, p.__dict__)
p.get = lambda: "shadowed"
print(p.get())
del p.x
try:
    print(p.x)
except AttributeError:
    print("AttributeError")

# module attributes and calls of every kind
print(math.floor(math.sqrt(17.0)), math.pi > 3)
def kw(a, b=2, *, c=3):
    return a * b + c
def defaults(a, b=10):
    return a + b
print(kw(1), kw(2, c=1), kw(a=3, b=1), defaults(1), defaults(1, 2))
try:
    kw(1, d=2)
except TypeError:
    print("TypeError")

# generators, yielded from the inner loop
def gen(n):
    for i in range(n):
        yield i * i
print(sum(gen(5)), list(gen(3)), max(x for x in (3, 9, 4)))
