def f():
    out = []
    for i in range(5):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    raise ValueError(i)
                out.append(i)
            finally:
                out.append('f%d' % i)
        except ValueError:
            out.append('v')
    return out
print(f())
def g():
    while True:
        try:
            return 'from try'
        finally:
            print('finally before return')
print(g())
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except'
    finally:
        print('h finally')
print(h())
