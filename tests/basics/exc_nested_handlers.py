def f(n):
    try:
        try:
            if n == 0:
                raise ValueError('v')
            if n == 1:
                raise TypeError('t')
            return 'ok'
        except ValueError:
            return 'inner-v'
        finally:
            print('inner finally', n)
    except TypeError:
        return 'outer-t'
    finally:
        print('outer finally', n)
for i in range(3):
    print(f(i))
try:
    raise ValueError('in handler')
except ValueError:
    try:
        raise TypeError('second')
    except TypeError as e:
        print('nested', e.args)
