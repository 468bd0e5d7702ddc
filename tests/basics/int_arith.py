# small int arithmetic
a = 7
b = 3
print(a + b, a - b, a * b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(a / b == 7 / 3)
print(0 - 0, 0 * 100, 1 - 1000)
x = 123456
x += 1
x -= 2
x *= 3
print(x)
x //= 7
print(x)
x %= 100
print(x)
print(+a, -a, ~a, ~-a)
print(abs(-5), abs(5), abs(0))
