# Big ints where their semantics are easy to get wrong: limb boundaries, floor division and
# shifts of negatives, two's complement bitwise operations, rounding to float, hashing equal
# to floats, exact comparison with floats.

# Operands at the 32- and 64-bit limb boundaries, both signs.
vals = []
for e in (31, 32, 33, 63, 64, 65, 127, 128, 129, 200):
    for d in (-1, 0, 1):
        vals.append(2**e + d)
        vals.append(-(2**e + d))
small = (1, -1, 3, -7, 10, 2**31 - 1, -(2**32))

for a in vals:
    for b in small:
        q, r = divmod(a, b)
        print(a, b, a + b, a - b, a * b, q, r, q * b + r == a)
for a in vals[::3]:
    for b in vals[1::4]:
        print(divmod(a, b), a * b, a & b, a | b, a ^ b, a < b, a == b)

# The rare add-back step of long division (64-bit and 32-bit limbs).
for u, v in ((2**254, 2**191 + 2**64 - 1), (2**126, 2**95 + 2**32 - 1)):
    for du in (-1, 0, 1):
        print(divmod(u + du, v), divmod(-(u + du), v), divmod(u + du, -v))

# Floor division of small by big, and by negatives.
print(5 // 2**100, -5 // 2**100, 5 // -(2**100), -5 % 2**100, 5 % -(2**100))

# Shifts: right shifts of negatives round towards minus infinity.
for a in (-(2**64), -(2**64) - 1, -(2**100) + 1, -1, -(2**200)):
    print(a >> 1, a >> 63, a >> 64, a >> 65, a >> 300, a << 70)

# Bitwise operations on negatives use the infinite two's complement.
print(-(2**100) & (2**70 - 1), (-(2**100) - 1) & (2**100 + 5), (-(2**100) - 1) | 12345)
print(-(2**65) ^ -(2**64), ~(2**100), ~(-(2**100)), -(2**64) & -(2**64), (2**128 - 1) ^ -1)

# float(n): the nearest float, ties to even; too big raises.
two53 = 2**53
print(float(two53 + 1), float(two53 + 3), float(-(two53 + 1)), float(-(two53 + 3)))
t = 2**200 + 2**147
print(float(t), float(t + 1), float(t - 1), float(-t - 1))
m = 2**1024 - 2**970
print(float(m - 1))
for n in (m, 2**1024, -m):
    try:
        float(n)
    except OverflowError:
        print("OverflowError")

# int(f) is exact.
print(int(1e300) == 10**300, int(1e300), int(-2.5e20), int(2.0**80), int(-(2.0**64)))

# Comparisons of big ints with floats are exact.
print(2**200 + 1 > float(2**200), 2**200 + 1 == float(2**200), 2**200 == float(2**200))
print(-(2**200) - 1 < -float(2**200), 10**400 > 1e308, -(10**400) < -1e308)
print(10**400 < float("inf"), -(10**400) > float("-inf"), 10**400 == float("nan"))
print(2**64 + 0.5 == 2**64, 2**63 < 2.0**63 + 2048, 2**63 + 1 > 2.0**63)

# An int and the float equal to it are one dict key.
for e in (30, 62, 63, 64, 70, 100, 500):
    for n in (2**e, -(2**e), 3 * 2**e):
        d = {n: "int"}
        s = {float(n)}
        print(e, d.get(float(n)), n in s, hash(n) == hash(float(n)))

# True division of ints rounds once (operands in variables: the compiler folds constants
# through floats, as upstream's does).
a, b, c, d = 2**1100, 3**600, 2**53, 10**50
print(a / b, -a / b, b / a, (c + 1) / 3, d / 7, (d + 1) / d, -a / (b + 1))
print((2 * c + 1) / 2, c / (c + 1), (d + 1) / (d // 10), (c * 4 + 3) / (c * 4 + 5))
e1074, e1023 = 2**1074, 2**1023
print((c + 1) / 3, (c + 1) / -3, (2**62 - 1) / 7, 1 / e1074, 3 / (e1074 * 2), 1 / (e1074 * 8))
print(e1023 * 3 / 2, (e1023 * 3 + 1) / 2, e1074 / e1023, -e1023 / (c * c))
for n, k in ((-a, 3), (2**1024, 1), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1)):
    try:
        print(n / k)
    except OverflowError as e:
        print("OverflowError", e)

# round() of ints to negative digits, half to even.
print(round(25, -1), round(35, -1), round(-25, -1), round(15, -1), round(7, -1000))
print(round(10**30 + 5 * 10**9, -10), round(10**30 + 15 * 10**9, -10), round(-(10**30) - 5 * 10**9, -10))
print(round(123456789012345678901234567890, -5), round(2**100, -20))

# pow with a modulus: negative bases and moduli.
print(pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7), pow(5, 0, 1), pow(5, 0, -3))
print(pow(-(2**100), 3, 10**20 + 3), pow(2**100, 2**70, -(10**30 + 7)), pow(2**64, 2**64, 2**64 + 1))
print(pow(7, 2**80 + 1, 2**127 - 1), pow(-1, 2**100, 10**40))

# Bytes.
print((2**64).to_bytes(9, "little"), (-(2**63)).to_bytes(8, "big", signed=True))
print((2**64 - 1).to_bytes(8, "little"), (-1).to_bytes(9, "little", signed=True))
print(int.from_bytes(b"\xff" * 9, "little", signed=True), int.from_bytes(b"\xff" * 9, "big"))
print(int.from_bytes(bytes(range(20)), "big"), int.from_bytes(bytes(range(20)), "little", signed=True))
try:
    (2**64).to_bytes(8, "little")
except OverflowError:
    print("OverflowError")

# Text in every base.
n = 3**150
for base in (2, 3, 7, 8, 10, 16, 35, 36):
    digits = ""
    x = n
    while x:
        x, d = divmod(x, base)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[d] + digits
    print(base, int(digits, base) == n, int("-" + digits.upper(), base) == -n)
print(int("z" * 30, 36), hex(-(2**100)), oct(2**70), bin(-(2**65) - 1))

# Products and quotients of long numbers (past the Karatsuba threshold).
x = 7**2000
y = 3**3000 + 1
print(x * y % (10**9 + 7), (x * y) // y == x, (x * y + 5) % y, len(str(x * x)))

# Huge exponents and shifts: exact where the result is small, an error (never a crash) where
# it is not.
print((-1) ** (2**40), (-1) ** (2**40 + 1), 1 ** (2**80), 0 ** (2**80), 0 << 2**70, 5 >> 2**70)
for f in (lambda: 1 << (2**64 - 5), lambda: 2**100 << (2**64 - 70)):
    try:
        f()
    except (MemoryError, OverflowError):
        print("error")
