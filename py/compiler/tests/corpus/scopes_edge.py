x = 0
def f():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
    return C
def h():
    y = 1
    class D:
        print(y)
        def g(self):
            return y
    return D
def k():
    z = 1
    def a():
        def b():
            return z
        return b
    return a
def m(p):
    def n():
        return p
    p = 2
    return n
def gl():
    global x
    x = 5
    def inner():
        return x
    return inner
def shadow(len):
    return len([1])
def nl():
    v = 0
    def a():
        nonlocal v
        def b():
            nonlocal v
            v += 1
        b()
        return v
    return a
def loopcl():
    out = []
    for i in range(3):
        def f(i=i):
            return i
        out.append(f)
    return out
def delcell():
    c = 1
    def r():
        return c
    del c
    return r
