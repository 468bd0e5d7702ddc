a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(-5 & 3, -5 | 3, -5 ^ 3, -1 & 255)
print(255 & -256, -16 | 7)
x = 0xff
x &= 0x0f
x |= 0x30
x ^= 0x11
print(x)
