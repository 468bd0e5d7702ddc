l = [5, 3, 8, 1]
l.append(9)
l.extend([2, 7])
l.insert(0, 0)
l.insert(-1, 6)
l.insert(100, 10)
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(8)
print(l, l.index(1), l.count(3), 3 in l)
try:
    l.remove(42)
except ValueError:
    print("ValueError remove")
try:
    l.index(42)
except ValueError:
    print("ValueError index")
print(l.index(3, 1) if 3 in l[1:] else "no")
l.reverse()
print(l)
l.sort()
print(l, sorted(l, reverse=True))
c = l.copy()
c.clear()
print(c, l)
print([1, 2] + [3], [0] * 3, [[0] * 2 for _ in range(2)], [1, [2, 3]] == [1, [2, 3]])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], max([[1, 2], [1, 3]]))
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], len(t), (1,) == (1,), () == tuple())
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), list((4, 5)))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
x = [1, 2, 3]
y = x
y += [4]
print(x is y, x)
z = (1, 2)
w = z
w += (3,)
print(z, w, z is w)
try:
    t[0] = 5
except TypeError:
    print("TypeError tuple assign")
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort()
print(nested, [n[1] for n in nested])
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m, [list(r) for r in zip(*m)])
print(list(map(list, [(1, 2), (3, 4)])), [a + b for a, b in [(1, 2), (3, 4)]])
print(list(range(10))[::-1][2:5], [i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "t"}[(1, 2)])
stack = []
for ch in "((a)(b))":
    if ch == "(":
        stack.append(len(stack))
    elif ch == ")":
        stack.pop()
print("balanced" if not stack else "unbalanced")
