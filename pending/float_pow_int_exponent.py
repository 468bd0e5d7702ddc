# float ** integer-valued exponent must be as accurate as C pow (correctly rounded here)
bad = []
for k in range(-30, 31):
    v = 10.0 ** k
    if v != float("1e%d" % k):
        bad.append(k)
print("10.0**k != 1ek for k in", bad)
print(repr(10.0 ** -21), repr(10.0 ** -20), repr(2.0 ** -1074 > 0), repr(1.5 ** -10), repr(3.0 ** -5))
print(repr(pow(10.0, -21)), repr(10 ** -21), repr(7.0 ** -3), repr(0.1 ** 3))
