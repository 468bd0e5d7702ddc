def sub(n):
    for i in range(n):
        yield i
    return 'sub done %d' % n
def main():
    r = yield from sub(2)
    print(r)
    yield from [10, 11]
    yield from 'ab'
print(list(main()))
def relay():
    x = yield from echo()
    yield x
def echo():
    v = yield 'ready'
    while v != 'stop':
        v = yield v * 2
    return 'echo ended'
r = relay()
print(next(r), r.send(3), r.send(5), r.send('stop'))
