a = 123456789 ** 5
b = -987654321 ** 3
print(a, b, a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b), divmod(-a, 7), divmod(a, -7))
print(a ** 2, pow(a, 3, 1000000007), abs(b), -b)
print(a >> 100, a << 100, b >> 10, b << 3)
print(a & b, a | b, a ^ b, ~b)
print(a == a + 0, a != b, a > b, b < 0, hash(a) == hash(a))
print(int(str(a)) == a, int(hex(a), 16) == a, int(bin(b), 2) == b)
print(float(a) > 0, a // 10 ** 30)
print(str(2 ** 200), len(str(3 ** 500)))
print((2 ** 64) // (2 ** 32), (2 ** 64) % (2 ** 32 - 1), -(2 ** 64) // 3)
print(sorted([2 ** 70, -2 ** 70, 5, 2 ** 65]), max(2 ** 80, 3), 10 ** 20 in {10 ** 20: 1})
