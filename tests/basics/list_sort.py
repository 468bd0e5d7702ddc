l = [5, 2, 8, 1, 9, 3]
print(sorted(l), sorted(l, reverse=True), l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=lambda w: w[-1], reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
# stability
recs = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted('bca'))
try:
    sorted([1, 'a'])
except TypeError:
    print('TypeError')
