# Slice assignment to lists: replacements of the slice's length, shorter, longer, from itself.
a = [1, 2, 3, 4, 5]
a[1:3] = [9, 8]
print(a)
a[1:3] = []
print(a)
a[0:0] = range(4)
print(a)
a[:] = a
print(a)
a[2:] = a[:2]
print(a)
a[len(a):] = "xy"
print(a)
a[-1:1] = [0]
print(a)
b = list(range(10))
b[3:6] = b[5:2:-1]
print(b)
c = list(range(6))
for k in range(1, 6):
    c[: k + 1] = c[k::-1]
print(c)
