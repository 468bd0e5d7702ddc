# Unpacking tuples and lists into names, and `and` / `or` as values, in loops.
def f(pairs):
    total = 0
    for p in pairs:
        a, b = p
        c, (d, e) = a, (b, a)
        total += a * b + c - d + e
    return total


print(f([(1, 2), [3, 4], (5, 6)]))
x, y, z = [7, 8, 9]
print(x, y, z)
[q] = (1,)
print(q)
for bad in ((1, 2, 3), [1], "ab", range(2), {1: 2, 3: 4}):
    try:
        m, n = bad
        print("ok", m, n)
    except ValueError as e:
        print("ValueError")


class T(tuple):
    pass


m, n = T((5, 6))
print(m, n)


def g(a, b, c):
    return (a and b) or c, a or b and c, (a or b) and c, not a or c


for a in (0, 1, None, "", "s", [], [0], 2.0, 0.0):
    for b in (0, 7):
        print(g(a, b, "c"), a and b, a or b)
i = 0
r = []
while i < 10 and (i % 7 or i < 5):
    r.append(i)
    i += 1
print(r)
print(0 or 0 or 5, 1 and 2 and 0, None or [] or "x")
