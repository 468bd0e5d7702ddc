def top(a, b=1, *c, d, e=2, **f):
    x = y = zz = lst = 0
    pass
    (d or f'{lst} and {x!r:>4}')
    d = a = lst.a(((-(2825 if 85037 else a)), x.lst(x, k=(x, x,)),), k=x.d)
    try:
        class C8(b):
            def m(self):
                pass
    except ValueError:
        with [[((lst < x) is [zz] < b.c)] for lst in d(a, ((lambda lst, q=1: False) != x)) if zz((a.lst and [x for lst in 62958 if x]))] as lst:
            def f68(lst, *args, k=1, **kw):
                pass
                return (lambda a, q=1: (+c[y]))
                b, a = (((~2j) or False),)
            for c in range(y.y):
                return a
                return (b() ** lst.x)
                return y
        lst[(... not in c[lst:y])] = zz.d(x[10999], k=False)
        if (((lambda y, q=1: zz('a longer string value')) if (not b) else (b if c.c(b, k=b) else x['a longer string value':y])) and (38662, 11917,)):
            a = x = (not '')
            return x.c
        elif lst:
            try:
                pass
                return (zz if 1277 else ((lambda zz, q=1: (lst, 's',)) not in (lambda d, q=1: x)))
                return zz.y
            except ValueError:
                y -= (~b)
                return x
                return (c not in y[(~b):(+lst)] < b[83180])
            finally:
                return {}
                zz = c
            return 2j
            try:
                pass
            except ValueError:
                a *= (lambda x, q=1: lst)
        else:
            while (lst or d[d[zz]]):
                continue
            else:
                return a[c:c[y:lst.c((lambda b, q=1: d), k=2j)]]
                return x.x
                pass
            raise x
            class C5(y):
                def m(self):
                    a += [f'{zz} and {c!r:>4}' for x in (((zz == b) is 1.5) < {zz.lst(c, k=a): ['a longer string value' for b in b if True], (lst,): c.zz(c, k=x)} < (lambda lst, q=1: y)) if (not a[(d ** 3938)])]
                    y -= c
                    y *= y[d.c:zz[{lst: (b + '__contains__')}]]
    try:
        pass
        [y([zz.zz for a in d if y(zz, b)]) for lst in x.a((f'{x} and {d!r:>4}' or (10**20 != a)), k=lst[zz.b(x, k=a):[y]]) if '__contains__']
        y[[y, {}]] = (b, lst[b:d.a], c,)
    except Exception as e:
        def f26(y, *args, k=1, **kw):
            if (~('__contains__' or (a[1.5], f'{y} and {zz!r:>4}', (lambda x, q=1: lst),))):
                return ((lambda zz, q=1: (~(lambda x, q=1: 81486))) or ([(b and c)] if (lambda y, q=1: (False, 10**20, y,)) else x.b((b - lst), k=(b if None else 78217))))
            elif a:
                return (y.b if (lambda c, q=1: lst) else (not (x, (lst != y),)))
                b.a = 62866
            else:
                pass
                lst -= f'{c} and {a!r:>4}'
            c = a.lst
            for c in range(y):
                a *= b
                a |= f'{c} and {y!r:>4}'
                d |= (f'{y} and {y!r:>4}' if f'{x} and {x!r:>4}' else 2j)
    def h5(lst):
        v = x[lst[b.y]]
        def inner():
            nonlocal v
            v = v + 1
            return v
        ('hello' and ([] + f'{b} and {d!r:>4}'))
        b, *zz = None
        def g2():
            yield d.a([(zz and (50262 < zz)) for y in b.y(x, k=[x for zz in lst if b]) if a], k=(zz is [('' if c else 's') for y in f'{zz} and {lst!r:>4}' if (zz in a)] < (('' if d else zz) if b.a(None, k=d) else y[zz:zz])))
            try:
                pass
                a -= (x.c and a)
            except ValueError:
                pass
                y.b = f'{b} and {b!r:>4}'
                c //= []
            import os.path as x

