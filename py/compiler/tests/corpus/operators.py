a = x + y - z * w / v // u % t ** s
b = x << 1 >> 2 | 3 & 4 ^ 5
c = -x + +y - ~z
d = not x
e = x and y
f = x or y or z
g = x and y or z and not w
h = x < y
i = x <= y > z >= w == v != u
j = x in y
k = x not in y
l = x is y
m = x is not None
n = (x if y else z)
o = x if y else (z if w else v)
p = x @ y
q = 2 ** -1
r = -2 ** 2
s = 7 % 0
t = 1 + 2 + x
u = x + 1 + 2
v = (1 + 2) * 3 - 4 // 3
w = 1.5 * 2 + 0.25
xx = 100000 * 100000
yy = -(-1073741824)
zz = 0x7fffffff + 1
aa = ~0xff
bb = 1 < 2
cc = (1, 2) + (3,)
if x < y < z:
    pass
while x and y:
    x -= 1
while not x or y:
    break
if not (x and y):
    pass
