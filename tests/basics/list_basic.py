l = [3, 1, 2]
print(l, len(l), l[0], l[-1], l[1:], l[::-1])
l.append(4)
l.insert(0, 0)
l.insert(-1, 9)
l.insert(100, 5)
print(l)
l.extend([7, 8])
l.remove(9)
print(l, l.pop(), l.pop(0), l)
print(l.index(2), l.count(2), 2 in l, 99 not in l)
l.reverse()
print(l)
l.sort()
print(l)
l2 = l.copy()
l2.clear()
print(l, l2)
print([1, 2] + [3], [0] * 3, [1, 2] * 0, 2 * [1])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [])
try:
    [].pop()
except IndexError:
    print('IndexError')
try:
    [1].remove(2)
except ValueError:
    print('ValueError')
