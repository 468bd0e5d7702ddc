def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
print(a5(1), make_adder(10)(1))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
c = counter()
print(c(), c(), c())
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
