print(''.split(), ''.split(','), ' a '.split(' '), 'a  b'.split(' '))
print('a,b,c'.split(',', 0), 'a,b,c'.split(',', -1), 'a b c'.split(None, 1))
print('a,b,c'.rsplit(',', 0), '  x  y  '.rsplit(None, 1), 'abc'.split('abc'))
print('x'.join('abc'), ','.join(str(i) for i in range(3)))
try:
    'a'.split('')
except ValueError:
    print('ValueError')
try:
    ','.join([1, 2])
except TypeError:
    print('TypeError')
print('hello world'.strip('dhel'), 'aaa'.lstrip('a') == '', '\t\n x \r\n'.strip())
