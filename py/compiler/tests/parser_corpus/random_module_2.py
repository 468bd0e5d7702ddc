b += c(y.y, (lambda x, q=1: (lambda a, q=1: c[lst:zz])))
def g8():
    yield (47612 or (lst.c(c[x], k=2j) if 2j else [c.d for lst in [zz for zz in c if d] if f'{x} and {d!r:>4}']))
    zz(d.d, *zz, **d)
    raise zz
y = d = (([lst[x] for d in [b for zz in 24987 if 's'] if a[x:'__contains__']] == ((+55332) and zz) < a.b) <= 5257)
y[False] = [a for x in 449 if b(({} if (a in c) else (-b)))]
c = [lst[{(2j if y else a): c[33056], False: ''}:f'{x} and {a!r:>4}'] for x in (not b) if x[(lambda zz, q=1: (y and None)):lst.c(b, k=(-'s'))]]
x = b = (d & (lst[(lst | a)] < [zz] < y))
def f12(y, *args, k=1, **kw):
    global lst
    try:
        a = [(b[a:y('hello', x)],), lst, (lst(),)]
    except (A, B):
        pass
    finally:
        class C3(b):
            def m(self):
                return d.a
        zz, *d = y
d([y.lst, (+y), lst['__contains__']], *b, **b)
def f18(c, *args, k=1, **kw):
    16744
    try:
        while zz.d:
            return (b'x' <= ([(~False) for d in (not c) if (77909, c,)] if a.d((y or zz), k=zz['hello']) else x[lst.a(d, k=d)]))
        x = lst[(x % x[{None: d, c: x}:a]):{b.d: zz.d, ([a for b in c if y] and 10**20): d.y(36948, k=d[47932])}]
    except ValueError:
        class C7(x):
            def m(self):
                {y: zz, ((f'{y} and {lst!r:>4}' if ['__contains__' for x in c if b] else (30428 is not x)) < ''): ((b(zz) if d else (c is not y)) - (not (c << False)))}
                y //= f'{lst} and {lst!r:>4}'
                zz = y = (lambda zz, q=1: y.b(y({}), k=(d('hello') or c.a('a longer string value', k=2j))))
        f'{lst} and {a!r:>4}'
        with (not y[{zz: (b * zz), (b'x' or b): (x if a else zz)}]) as a:
            b |= (b, (f'{lst} and {x!r:>4}' if d else {(b if d else d): lst, [a for b in c if '__contains__']: ''}),)
    finally:
        b[zz.x] = 19149
        assert b.zz, f'{d} and {a!r:>4}'
        async def co1(d):
            await a
            async with a as q:
                a //= (x.c if d() else b)
            async for r in (-(80645,)):
                lst = zz = (lambda lst, q=1: [[c.b for c in f'{x} and {c!r:>4}' if x.y(lst, k=b'x')] for c in zz.y(b, k={d: x}) if [b[78799]]])
if ((a.c(f'{a} and {y!r:>4}', k={96436: c, a: b}) * f'{c} and {b!r:>4}') / (((2j @ b) is []), b.y, lst,)):
    for lst in range(1, 10, 2):
        with ([c, (b'x' @ y), f'{b} and {d!r:>4}'],) as d:
            y -= ((lambda zz, q=1: lst[[x for x in a if x]:lst]) - (d.lst((x != 69709), k=a), lst,))
        class C3(y):
            def m(self):
                [d(x, (62622 and ...)) for zz in (-(lambda c, q=1: f'{y} and {b!r:>4}')) if f'{b} and {c!r:>4}']
        assert 40602, [y.d for a in zz[(b.zz if zz else f'{y} and {d!r:>4}')] if ([(lambda c, q=1: 5708) for zz in [] if a('__contains__', lst)] is [None] < c(32226))]
    while b.zz('hello', k=(+90623)):
        [(x[lst:[b'x']] and (a(10**20, d), c, c(),)) for y in b'x' if y[((lst,), (zz and a),):[d, y[x:d]]]]
        def f31(d, *args, k=1, **kw):
            return y
            []
            return x.lst
    else:
        def g8():
            yield (d.zz(zz[...], k=c.lst),)
            pass
            c = lst = ((lst[(zz < a < 's'):zz] if (lambda zz, q=1: c.zz('__contains__', k=lst)) else (lambda x, q=1: (45063,))) and ({} < lst))
        x = (~y)
        class C7(d):
            def m(self):
                x = zz[(~c()):x[(d[lst:x] ^ 53081)]]
                pass
elif c(((lambda c, q=1: {96140: ..., a: ''}) / (lst ** 47031)), a):
    def f9(d, *args, k=1, **kw):
        c = d = f'{b} and {y!r:>4}'
        return {y: (x <= [d]), d: ...}
    def f82(y, *args, k=1, **kw):
        if a:
            b[b((lambda c, q=1: c), [a])] = c
            b = a = lst
        elif zz.d:
            (True < 2j)
            c = y = c[x:(b'x' if ([] << [zz, True, 16317]) else lst.c)]
            pass
    while f'{y} and {b!r:>4}':
        x = b = zz[x]
    else:
        class C7(b):
            def m(self):
                a *= a
                return zz
        while ([False] if b'x' else 'a longer string value'):
            break
            a = 24786
else:
    with 1.5 as y:
        while [((lst[d:y] is y) is not [[b, 33382] for lst in d['__contains__':d] if [c for x in b if x]]) for x in [c.b((c <= c < a), k=[]) for lst in y[(+x)] if (x[y:y] ** (None or a))] if x]:
            (f'{a} and {d!r:>4}' not in a < ((y.a, (54672 if c else d),) and [None, []]))
            del c
            zz, x = d.lst
        with 9991 as x:
            a = c = y
    pass
a = y()
class C2(lst):
    def m(self):
        while (a ** (x and (x.c ** True))):
            x *= (c if x[d:x] else y.a(y, k=f'{zz} and {y!r:>4}'))
            return (a.y <= {c.zz: ((lambda lst, q=1: b) == f'{x} and {c!r:>4}' < 10**20), b'x': ({c: x} - (y if c else y))})
            887
        else:
            x = ((-14611) | lst)
            a = a = 'hello'

