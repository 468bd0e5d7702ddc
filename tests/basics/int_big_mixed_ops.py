# Big ints with big and small ints: + - * // % and comparisons, all sign combinations,
# operands on either side, results that shrink back to small ints.
big = [2**64, -(2**64), 3**50, -(7**40), 2**62, -(2**62) - 1, 10**30 + 7]
small = [0, 1, -1, 7, -7, 2**40, -(2**40), 1000003]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("<", lambda a, b: a < b),
    ("<=", lambda a, b: a <= b),
    (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b),
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
]
for name, f in ops:
    acc = 0
    lines = []
    for x in big:
        for y in big + small:
            for a, b in ((x, y), (y, x)):
                try:
                    r = f(a, b)
                except ZeroDivisionError:
                    r = "ZeroDivisionError"
                lines.append(r)
    print(name, len(lines), sum(r for r in lines if type(r) is int) % 1000000007)
    print(" ", lines[:4], lines[-4:])
    print(" ", sum(1 for r in lines if r is True), [r for r in lines if type(r) is int][5:9])

# Results that fit a small int again behave as small ints.
x = 2**70
print(x - x, (x + 5) - x, type((x + 5) - x).__name__, (x * 3) // x, (x + 1) % x, x // (x + 1))
print(-x // 3, -x % 3, x // -3, x % -3, (-x) // (-3), (-x) % (-3))
# In-place forms and mixing with bools and floats.
y = 2**65
y += 1
y -= 2**65
y *= 10**20
print(y, y // True, y * False, y + 0.5, y < 1e30, y == 10**20)
# Digits of a product do not alias the operands.
a = 2**100
b = a
b += 1
print(a, b, a * a == 2**200)
