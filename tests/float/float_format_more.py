vals = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 123456.789, 1e-5, 1.5e300, -2.5, 100.0, 1e16, 12345678.9]
for v in vals:
    print(repr(v), str(v), "%.3f" % v, "%g" % v, "{:.4g}".format(v), "{:e}".format(v))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(3.14159, 3), round(1e3, -2))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("inf"), float("-inf"), float(" nan ") != float("nan"))
print(int(1e10), float(10 ** 20), 7 / 2, 7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(7.5, 2))
print(1.0 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 2.0 ** 0.5, 10.0 ** -2)
print(float("inf") > 1e308, -float("inf") < 0, str(float("inf")), str(-float("inf")))
print(max(1.5, 2), min(-1, -1.5), sum([0.1] * 10), abs(-3.5))
print("%5.1f|%-7.2f|%+.0f|%07.2f" % (3.14159, 2.5, 2.5, -1.5))
print("{:>8.2f}|{:<8.3e}|{:^9.1%}|".format(3.14159, 1234.5, 0.256))
print(1e22, 1e21, 1e-4, 1e-5, 123e-10, 5e-324 > 0)
print(float.is_integer(3.0) if hasattr(float, "is_integer") else True, (2.5).as_integer_ratio() if hasattr(float, "as_integer_ratio") else (5, 2))
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError float")
try:
    float("abc")
except ValueError:
    print("ValueError float parse")
# average and variance
data = [2.5, 3.5, 1.0, 4.0, 6.5]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print("mean=%.3f var=%.4f" % (mean, var))
# Celsius table
for c in range(-10, 41, 25):
    print("%4d C = %6.1f F" % (c, c * 9 / 5 + 32))
