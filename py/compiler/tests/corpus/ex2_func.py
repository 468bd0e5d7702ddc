def outer(a, b=10, *args, c, d=4, **kw):
    def inner(y):
        return a + y
    return inner(b) + c + d
print(outer(1, c=3))
