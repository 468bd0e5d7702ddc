def g():
    try:
        yield 1
        try:
            yield 2
        finally:
            print('inner finally')
        yield 3
    finally:
        print('outer finally')
print(list(g()))
it = g()
print(next(it), next(it))
it.close()
print('after close')
def gen_exc():
    yield 1
    raise ValueError('from generator')
try:
    for v in gen_exc():
        print('got', v)
except ValueError as e:
    print('caught', e.args)
def gen_catches():
    while True:
        try:
            yield
        except KeyError:
            print('KeyError handled inside')
c = gen_catches()
next(c)
c.throw(KeyError)
c.throw(KeyError)
c.close()
