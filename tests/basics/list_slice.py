l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::3], l[::-2], l[-3:-1], l[5:2:-1])
l[2:5] = ['a', 'b']
print(l)
l[:2] = []
print(l)
del l[::2]
print(l)
l[1:1] = [100, 200]
print(l)
m = [0] * 5
m[::2] = [1, 2, 3]
print(m)
del m[1:3]
print(m)
try:
    m[::2] = [1]
except ValueError:
    print('ValueError')
