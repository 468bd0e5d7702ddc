t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (1,), ())
print(t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
print(t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0))
print(tuple([1, 2]), tuple('ab'), tuple(range(3)))
a, b, c = t
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError:
    print('TypeError')
print(max(t), min(t), sum(t))
