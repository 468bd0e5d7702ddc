a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
p, *q, r = range(5)
print(p, q, r)
m, *n = [1]
print(m, n)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
try:
    a, b = [1, 2, 3]
except ValueError:
    print('ValueError')
try:
    a, b, c = [1, 2]
except ValueError:
    print('ValueError')
print(*[1, 2], *'ab')
