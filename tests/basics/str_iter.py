for c in 'abc':
    print(c)
print([c * 2 for c in 'xyz'])
print(list(enumerate('ab')))
print(list(reversed('abc')))
it = iter('hi')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
