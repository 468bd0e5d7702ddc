def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e.args)
        yield 'recovered'
    finally:
        print('gen finally')
it = g()
print(next(it))
print(it.throw(ValueError('x')))
try:
    next(it)
except StopIteration:
    print('done')
it = g()
next(it)
it.close()
print('closed')
try:
    next(it)
except StopIteration:
    print('StopIteration after close')
def h():
    yield 1
it = h()
try:
    it.throw(KeyError('k'))
except KeyError:
    print('throw into fresh gen')
