t = (1, 2, 3)
t2 = (1, "a", b"x", (3.5, None), True, False, ...)
l = [1, 2, 3]
d = {"a": 1, "b": [1, 2], 3: (4, 5)}
s = {1, 2, 3}
empty = ((), [], {}, set())
l[0] = 9
d["c"] = 0
del l[1]
del d["a"]
print(t, t2, l, d, s, empty, l[1:], l[:1], l[::2], t[-1])
l[1:2] = [7, 8]
del l[0:1]
print(l)
print(..., Ellipsis)
