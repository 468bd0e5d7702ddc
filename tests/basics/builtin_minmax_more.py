print(max([1, 5, 3]), max(1, 5, 3), max('abc'), max([(1, 'b'), (1, 'a')]))
print(min([3, 1, 2], key=lambda x: -x), max([], default=None), min((), default=7))
print(max(['aa', 'b', 'ccc'], key=len), min('zyx'), max(range(10), key=lambda v: v % 4))
print(max(1, 2.5), min(-1, -1.5), max(True, 0))
try:
    max()
except TypeError:
    print('TypeError')
try:
    max([])
except ValueError:
    print('ValueError')
