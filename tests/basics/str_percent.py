print('%d %s %r' % (42, 'str', 'repr'))
print('%5d|%-5d|%05d' % (42, 42, 42))
print('%x %X %o %c' % (255, 255, 8, 65))
print('%s' % [1, 2], '%s' % (1,), '%%')
print('%(a)s-%(b)d' % {'a': 'x', 'b': 3})
print('%10s|%-10s|' % ('hi', 'hi'))
print('%.2s' % 'hello', '%+d' % 5, '% d' % 5)
try:
    '%d %d' % (1,)
except TypeError:
    print('TypeError')
