a = 2 ** 100
b = 3 ** 60
print(a, b, a + b, a - b, b - a, a * b)
print(a // b, a % b, divmod(a, b), divmod(-a, b), divmod(a, -b))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a >> 50, a << 10, -a >> 3, (a - 1) & 0xFFFF, a | 1, a ^ (a - 1), ~a)
print(pow(2, 200, 10 ** 9 + 7), pow(3, 1000, 2 ** 61 - 1), pow(7, 0, 13), pow(5, 3, 1))
print(pow(-3, 5), pow(2, -1), (-2) ** 101)
print(abs(-a), -(-a) == a, a == 2 ** 100, a > b, a < -b, a != a + 1)
print(int(str(a)) == a, str(a * a)[:20], len(str(a * a)))
f = 1
for i in range(1, 31):
    f *= i
print(f, f % 1000003, f // 10 ** 20)
print(hex(a), oct(b)[:12], bin(2 ** 70 + 5))
print(int("123456789012345678901234567890") * 2)
print(int("-ffffffffffffffffffff", 16), int("1" * 70, 2), int("zz" * 10, 36))
print(10 ** 30 // 3, 10 ** 30 % 3, (10 ** 30 + 1) * (10 ** 30 - 1))
print(round(2 ** 80 / 2 ** 78, 3), float(2 ** 60), 2 ** 64 / 2)
print((1 << 128) - 1 == int("f" * 32, 16), (2 ** 64).bit_length() if hasattr(int, "bit_length") else 65)
big = 12345678901234567890
print(big % 97, big // 97, big * -1, -big // 1000, hash(big) == hash(big))
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 15)
print(max(a, b, 2 ** 99), min([a, -a, 0]), sorted([a, b, -b, 1]))
# gcd with bigints
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(2 ** 64 * 3 ** 5, 2 ** 10 * 3 ** 40), gcd(f, 2 ** 100))
