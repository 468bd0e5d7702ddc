def f():
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
try:
    f()
except TypeError as e:
    print('TypeError', e.args)
def g():
    try:
        return 1
    finally:
        raise KeyError('from finally')
try:
    g()
except KeyError as e:
    print('KeyError', e.args)
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 2:
                return 'returned in except %d' % e.args[0]
            continue
print(h())
