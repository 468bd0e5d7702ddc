# crossing the small-int boundary in both directions
x = 1
for i in range(70):
    x = x * 2
print(x)
for i in range(70):
    x = x // 2
print(x, type(x).__name__)
print(2 ** 62 + 2 ** 62 - 2 ** 63)
print((1 << 62) * 4, -(1 << 63) - 1)
print(0x7fffffff + 1, 0x3fffffff + 1, 0x3fffffffffffffff + 1)
print(-0x40000000 - 1, -0x4000000000000000 - 1)
m = 1 << 64
print(m - m, m // m, m % 7)
print(sum(range(1 << 20)))
