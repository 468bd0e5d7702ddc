def f():
    try:
        raise ValueError('first')
    except ValueError:
        print('handling')
        raise
try:
    f()
except ValueError as e:
    print('reraised', e.args)
try:
    try:
        raise TypeError('t')
    except TypeError as e:
        err = e
    raise err
except TypeError as e:
    print('raised stored', e is err)
def g():
    try:
        raise KeyError(1)
    except KeyError as e:
        pass
    try:
        e
    except NameError:
        print('name deleted after except')
g()
