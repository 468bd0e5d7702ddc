def f(a, b=2, c=3):
    return a + b * 10 + c * 100
print(f(1), f(1, 5), f(1, c=9), f(a=4, b=0, c=0))
def g(x, l=[]):
    l.append(x)
    return l
print(g(1), g(2))
def h(a, b=None):
    return (a, b)
print(h(1), h(1, b='x'))
try:
    f()
except TypeError:
    print('TypeError')
try:
    f(1, 2, 3, 4)
except TypeError:
    print('TypeError')
try:
    f(1, d=5)
except TypeError:
    print('TypeError')
