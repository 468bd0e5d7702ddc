d = {'k': 1}
d['k'] += 5
d['k'] *= 2
print(d)
l = [1, 2, 3]
l[0] -= 10
l[-1] **= 2
print(l)
class O:
    pass
o = O()
o.x = 1
o.x += 1
o.x <<= 3
print(o.x)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
s = 'a'
s *= 3
print(s)
