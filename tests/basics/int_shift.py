print(1 << 0, 1 << 1, 1 << 10, 5 << 3)
print(1024 >> 3, 1023 >> 3, -1 >> 1, -8 >> 1, -9 >> 2)
print(0 << 5, 0 >> 5)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
try:
    1 << -1
except ValueError:
    print('ValueError')
try:
    1 >> -1
except ValueError:
    print('ValueError')
