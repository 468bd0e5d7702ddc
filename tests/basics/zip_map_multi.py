print(list(zip('abc', range(10))), list(zip('ab', 'cd', 'ef')))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
pairs = [('a', 1), ('b', 2)]
letters, nums = zip(*pairs)
print(letters, nums)
print(dict(zip('abc', range(3))))
it = map(str, [1, 2, 3])
print(next(it), list(it))
