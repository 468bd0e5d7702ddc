del b
while d:
    try:
        continue
    except ValueError:
        with (lambda a, q=1: ((-(2825 if 85037 else a)), x.lst(x, k=(x, x,)),)) as x:
            for a in range(1, 10, 2):
                del x
                continue
            def f4(lst, *args, k=1, **kw):
                lst |= c.zz
                pass
        continue
    break
try:
    def f39(a, *args, k=1, **kw):
        try:
            return x
            x.lst = [zz((a.lst and [x for lst in 62958 if x])) for lst in {[zz, (29994, False, '__contains__',)]: ('s' and (x,))} if (2j or False)]
            while [y for d in ({40795: zz.lst(y, k='a longer string value')} if [(a // 51976) for c in 10**20 if [x for d in a if zz]] else lst.a) if (a in 'a longer string value')]:
                lst //= (73394 and x[d[a:x.zz('hello', k=x)]:{}])
                return ([{} for zz in (lambda lst, q=1: (20473 != c)) if (('' or d) ^ (-10999))] == ... < ((lambda y, q=1: zz('a longer string value')) if (not b) else (b if c.c(b, k=b) else x['a longer string value':y])))
        except ValueError:
            while 38662:
                lst, b = x
            with '' as c:
                c += [y[y[{'hello': a}]], 38638, (lambda zz, q=1: ((b if 'a longer string value' else b), (d or c),))]
                y -= (~b)
                return x
        finally:
            zz -= (y[(~b):(+lst)] if b else 83180)
            zz[{'__contains__': ('__contains__' if False else False)}] = ((y == (a << (lambda x, q=1: 1.5))) if 93593 else x.y)
        pass
        with [d[d[zz]], d] as a:
            with a[c:c[y:lst.c((lambda b, q=1: d), k=2j)]] as d:
                x *= {{}: [y[f'{x} and {a!r:>4}'], zz], x: (((zz == b) is 1.5) < {zz.lst(c, k=a): ['a longer string value' for b in b if True], (lst,): c.zz(c, k=x)} < (lambda lst, q=1: y))}
                lst //= d
                x, y = (c ^ (((d == zz) and (x % 's')) - a[y[True]:[y for lst in zz if zz]]))
            d, d = y(zz.d(lst, k=(a[x] & (lambda lst, q=1: c))), (x.zz, [lst for lst in ('' if y else 53246) if f'{c} and {lst!r:>4}'], ('__contains__' and y(y, 10**20)),))
            while {}:
                b[lst[b:d.a]] = c
                y = (lambda y, q=1: ([(zz % 's') for zz in (a, 1.5, y,) if x(lst)] * {(lambda zz, q=1: y): (lambda x, q=1: 81486)}))
    with (~(10**20 ** d)) as c:
        del d
except (A, B):
    try:
        pass
    except Exception as e:
        for b in range(lst):
            while {c.x((~(x, y, d,)), k=b[('s' + 62866):(y if lst else False)]): 50660}:
                lst = ('' or 70283)
            else:
                b[[]] = (c @ (x.d or (f'{y} and {y!r:>4}' if f'{x} and {x!r:>4}' else 2j)))
            with (lambda a, q=1: lst((lst['a longer string value'] @ (lambda b, q=1: c)), None)) as x:
                b, d = [b(None) for d in c.lst if ([('a longer string value' or 'a longer string value') for a in a.y(c, k=lst) if b],)]
                del x
    finally:
        def g6():
            yield d[10**20:[a[(... not in zz < c)] for b in zz if [(y if a else b), zz]]]
            pass
            with ({lst(): a[68543:{x: zz, lst: d}]} or c[1.5]) as x:
                b -= []
                y = y
                b = c
        def g6():
            yield d
            for x in {lst: (lst ^ {}), lst.a(d(), k=((70780 <= zz) ^ f'{y} and {lst!r:>4}')): lst[(lambda y, q=1: (10**20, False,))]}:
                a = lst((a.b <= y))
                continue
                continue
            pass
            def f2(zz, *args, k=1, **kw):
                global c
                pass
    try:
        for lst in (-c):
            try:
                a += []
                lst *= '__contains__'
                del b
            except (A, B):
                break
                del a
                b |= y
    except (A, B):
        def f21(b, *args, k=1, **kw):
            global x
            while [{x[(lambda zz, q=1: b)]: y, d: (y in (not False) < [])}, c[[(y or x), {x: c}]]]:
                d //= 65953
                break
                zz //= {(False if ((-a) and b.x) else x[[lst for zz in 2528 if x]:y]): zz.y}
            def g6():
                yield 'a longer string value'
                b *= 45382
                b, y = ((~[a for b in zz if f'{x} and {b!r:>4}']) if zz.y else zz)
            pass
    finally:
        del y
        try:
            def g7():
                yield lst[lst[((~c) < (lambda b, q=1: ...) < [a, y])]:[({} or b) for zz in a[(lambda y, q=1: c)] if '__contains__']]
                d *= y()
        except ValueError:
            with b.c(((a.a == b.d(56517, k=y)) or d.a(a, k=f'{a} and {a!r:>4}')), k=2j) as y:
                pass
                del x
                b //= c()
            zz |= y(f'{a} and {lst!r:>4}', [y((c, 44660, '__contains__',)), d, (62848 if (c | b) else (~x))])
        with {{x.lst: (b[y], None,), lst.b('hello', k=(y, False,)): [a for d in x.lst(71219, k=lst) if 2j]}: x.b} as c:
            try:
                x = [x]
                lst.d = 50623
                b = f'{d} and {a!r:>4}'
            except Exception as e:
                y, d = ([(lambda c, q=1: zz[d])] or c[lst.x({c: y}, k='a longer string value')])
            finally:
                pass
finally:
    try:
        with False as y:
            if x:
                del x
                d |= ('hello' / 97725)
                del lst
            elif [c[b.x:c.y((zz @ ...), k=(2j is not y < x))]]:
                del a
                pass
                zz = ((lambda a, q=1: c), 's',)
        while ([[b.x(c, k=a) for b in (d ^ y) if ...] for lst in (lst.lst or {}) if c.c] ^ a):
            if zz.x('s', k=[(x ^ zz.x(zz, k='a longer string value')), a, (lambda c, q=1: d)]):
                lst = y
            elif y.zz({}, k=d[y]):
                break
                break
                continue
            else:
                b = a
                zz[a(b('__contains__'), (a, 2j,))] = x()
                b |= ([[(zz if 93084 else 'hello'), (y and 'hello')] for y in [] if y] if (+d) else y)
            if b[zz[((c < zz) if 41250 else [a])]]:
                del c
                x += c[b[((47257,) or (x if 1728 else a)):a]:b]
                a //= ((((not zz), (b if c else y),) ** [a(13632), lst.zz, ('' if d else d)]) ** d.d)
            elif y:
                del y
                continue
                a = (x(({b'x': a},), f'{b} and {zz!r:>4}'), a,)
            else:
                continue
    except ValueError:
        pass
    finally:
        pass
        del y
        with (lambda zz, q=1: (-f'{c} and {zz!r:>4}')) as y:
            try:
                del b
                lst -= (lambda a, q=1: (lambda x, q=1: f'{x} and {x!r:>4}'))
            except Exception as e:
                del x
                y *= d
            del a
    try:
        d, *zz = (lambda b, q=1: y[y[[]]:(b != (lambda y, q=1: zz))])
        b //= [[[1.5 for a in a if a.lst] for a in 1074 if zz] for zz in 73173 if ({} % (y[c:lst] < (not 43337)))]
    except ValueError:
        del b
if (+(41038 == c < (a('', x) == 26424 < 'hello'))):
    while [[x] for zz in zz(lst.lst) if x]:
        for c in range((lambda b, q=1: (-y))):
            while (~f'{zz} and {c!r:>4}'):
                del y
                c = zz[(b,)]
        a -= f'{zz} and {zz!r:>4}'
    try:
        try:
            pass
            del lst
        except ValueError:
            if y:
                del x
                pass
            elif y:
                b.c = (~[(... and (lst is not d < x)) for lst in x if (+a)])
                d *= 47129
                x = x.b
            else:
                zz -= a[(({6764: d, zz: 10**20} if zz else y.zz) ** zz):[]]
                pass
                a[x] = ((((lst < c) and lst) and (d(y, 2j) and b(x))) if d.c({(-b): 67972, [d for zz in c if lst]: d}, k=a) else zz((~zz)))
            if 10**20:
                pass
            elif zz[d:a]:
                x |= (((2j and y) if (not (y, 1.5,)) else x[(None not in ''):f'{c} and {d!r:>4}']),)
                del d
            else:
                b, b = lst[lst]
        finally:
            def g0():
                yield x[d[{(c in None): b.x}:(('', 97832,), (d, b,),)]:lst]
                return [c for zz in x if (('s', [], (zz,),) % a.lst({y: lst, y: True}, k={}))]
                return b
                zz = ({zz[zz[d:d]]: x.c((+a), k=(42928 if a else zz)), lst(): ((~lst) == zz)} if (lambda x, q=1: (-(lambda zz, q=1: x))) else (a not in c < c))
            try:
                pass
                pass
            except ValueError:
                c //= True
        def g2():
            yield [((lambda zz, q=1: (lambda c, q=1: 46905)) if x else {{}: f'{b} and {c!r:>4}', d[...]: c(b)})]
            def f25(a, *args, k=1, **kw):
                x += (x <= '')
                return d[y.c:[f'{zz} and {lst!r:>4}', [x(), ..., (-lst)]]]
                return (lambda d, q=1: b[None:y])
            with zz as lst:
                d = zz
                b[(-[47796])] = 1.5
        a = {}
    except Exception as e:
        pass
        def f82(b, *args, k=1, **kw):
            global lst
            try:
                return {((zz,) if 'a longer string value' else b): f'{b} and {a!r:>4}', [[d] for a in lst[y[a]:a.y] if (lambda d, q=1: (zz,))]: {a[(c or y)]: c[(lst if lst else x):(8179 == b)]}}
            finally:
                pass
                pass
            return c
            with d as zz:
                pass
                a //= (((lambda b, q=1: (84650, a,)) or 'a longer string value') ** (lambda d, q=1: zz))
                c.a = (lambda b, q=1: '__contains__')
elif (c // (zz @ lst[(1.5 and '__contains__'):(2752 or d)])):
    with ... as a:
        with [c(), (+b)] as d:
            if (~lst):
                del a
            elif {(((b'x' / 50041) is not a[...]) and ((lambda lst, q=1: zz) <= (+b) < lst(lst))): c}:
                a *= lst.b(((lambda y, q=1: {y: b, c: y}) / a.b), k=d(c))
                lst = c
            try:
                a |= b
                a |= a
            finally:
                b, a = y[y():d[(lambda zz, q=1: (2j if x else x))]]
                x *= (zz[(a[y:c] != 'a longer string value')] == b)
        if 58321:
            try:
                pass
            except ValueError:
                pass
                del zz
                b, x = d
        elif d[10**20]:
            def h3(a):
                v = (~([(lambda y, q=1: y) for zz in (a and 82065) if (b,)] << (('hello' <= a < None), (73232, d, None,), (+'s'),)))
                def inner():
                    nonlocal v
                    v = v + 1
                    return v
                pass
            pass
        while (a.y(y(lst.d(b, k=10**20), lst[...:a]), k=[c for x in (a if d else b) if b'x']) ^ y.a(((lst % a) ** (c and 'hello')), k={})):
            try:
                b.a = lst[{}:(d[b.lst:(-2j)] ^ {[lst for x in y if zz]: x.lst('hello', k=b)})]
                d = b
            except Exception as e:
                d *= [a for y in zz[b'x':y.d] if (not a.y(y, k='a longer string value'))]
                x *= 10**20
                continue
    with d.b as d:
        pass
        a += (y and d[(lambda zz, q=1: zz)])
        while (~57634):
            if c.c((-a.c((59430 if c else 55284), k=(~d))), k=(lst | [[zz, 10162] for d in [c] if c[lst]])):
                del y
                continue
                del lst
            elif ((~x[(86072 and lst)]) == (y[{}:b] and '') < ''):
                del a
                a[[{zz: b, zz: lst} for y in d if zz[lst]]] = [None, (lst() if f'{zz} and {c!r:>4}' else '__contains__')]
                d -= c()
            else:
                lst |= {b: x}
                x |= (y[[{'__contains__': 18151}, d[True]]:'s'], x, (y[y.lst], d,),)
                b *= 82400
            try:
                zz[a.d] = (a[zz[a.d('', k=b)]:a[lst:c(18665)]] if ([(lambda lst, q=1: 10**20) for y in y[51122:lst] if c] is not c.b((lambda lst, q=1: lst), k={81985: c, lst: b}) < 's') else (((-b),),))
                a, b = lst
                zz += x
            except ValueError:
                del c
                continue
                zz //= 1888
            for b in range((97173,)):
                x //= d
                break
with a as y:
    def g5():
        yield (((+zz.y(64410, k=c)) | {}) ^ (b or c.b(d.x, k=y)))
        for zz in range(1, 10, 2):
            with (y[y.zz((lambda b, q=1: x), k=(lambda d, q=1: y)):'__contains__'] if [... for d in ([8815, c, d] is {}) if f'{c} and {d!r:>4}'] else (f'{y} and {a!r:>4}' % (y is not zz))) as x:
                y[{(1.5 or c): (d or b'x')}] = '__contains__'
                zz += [(b not in 45039 < lst((-43798), a)) for c in (x.lst or f'{c} and {a!r:>4}') if lst]
            import os.path as b
        with zz as lst:
            def f86(x, *args, k=1, **kw):
                pass
            try:
                x //= {}
                return lst.x
                pass
            except ValueError:
                b[d] = [a, {}]
                pass
            return a
    def g4():
        yield zz
        while b:
            try:
                lst.a = a.lst
                a |= f'{lst} and {x!r:>4}'
                x += (lambda d, q=1: zz[y.x])
            except Exception as e:
                continue
                y //= (zz or [f'{x} and {x!r:>4}' for a in y if x])
                a //= (not (((lst + 20064) or [lst, x]) or ((c or b'x') and b)))
        else:
            y *= lst
            with [(lambda d, q=1: ([b, 'hello', zz] ** ['', 56751, b])), (not c.c((-zz), k=[c for lst in c if 65913]))] as x:
                c += (a[y] and c)
                b -= lst[('hello' and (lambda lst, q=1: (d * ''))):(+...)]
                c //= (b or [(lst and b) for lst in [(not lst), (None if 48041 else c)] if d.zz])
    try:
        with (d[y[(lambda x, q=1: ...)]] % 'hello') as lst:
            if y.d:
                x = f'{a} and {y!r:>4}'
                pass
                lst += ([f'{b} and {c!r:>4}'], [c for a in [{lst: 84496} for lst in x.a(a, k=zz) if 10**20] if c],)
            elif lst:
                b = d
                pass
                a //= [{}]
            else:
                pass
            for d in range(1, 10, 2):
                d //= c
                zz.zz = ((d.b(zz.a(x, k=zz), k=f'{a} and {b!r:>4}') & y.c((zz not in a < 92600), k=zz)), y, a,)
                lst *= ({} or lst)
            while [lst[y[19763:{2j: '__contains__', c: b'x'}]:x] for c in 'hello' if y]:
                a.b = ([(c.lst is d(d) < (40729 and 65367)), 10274, (lambda d, q=1: c)], lst.x(y[c:zz], k='__contains__'), (+(d[''] if zz[False:'a longer string value'] else b)),)
                del lst
            else:
                pass
    except (A, B):
        try:
            for lst in range(1, 10, 2):
                d.x = (10**20, y(b.lst(x, k=['__contains__', c, 92472]), ((45391 // lst) ^ [a])),)
                a -= b[1.5]
                zz *= 'a longer string value'
            with a(a, f'{zz} and {y!r:>4}') as y:
                del y
                del d
                pass
            pass
        except Exception as e:
            lst, b = (32095 & zz)
            if (((x[lst], 9571,) in (lambda d, q=1: (lst * lst))) is not (+{}) < {b(b.x, (lst, 95426,)): lst}):
                b //= 76204
                d *= ({} < (zz.lst, x((d % y)),) < (d,))
            elif y.x:
                pass
                c -= ((not lst) and 's')
                d //= x.y((lambda lst, q=1: (c and [lst, a])), k=c.b)
            del d
        pass
try:
    for y in range(1, 10, 2):
        if ((zz and False) or (({} if (98730 in 71125) else a[d:80916]) if [b.b(50192, k='') for x in a(zz) if (16562 & y)] else [])):
            with y[55437] as c:
                b |= b((lambda zz, q=1: b.x), (lambda zz, q=1: 2j))
                y.b = {((d(), c.a,), c, f'{c} and {x!r:>4}',): d, '': [lst[lst.lst(y, k=c)] for x in a.y((lambda c, q=1: x), k=d) if f'{a} and {zz!r:>4}']}
            while c.y:
                del zz
                b //= b.b(87218, k='hello')
                break
            else:
                continue
                break
        elif c.lst:
            try:
                del d
            except (A, B):
                a, c = [(10**20 ^ y)]
                break
                del a
            finally:
                zz = 1.5
        else:
            def f16(d, *args, k=1, **kw):
                global b
                c.c = (not 25536)
                pass
            del y
        break
        for x in d.a(({c(): {x: b'x', zz: x}} < (-b(27762, zz))), k=(((lambda d, q=1: a), (c ^ ''), (b + x),), x.y((x < y), k=b.a),)):
            del lst
            def f87(d, *args, k=1, **kw):
                zz += c
            if [lst.zz(71594, k=(y(zz, a), y, (87633 or a),))]:
                continue
                del x
            elif a:
                break
                break
    while (lambda c, q=1: x):
        while c[(1.5, [b'x' for a in (a, b, lst,) if (lst,)],):[]]:
            y *= ([None for x in (1.5 if ['__contains__'] else {'': c, lst: y}) if {c: 'hello', (lambda zz, q=1: c): b'x'}] if 'a longer string value' else f'{y} and {y!r:>4}')
            try:
                continue
                del d
            except (A, B):
                continue
                c |= (f'{y} and {lst!r:>4}' or (lambda a, q=1: ([zz for d in 10**20 if 10**20] == (~'__contains__'))))
        else:
            with (((-f'{d} and {zz!r:>4}') and ({d: 55892, d: c} or lst)) <= c) as d:
                d -= lst
                continue
                del y
            lst += (lst % (~[(b, a,), (b in 33717)]))
        for b in d:
            with f'{x} and {c!r:>4}' as zz:
                d -= (x(x.a, (lambda d, q=1: (d or lst))) is zz)
        try:
            def f8(zz, *args, k=1, **kw):
                global x
                return {((y, b[b'x'], b'x',) if x else 73274): b.b}
                b[zz.lst] = lst.b
            with f'{d} and {y!r:>4}' as lst:
                del c
                del d
            try:
                continue
            except Exception as e:
                break
            finally:
                zz, zz = b'x'
        except (A, B):
            lst = a
            x.d = f'{lst} and {zz!r:>4}'
            del y
    del c
except ValueError:
    while (d ^ ({[]: [y], (lambda a, q=1: zz): x}, [d, zz[b:'a longer string value']],)):
        with lst([(a.a(zz, k=b), b,) for c in {} if (+('hello', d, c,))], (-(f'{d} and {d!r:>4}' in (-d) < (1.5 - c)))) as lst:
            for c in c[(lst, zz, (... or (7492 / 60100)),)]:
                c, x = 57016
            else:
                break
                del zz
            for c in (~c):
                del y
                a, zz = [42794 for c in 3761 if ((-(d not in 'hello' < 'a longer string value')) and x(d.zz('hello', k=b)))]
                b *= [b() for zz in (~f'{y} and {b!r:>4}') if x]
            del x
        continue
    else:
        while (((lambda d, q=1: b.b(d, k=lst)) and zz[zz:f'{x} and {a!r:>4}']) is ((... if d(a, 92879) else (d,)) and ((1.5 and x) or (b if x else c)))):
            continue
            c = zz.lst((lambda c, q=1: b.x), k=({zz.y(a, k=y): lst} * b))
            with lst as a:
                b = (~zz.zz(y.x, k=[(not 32182)]))
                c //= ('hello' if [] else [(zz[lst] if (~b) else (not 2j)) for zz in lst if y.b((1.5, 69056,), k=lst())])
    with ((..., y, x(zz, a(b'x', zz)),) if lst([(b and '__contains__') for y in (lst != y < y) if (b is x)]) else [b() for b in ((not 'hello') if c else b) if 10**20]) as c:
        def f1(lst, *args, k=1, **kw):
            while b[(lambda b, q=1: f'{zz} and {a!r:>4}')]:
                a |= 2j
            def h7(y):
                v = (([y, 'a longer string value', (not 51208)] - f'{b} and {x!r:>4}') if d else y[[10**20 for d in (lambda zz, q=1: True) if (a & c)]])
                def inner():
                    nonlocal v
                    v = v + 1
                    return v
                pass
            try:
                pass
                return zz[b.a((x[zz] | b['s']), k=(~(+c))):b[[39265 for y in zz[lst:x] if c]]]
            except ValueError:
                a.y = x(x.x)
                return x.lst
        c //= b
        y -= lst[(lambda zz, q=1: False)]
    def g2():
        yield {c: ((d() and (+x)) is ((~lst) and (zz, 30379, c,))), b[[[d for b in a if x], x[d], b(zz)]]: (x if (b % lst.x) else {(51536 or d): [37309], (+2j): y.d})}
        for zz in y.a([b, (x.lst(b, k=x) - b)], k=x.d({None: a(c, lst), (a << d): (10**20 or 20247)}, k=(lst @ None))):
            def g2():
                yield (1.5 != y.d)
                a -= (lambda lst, q=1: (lst() if lst.b else c))
                pass
                pass
            return d
        try:
            def g8():
                yield (c[(not b.x)] % (d[(a if d else None)] is c.y(lst[lst], k=d)))
                return (67895 not in None)
                a += d
            with [c.b((~(a <= lst)), k=({b: c} in (zz if 38830 else y)))] as x:
                pass
            with '' as zz:
                y.zz = (c.a((d, lst,), k=b) if (lambda d, q=1: d) else f'{c} and {b!r:>4}')
                d = c[(-y[[zz, zz, zz]]):a[x:{y(b, y): [38380 for d in c if '__contains__'], [x for a in zz if b]: x[False]}]]
        except Exception as e:
            with f'{zz} and {x!r:>4}' as d:
                a -= 9923
                return lst()
                a |= a
            try:
                pass
            except (A, B):
                lst //= f'{b} and {zz!r:>4}'
                return f'{a} and {d!r:>4}'
                lst //= lst
            finally:
                pass
                lst |= zz.a(lst, k=c[x:lst])
                pass
            zz[b(18446)] = y
        finally:
            return zz

