a = 1.5
b = 0.25
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a // b, -7.5 % 2, 7.5 % -2, divmod(7.5, 2))
print(2.0 ** 10, 2 ** 0.5, 4 ** -1)
print(1 + 2.0, 3 * 0.5, 7 / 2, 8 / 2, 1 - 0.1)
print(0.1 + 0.2, 0.1 * 3)
print(abs(-2.5), -0.0, +1.5)
x = 1.0
x += 0.5
x *= 4
x /= 3
print(x)
