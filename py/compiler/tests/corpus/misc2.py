def f(a, *args, c, d, e, **kw):
    global gg
    def g():
        nonlocal a
        a = 1
    return [a for a in args]
class C:
    def m(self):
        return __class__
x = f"a{x}b"
y = f"abc"
z = f"{x:{y}}"
k = 2 ** 10
k2 = 1 / 0
k3 = 7 // 2
k4 = -(2**40)
s = 'hello world long string'
print(s)
