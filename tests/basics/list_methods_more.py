l = ['a', 'b', 'c', 'b']
print(l.index('b'), l.index('b', 2), l.count('b'))
l2 = l[:]
l2[0] = 'z'
print(l, l2)
n = [[0] * 2 for _ in range(2)]
n[0][0] = 1
print(n)
a = [1, 2]
a += [3]
a *= 2
print(a)
print(list(range(5))[::-1][1:3])
x = [3, 1, 2]
y = x
y.sort()
print(x, x is y)
print([i for i in [1, 2, 3, 4] if i % 2 == 0][::-1])
