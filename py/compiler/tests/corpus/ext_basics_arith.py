x = 1
y = x + 2 * 3 - 4 // 5 % 6
z = -x ** 2
w = ~y & 0xff | 0x10 ^ 3 << 2 >> 1
big = 123456789012345678901234567890
neg_big = -98765432109876543210
edge = 1073741823
edge2 = 1073741824
small = [-16, -17, 47, 48, 64, -64, -65, 8191, -8192, 1000000]
print(x, y, z, w, big, neg_big, edge, edge2, small)
x += 5
x -= 1
x *= 2
x //= 3
x %= 7
x **= 2
x |= 1
x &= 0xf
x ^= 2
x <<= 1
x >>= 1
print(x, x < y, x > y, x == y, x != y, x <= y, x >= y)
print(x is None, x is not None, 3 in small, 3 not in small, not x)
