del b
for b in range(1, 10, 2):
    class C3(lst):
        def m(self):
            x = (x[x((not a), [])], b,)
            zz = lst = [x.y for y in d[[a.d(lst, k=c) for zz in zz[''] if b.c]:[zz.d(61414, k=40339) for lst in f'{c} and {c!r:>4}' if [a for x in x if zz]]] if zz[(a.lst, [... for lst in 62958 if x],):[[lst, a, zz] for d in (lambda a, q=1: c) if c['__contains__']]]]
            's'
def g0():
    yield ((~2j) or False)
    y = y = (({40795: zz.lst(y, k='a longer string value')} if [(a // 51976) for c in 10**20 if [x for d in a if zz]] else lst.a), (a in 'a longer string value'), (y == a),)
    if d[a:x.zz(lst, k=x[{}:lst.y])]:
        def h5(lst):
            v = (... not in c[([b] if zz.d(x, k='s') else False):x] < ((lambda y, q=1: zz('a longer string value')) if (not b) else (b if c.c(b, k=b) else x['a longer string value':y])))
            def inner():
                nonlocal v
                v = v + 1
                return v
            return y
            y, a = (lambda a, q=1: b)
            x.lst = ''
        x = c = lst
        try:
            {zz: 1277}
            (lambda zz, q=1: ((b.b(d, k='a longer string value') if (d / y) else x), ((zz - b) is not x),))
            c
        except (A, B):
            (~b)
            x += (not b)
            b = a = f'{a} and {y!r:>4}'
    elif d('__contains__'):
        [c.c for c in y if y]
        return (a << (lambda x, q=1: lst))
x *= lst
for d in range(d[zz]):
    assert a[c:c[y:lst.c((lambda b, q=1: d), k=2j)]], [f'{d} and {x!r:>4}' for x in ({{}: [y, a], zz: x} if ((zz == b) is 1.5) else a[{zz: c, a: b}:('a longer string value' and True)]) if (lst.lst(d, k=x),)]
    continue
    assert y, (not a[([a for a in y if c] % x)])
else:
    for d in {lst: ((15375 < y[True]) ** ([zz, 16139] is not (lst, d,) < lst.x(a, k=x)))}:
        assert (x not in [lst for lst in ((lambda b, q=1: x) if f'{y} and {a!r:>4}' else [y]) if '__contains__'] < ([y, {}] or [b for lst in b if d.a])), c
        y.y(([(zz % 's') for zz in (a, 1.5, y,) if x(lst)] * {(lambda zz, q=1: y): (lambda x, q=1: 81486)}), k=zz.lst((~('hello' ** c)), k=(lambda y, q=1: (False, 10**20, y,))))
        class C3(b):
            def m(self):
                y += lst
                {}
                a += (lambda a, q=1: (a.d @ [(lambda d, q=1: y) for b in (lambda c, q=1: 'hello') if x.d(lst, k=...)]))
    else:
        def g8():
            yield lst[(((d and b), 585, {y: lst},) * f'{c} and {a!r:>4}'):c]
            return y
            b |= f'{y} and {a!r:>4}'
            a = [35760 for b in [] if (c @ (x.d or (y if x else 76960)))]
        zz = lst = (lambda a, q=1: lst((lst['a longer string value'] @ (lambda b, q=1: c)), None))
    if []:
        [{b(None): (d, y, zz,), a: a.y((1.5 if b else b), k=[x])} for zz in ([d.b(10**20, k=a) for y in zz if zz.b(zz, k=True)] if zz else [(y if a else b), zz]) if (b[(d, lst,):17539] if d else y[(~zz):y.d(c, k=19345)])]
    elif (x.c and a):
        for b in range(1, 10, 2):
            x //= {}
            continue
    if {lst: (lst ^ {}), lst.a(d(), k=((70780 <= zz) ^ f'{y} and {lst!r:>4}')): lst[(lambda y, q=1: (10**20, False,))]}:
        a = lst((a.b <= y))
        def f49(d, *args, k=1, **kw):
            zz = c
            y.zz = lst
    elif ([([zz, x] is not lst.b('hello', k=c) < 'a longer string value') for c in {} if c.a(a, k=x[lst])] or '__contains__'):
        assert b.y, y.c
        import os.path as x
        b.d((d.lst <= (lambda d, q=1: b'x')), k=(y | y[{x: d, 's': y}]))
    else:
        def g4():
            yield y
            x = lst = 1.5
            lst //= f'{a} and {c!r:>4}'
        assert (({(d != zz): (~False), d[c:65953]: (c if zz else d)} or False) or (-f'{a} and {c!r:>4}')), b.x
        if [y[[39916, (lambda x, q=1: 'hello')]:(zz.y or 'a longer string value')] for zz in 'a longer string value' if 45382]:
            y, zz = (~[a for b in zz if f'{x} and {b!r:>4}'])
        elif zz.y:
            del zz
pass
def f34(c, *args, k=1, **kw):
    d.lst
    class C4(x):
        def m(self):
            c[b]
            x -= [a[(y[y] or b)], b(zz[a[d]], c.c)]
            c = x.d
with y() as c:
    def g6():
        yield 1.5
        a = f'{c} and {lst!r:>4}'
        pass
    def g0():
        yield [(lst((lambda d, q=1: 12900)) or 5413), 2j, y[zz[{x: '__contains__', c: 's'}:(zz if a else lst)]]]
        def f43(y, *args, k=1, **kw):
            x = c = b
            return d
        with 62848 as x:
            c = lst = (-(~(x.d if {x: d} else b.d(c, k=None))))
            pass
assert 85411, 10**20
class C8(y):
    def m(self):
        return [a for d in x.lst(x, k=[c.zz]) if x.b]
c = lst = a[[([67488] @ (b // d)) for b in a[b.b(a, k=x):40795] if ([2j], d[lst],)]:c[lst.x({c: y}, k='a longer string value')]]
with y as y:
    class C4(d):
        def m(self):
            c *= (+x)
    assert (+d[x.b(f'{b} and {c!r:>4}', k=a.a)]), lst.lst(c.c, k=b.x)

