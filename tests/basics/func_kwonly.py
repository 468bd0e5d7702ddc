def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4))
try:
    f(1, 2)
except TypeError:
    print('TypeError')
try:
    f(1)
except TypeError:
    print('TypeError')
def g(*args, key=None, **rest):
    return args, key, rest
print(g(1, 2, key='k', other=0))
