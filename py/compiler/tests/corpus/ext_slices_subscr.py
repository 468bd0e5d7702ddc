a = list(range(20))
print(a[1], a[-1], a[2:5], a[:3], a[15:], a[::3], a[1:10:2], a[::-1])
a[2:4] = "xy"
del a[::2]
b = {}
b[1, 2] = 3
b[(3, 4)] = 5
print(a, b, b[1, 2])
s = "abcdef"
print(s[1:-1], s[-2:])
