def f():
    raise KeyError('nope')
f()
