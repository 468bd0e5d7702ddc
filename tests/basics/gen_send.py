def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = acc()
print(g.send(None))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration:
    print('stopped')
def echo():
    r = yield 'first'
    while True:
        r = yield 'got %s' % r
e = echo()
print(next(e), e.send(1), e.send('two'))
try:
    echo().send(5)
except TypeError:
    print('TypeError')
