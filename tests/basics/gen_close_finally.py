def g():
    try:
        for i in range(10):
            yield i
    finally:
        print('cleanup')
for v in g():
    if v == 2:
        break
print('after loop')
it = g()
print(next(it))
del it
def counted():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print('GeneratorExit at', n)
        raise
c = counted()
next(c); next(c)
c.close()
print('closed')
