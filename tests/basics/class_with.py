class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return self.swallow
with CM('a') as v:
    print('body', v)
with CM('b', True):
    raise ValueError('x')
print('after swallow')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError:
    print('propagated')
with CM('d') as x, CM('e') as y:
    print(x, y)
def f():
    with CM('f'):
        return 'ret'
print(f())
for i in range(2):
    with CM('loop'):
        if i == 0:
            continue
        break
