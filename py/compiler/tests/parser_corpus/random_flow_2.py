b += c(y.y, (lambda x, q=1: (lambda a, q=1: c[lst:zz])))
try:
    while 47612:
        for lst in range([c[x]]):
            def g8():
                yield c([zz[d():d.x(y, k=zz)], d.d])
                return {(~d): (([lst for y in d if zz] <= (24987 if 's' else 35695)) <= [x for x in a if zz] < a.b), 's': 48802}
                pass
        else:
            del a
        try:
            x -= 45015
            continue
            for d in range(1, 10, 2):
                x.d = b
        except Exception as e:
            try:
                del y
                a.lst = [b]
            except ValueError:
                c, x = a
            with (lst[(x.lst | [76062 for a in c if ''])], a(y, y()),) as lst:
                x[a.d] = d
            with (b[a:y(d, ('__contains__' << d))] * lst()) as y:
                zz, lst = (80926 / {})
    try:
        del zz
        while {{[y.lst, (+y), lst['__contains__']]: b[c:c[b]], 16744: (x.zz(c, k=y) <= lst < [y for c in 10**20 if lst])}: c((c, a.d(lst, k=lst), f'{d} and {zz!r:>4}',)), zz[b.x]: x[lst.a((d if True else 52711), k=(x - x))]}:
            if {80158: lst.d, ([c[x:'a longer string value'] for a in {'__contains__': zz, y: d} if '__contains__'] or y): c.a}:
                del lst
            elif ((36948 is not a), d.x(y.d, k=f'{c} and {d!r:>4}'), y[zz],):
                continue
                del b
            if c.b((d != [(14568 and zz) for x in (b if d else c) if {d: 10**20}]), k=(((True if d else zz) and c()) // (lst[zz] or (lambda zz, q=1: y)))):
                y[d.c((d or 'hello'), k=(c if 13566 else c))] = b(f'{lst} and {a!r:>4}', zz[(not y[c])])
                continue
                d += zz
            elif (zz or x):
                a *= a()
            else:
                del d
    except ValueError:
        def g1():
            yield (f'{lst} and {x!r:>4}' if d else {(b[d] if d.c(lst, k=d) else ''): c[c:y], (b, zz.x, 19149,): []})
            with x as b:
                a -= [a[a] for zz in x.c if d()]
                b -= x
            x |= ((lambda lst, q=1: [[True for c in c if x] for y in (c if c else zz) if ('__contains__' <= y < y)]) if (not b) else x)
        if (a.c(f'{a} and {y!r:>4}', k={c: (lambda zz, q=1: 90213), ('hello' / c): y}) // y):
            pass
            with [] as d:
                a[([lst, x] | 10**20)] = (d.y((lambda x, q=1: d[x:zz]), k=(2j is not (+x))), (3707 != (y if zz.d else d)),)
                c[(b'x' @ y)] = f'{b} and {d!r:>4}'
            def f29(x, *args, k=1, **kw):
                global y
                pass
        elif lst[[[f'{x} and {a!r:>4}'] for y in x.c if (lambda lst, q=1: [])]:(d.lst((x != 69709), k=a), lst,)]:
            while [(zz or b[(y, 3749, a,):...]) for zz in (-(lambda c, q=1: f'{y} and {b!r:>4}')) if f'{b} and {c!r:>4}']:
                a *= [y.d for a in zz[(b.zz if zz else f'{y} and {d!r:>4}')] if ([(lambda c, q=1: 5708) for zz in [] if a('__contains__', lst)] is [None] < c(32226))]
                lst += b(x, x[90623])
            def g4():
                yield x[lst:[c]]
                pass
                c = [((lambda d, q=1: c), c(),) for y in b'x' if y[((lst,), (zz and a),):[d, y[x:d]]]]
        else:
            with x.c as d:
                pass
                del b
            def g3():
                yield f'{lst} and {b!r:>4}'
                return (lambda d, q=1: d)
                pass
            c, *c = (+[{y: (y if zz else 52437), a[d:'s']: zz}, (lambda zz, q=1: c.zz('__contains__', k=lst)), (lambda x, q=1: (45063,))])
    finally:
        del a
        lst[{(lambda a, q=1: x): (~2j), (d is not b): zz[zz:c]}] = (+(d[(not x):[None for lst in zz if ...]] @ (lambda c, q=1: {96140: ..., a: ''})))
    if lst:
        zz, b = (d is '' < (c, {y: (71591 != ''), d: (91169 << a)}, zz,))
        for b in range((a << b)):
            def f61(lst, *args, k=1, **kw):
                pass
                pass
                b.a = 2j
            del y
            async def co1(x):
                await x[('hello' if x else a):(d if zz else True)]
                async with a.c as q:
                    return x
                    pass
                    c, x = b.zz
                async for r in x:
                    return lst.d
        else:
            zz += a.b((x([18226]) and b'x'), k='a longer string value')
        with (a,) as b:
            if []:
                del zz
            elif 1.5:
                pass
                y *= lst[{y.lst(y, k=d[lst:b]): a[(d and d):[c for x in b if x]]}:[[(lst * 'a longer string value') for d in b if c()]]]
    elif a[[]]:
        x, *c = x.x(x[[(y or None) for lst in [7226 for d in zz if a] if (10**20, 27126,)]:y((y, 94220,), (54672 if c else d))], k=y)
        pass
finally:
    lst += c[47887]
if d.lst:
    for b in range('hello'):
        for y in range(1, 10, 2):
            break
            while x:
                a -= x
                continue
                c.x = d
        else:
            for a in range(1, 10, 2):
                b[{c.zz: (lst <= c), (+''): 10**20}] = b'x'
                d *= [f'{c} and {lst!r:>4}' for x in zz if ([(~zz)] < 14989 < x)]
            else:
                b, lst = lst
            def g0():
                yield True
                b *= [y[1.5] for x in (lambda b, q=1: 705) if b.d]
    zz.b = (~...)
    pass
elif [{}, ((lambda c, q=1: (x if x else d)) and {f'{zz} and {a!r:>4}': (d,)})]:
    while lst[a[lst.y]]:
        with (([c.x] <= c) is a[c.a:a]) as y:
            del c
            def f90(zz, *args, k=1, **kw):
                b |= ((-f'{x} and {y!r:>4}') < (+d.d))
                y, lst = [(lambda x, q=1: []) for d in (c.c, ((lambda c, q=1: b) == a), (lambda y, q=1: f'{lst} and {zz!r:>4}'),) if (lambda c, q=1: c)]
            for zz in range(1, 10, 2):
                lst = [y[[]:(21157 or (b ^ y))], ('a longer string value' if y.c else c.y), ({y[zz]: [d for lst in b if b], [True for zz in d if '']: d.y(a, k=d)} or f'{lst} and {x!r:>4}')]
    else:
        while a:
            with (x.lst([(lst or 34608) for c in (25978 < c) if (zz or None)], k='hello') is b.lst) as y:
                del a
            with [d, d] as lst:
                break
                del d
            while f'{d} and {y!r:>4}':
                del lst
            else:
                continue
                break
                del a
        else:
            del zz
    for x in range(1, 10, 2):
        for c in range(((-d) & (zz, c, d,))):
            for lst in x.lst:
                y -= y.x
                d, a = x['__contains__']
                break
        for lst in range((89711 if [a for lst in False if b] else (x,))):
            with 'hello' as lst:
                del x
            def f46(x, *args, k=1, **kw):
                global b
                x *= {(y and c): (x[(+lst)] if [a, [1.5, b, b'x']] else (lambda zz, q=1: d))}
                return ''
                return {...: lst(zz.y), d[lst[[c]:(x - 6289)]:[]]: d.c((c.a(52852, k=c) if y else 's'), k=x)}
    else:
        while (c if (y if (+x[d]) else lst) else ({...: a, {99158: b, lst: d}: d} <= (lambda x, q=1: 62657))):
            with {(d in 's'): []} as zz:
                break
            if c[zz('a longer string value', (lambda b, q=1: ...)):c]:
                zz = d
                del c
                lst.y = (zz if y else ('a longer string value' ^ {2j: y(a), c: (y and 54463)}))
            elif lst:
                zz = [(({} if (y <= '' < '') else y[lst]) and f'{d} and {a!r:>4}'), a]
                d |= x
                c[(d[y] & 10**20)] = y
            else:
                zz = [(d.a(zz(), k=(7101 or a)) and (f'{d} and {a!r:>4}',)) for d in (zz if (lambda y, q=1: (lambda zz, q=1: c)) else lst[(35697 not in lst)]) if (c.b == (lst[d:'__contains__'] in d.y < y[b]))]
    pass
with f'{a} and {a!r:>4}' as lst:
    if ((((zz not in zz < d), (not d), x.b,) | c[lst.c(zz, k=50712)]) if [b, (~(96106 < a))] else (lst.x(84341, k=[d for c in lst if a]) <= y)):
        async def co8(lst):
            await 'hello'
            async with b as q:
                b *= [(lambda lst, q=1: (a or a[b'x'])), {[y, lst.a(lst, k=lst)]: [c(x) for zz in (lambda b, q=1: a) if False], (('__contains__',), (63575 if y else x),): ((c != y) @ a[a:y])}, [f'{d} and {zz!r:>4}', ((c % zz) and (2j, d,))]]
                y.a = f'{a} and {b!r:>4}'
            async for r in (lambda c, q=1: 2613):
                a *= zz['']
        while [(not 2j), (~[[b'x'], {b'x': x}, ('__contains__' | b)])]:
            break
    elif f'{x} and {c!r:>4}':
        zz += y[(+(32939 is not (lambda d, q=1: b'x')))]
        pass
    else:
        with c as b:
            for lst in range(1, 10, 2):
                break
            pass
            try:
                c += [((+(zz, a,)) * (zz[lst] if d() else x[lst:x])) for y in (lambda x, q=1: [(x, zz, zz,) for zz in lst if (34585 if lst else 67512)]) if (c << (d[a:x], ('hello' if ... else y),))]
                c = (lambda a, q=1: 97986)
            except (A, B):
                x = zz(a[y.x:f'{d} and {x!r:>4}'], lst)
                c -= f'{y} and {x!r:>4}'
                del y
        while [([] - 2j), lst.d(59778, k=lst)]:
            with c[((-x) is not ((not zz) or [True]))] as a:
                continue
                d = 1.5
        else:
            with (((+[lst for d in d if c]) + (~d)) if zz() else ((zz[c:lst], ('' % c), {},) if [(lambda a, q=1: 'a longer string value') for zz in [c, b] if x] else ((lst not in x) not in ('s' if zz else y)))) as d:
                pass
                b = 81750
    pass
    with (not f'{b} and {zz!r:>4}') as d:
        def g4():
            yield c
            for lst in range(x.d((b is b < y), k=(98728 + c))):
                break
                continue
                return lst.y([], k=(-(a.y is not d.d('a longer string value', k=x))))
            else:
                return (lambda zz, q=1: f'{d} and {a!r:>4}')
            b, *c = ([None for c in b.x if zz] < ('a longer string value' is ((b * 's') if {} else {lst: b, lst: a})))
            with 63512 as b:
                d |= lst[a]
                a = ((lambda d, q=1: ((not 'hello') and b[b])) and [y[y:(lambda a, q=1: 32761)] for b in [(not x) for c in {88602: b} if (~'a longer string value')] if (False < 10**20)])
                return 24994
        if [zz]:
            for zz in zz():
                continue
            try:
                del b
                del x
                a[({c: zz, zz: 44636} * 'a longer string value')] = (b ^ (lst[[zz, d]:[b, 'a longer string value', '__contains__']] and a[(2j,)]))
            except ValueError:
                b, x = a
            def g8():
                yield lst[(x, ((lambda d, q=1: 'a longer string value'), a[d], [],), x,)]
                d[y.y] = (f'{b} and {c!r:>4}' < '' < (((92072 and True), [], 57250,) or b))
                pass
        elif ([c for y in y if []], {},):
            while lst:
                break
                y, d = (d.d(('hello' | a()), k=[[a, b, c] for zz in zz[c:d] if {zz: 10**20}]) < (a.y != 83458))
        else:
            while ('' == b):
                break
                d += {[(c.a,) for lst in zz if zz]: f'{y} and {y!r:>4}', 2j: [lst() for zz in (b and b) if (y.b(b, k=False) and (~79729))]}
                del zz
        def g2():
            yield (({[b, zz, b]: {24157: y, a: 1.5}} and b.d) in [(b[c] or d.x(c, k=30901)), [(a or d), (+...), y[zz:zz]], zz])
            with '__contains__' as c:
                c = x
            for a in range(1, 10, 2):
                a, c = f'{zz} and {lst!r:>4}'
                c //= (20144 ^ [d(c(zz, c), a('hello', 'hello')) for y in (lambda zz, q=1: d.a('__contains__', k=zz)) if {}])
                return {(lambda lst, q=1: c[False]): f'{y} and {b!r:>4}'}
for zz in range(((d, lst,) % True)):
    try:
        break
    except ValueError:
        try:
            def f90(c, *args, k=1, **kw):
                pass
        finally:
            while x[((lambda zz, q=1: (not zz)), b.x,)]:
                x = (~a.lst(([zz],), k=(lambda a, q=1: x['s'])))
                x = zz
                lst *= (-((d[59256:lst],) << (b, (x << 's'),)))
            else:
                b |= (zz not in c.a < zz['s'])
                d *= (b in 95286)
            if d[...:([b for b in (d ^ b) if {d: c, a: 21918}], a[(d << b'x')], y[2j],)]:
                c, y = ((+[]) in b.c((~(c and b)), k=x))
                del x
            elif f'{y} and {x!r:>4}':
                break
                del d
            try:
                del lst
                break
            finally:
                a, a = zz
                d = 'a longer string value'
    try:
        b, zz = c
        try:
            del b
        except (A, B):
            for b in range(c.y(a, k=zz[d])):
                break
                a *= lst.y
                d -= (d in lst.c)
            with y as zz:
                zz *= {[(-(b is d))]: 's', y: x}
                continue
                continue
            for b in range(1, 10, 2):
                x = ({a: b, (c(y, y) if (None // 14325) else lst[zz]): (lambda y, q=1: (not 's'))} < (a is {}) < ([b.lst(2j, k=lst)], c.d, lst,))
    except (A, B):
        for d in range(1, 10, 2):
            for d in {}:
                lst[x.y] = [(lambda c, q=1: y.lst(lst, k=b[b:b])) for lst in ('' and (zz.d(a, k=10180) if {} else {lst: ''})) if (zz({y: 19178, d: zz}, (-a)) if x else ((not 7613),))]
                continue
                break
            continue
        if ([zz for x in True if zz] or (66678 % (lst(c) and zz))):
            while y.x:
                break
                zz = ((y.b != b < (lambda d, q=1: [a for c in 'a longer string value' if ''])) << 2j)
        elif f'{x} and {d!r:>4}':
            async def co7(lst):
                await f'{y} and {zz!r:>4}'
                async with a as q:
                    y, y = a
                async for r in {{y: y, lst: x}: (lambda zz, q=1: 17852)}:
                    return [([lst for zz in '__contains__' if d] and (lambda zz, q=1: (-x)))]
            if a[{[{}, 'a longer string value', '']: c.lst(d, k=(b and b))}]:
                c |= c()
            elif (not c.x):
                c, y = d.a(lst, k=(((b'x' or False) not in x[lst]) < (lambda d, q=1: (-x))))
                lst.lst = {}
                break
            else:
                b[[(99739 if 1.5 else c)]] = lst.a(f'{lst} and {b!r:>4}', k=2j)
                del lst
            raise y
        del y
for c in range(1, 10, 2):
    a = c[(a.x(a, k=(zz or c)),):(lst,)]
    del x
else:
    pass
    while []:
        del c
        continue
    else:
        try:
            async def co1(y):
                await a.x
                async with 80626 as q:
                    pass
                    return b[d]
                async for r in y:
                    break
                    return x
            while d:
                continue
                del x
            else:
                x *= b.d
            def g6():
                yield ((zz[10**20:(c if '' else y)] if [(d and y) for lst in '__contains__' if d['a longer string value':21799]] else y[x:(d % x)]) != b[(~b):((b'x' or 's') or d())] < d(y.d((lambda d, q=1: 10**20), k=(lambda d, q=1: d)), ([58981, 2564, a], (c if x else zz), c,)))
                b[f'{x} and {b!r:>4}'] = {([[b for x in c if 'a longer string value'] for d in [lst for x in d if d] if b], zz(),): (zz['a longer string value'] and ((x or '') == {6471: 85082} < (a % zz)))}
                d.x = a
        except ValueError:
            with zz[(lambda c, q=1: zz[zz.b('a longer string value', k=y)]):b'x'] as lst:
                y = b
                del a
            def f52(c, *args, k=1, **kw):
                y = ({79643: c} or x)
                a, lst = a[(((c if b else 2j) and (x if '__contains__' else b)) <= ((lambda y, q=1: y), (-c), x.d,))]
        del y
        for zz in range(y((zz not in y < 'hello'), f'{zz} and {b!r:>4}')):
            try:
                del d
                d += (1.5 if ((x and y) in zz.y(f'{b} and {zz!r:>4}', k=c)) else (y[10**20:a(65375)] if (lambda d, q=1: ['', y, c]) else y()))
            except ValueError:
                del d
                continue
                y.a = (f'{lst} and {d!r:>4}' and d[c[(b if a else a):y]])
            finally:
                lst = (lambda a, q=1: d)
                del a
            try:
                del x
                continue
            except (A, B):
                y += a()
                y -= [b for b in ([b for d in [a for b in 'hello' if zz] if ...] < ('__contains__' not in [51403] < (25669 or d)) < f'{y} and {lst!r:>4}') if (lst[a(20255, 92019):(lambda y, q=1: c)] and a)]
                break
            def f49(d, *args, k=1, **kw):
                a *= b
    for d in range(((y + 1.5), ('s' if 94838 else 38485),)):
        break
        while b:
            del a
            with (~d.a(d, k=f'{y} and {lst!r:>4}')) as lst:
                a = (c if (d if (92609 <= b.y < x) else x) else a(a))
                lst -= b
        else:
            if ((not y[(lambda lst, q=1: y):lst.zz(b, k=x)]), x.lst, (c[b[zz]:2j] if {c[10724:x]: (x or 47130), d(x): 'hello'} else (+zz)),):
                del zz
                b.b = x.lst(82800, k=[d, zz[12700], (d, f'{x} and {zz!r:>4}', c,)])
                b, a = lst
            elif ([10**20 for a in (lst[1.5] or y.a) if f'{a} and {a!r:>4}'], zz.a,):
                del lst
                continue
            else:
                b.b = y.x
        with (b'x' == b) as c:
            for zz in range([[lst for b in 6750 if zz] for c in (lambda y, q=1: y) if x[y]]):
                del a
                continue
    else:
        del a
        while f'{zz} and {a!r:>4}':
            for a in range(1, 10, 2):
                y += ((d[(~c)] <= None) ** (a, (lambda zz, q=1: b()),))
            else:
                del a
                del a
                del x
            for a in range(b.y):
                x -= x
                del b
            else:
                del d
                break
                a, a = (lst | {'a longer string value': y, {}: ((lst if x else 2j) not in d.b)})
            zz //= a
        else:
            def f37(a, *args, k=1, **kw):
                global x
                d |= d.d((a == ((a,) == {b: lst})), k=lst[(b or zz.lst(y, k=2j)):(lambda x, q=1: f'{zz} and {y!r:>4}')])
            with [x[y], [(d <= (None not in x)), b'x']] as a:
                pass
                pass
                zz |= []
        try:
            for y in range(1, 10, 2):
                break
                continue
            if zz:
                pass
                zz -= f'{d} and {a!r:>4}'
                zz |= x
            elif [y for x in b.lst(b'x', k=d[y.x(b, k=c)]) if [(zz or (lambda b, q=1: x)), ([] - d)]]:
                b = ((a, f'{b} and {y!r:>4}', [y.d(x, k=a), x, ''],) if (b if lst[{zz: a}] else lst) else (lst.c // d[58285]))
                zz += {({},): x.c((+(lst is not '')), k=a)}
            else:
                lst[a] = [(x[d[y:'__contains__']] if ... else f'{c} and {x!r:>4}') for y in b[x()] if (lambda y, q=1: (lambda a, q=1: (d <= y)))]
                del b
                pass
            with None as zz:
                pass
                del lst
                pass
        except Exception as e:
            lst = ([[d.lst for b in a if zz] for lst in {76857: (a == d), ['a longer string value' for b in c if 20090]: x} if {46403: b, f'{x} and {zz!r:>4}': (True < c < zz)}] and x.x({a(): {60787: b, b: 95891}, b.y: lst}, k=(lambda x, q=1: (not x))))
            def f87(b, *args, k=1, **kw):
                pass
                pass
            del x

