a = 1
a = b = c = d = 2
x, y = y, x
x, y, z = z, y, x
p, q = [1, 2]
[p, q] = r
a, *b = r
*a, b = r
a, *b, c = r
(a, (b, c)) = r
o.attr = 5
o.a.b = 6
l[0] = 7
l[1:2] = [8]
l[::2] = m
l[i, j] = 3
s[a][b] = 4
x += 1
x -= 2
x *= 3
x /= 4
x //= 5
x %= 6
x **= 7
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
x @= m
o.a += 1
l[i] -= 2
l[1:2] += [3]
del a
del a, b
del o.attr, l[0], l[1:]
def f():
    v = 1
    v += 2
    w, *u = v
    del v
    global gx
    gx = 3
    del gx
    return w, u
