def f(x=lambda: "zz"):
    return "yy"
a = 1/2
b = 2.0*3
c = 2.0 ** 0.5
d = ()
e = (1,)
g = not "a"
X = const(5)
_Y = const(6)
h = X + _Y
def ff():
    return X
i = 5 % -3
j = -7 // 2
k = 1 << 100
for q in range(10): pass
l = [1, 2][0]
m = 'abc' * 2
n = "abcdefghijklm" 
o = "__contains__xx"
p = None is None
