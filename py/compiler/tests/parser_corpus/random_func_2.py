def top(a, b=1, *c, d, e=2, **f):
    x = y = zz = lst = 0
    b += c(y.y, (lambda x, q=1: (lambda a, q=1: c[lst:zz])))
    def g8():
        yield (47612 or (lst.c(c[x], k=2j) if 2j else [c.d for lst in [zz for zz in c if d] if f'{x} and {d!r:>4}']))
        zz(d.d, *zz, **d)
        raise zz
    return (lambda y, q=1: {([lst for y in d if zz] <= (24987 if 's' else 35695)): b.c})
    for x in range((a + zz())):
        y[False] = [a for x in 449 if b(({} if (a in c) else (-b)))]
    else:
        lst({(2j if y else a): c[33056], False: ''}, *x, **a)
    while (not b):
        while (lambda zz, q=1: (lst.y and 50330)):
            return b
            while 's':
                b -= d
        def f97(x, *args, k=1, **kw):
            class C6(a):
                def m(self):
                    c = zz
                    b = (lambda zz, q=1: (y() is 'a longer string value' < a.d))
                    d = (b[a:y(d, ('__contains__' << d))],)
        continue
    y = b = '__contains__'

