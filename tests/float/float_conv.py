print(float('1.5'), float('-2'), float('  3.25 '), float('1e3'), float('.5'), float('5.'))
print(float(3), float(-7), float(True))
print(int(2.5), int(-2.5), int(1e10))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(round(7.0), type(round(7.0)).__name__)
try:
    float('abc')
except ValueError:
    print('ValueError')
print(float('inf') > 1e308, -float('inf') < -1e308)
n = float('nan')
print(n == n, n != n)
