# int / int is a float, rounded once from the exact quotient.
vals = [0, 1, -1, 2, 3, 7, -7, 10, 2**31 - 1, 2**52 + 1, 2**53 - 1, -(2**53 - 1), 2**53, 2**53 + 1, 3**40, -(2**62)]
for x in vals:
    row = []
    for y in vals:
        try:
            row.append(repr(x / y))
        except ZeroDivisionError:
            row.append("ZeroDivisionError")
    print(" ".join(row))
t = 0.0
for i in range(1, 200):
    t += (i - 100 / 2) / 7
print(t, type(7 / 7).__name__, 6 / 3, -0 / 5, 0 / -5)
x = 10
x /= 4
print(x)
print(True / 2, 5 / True)
