# Floats on both sides of the range kept in a value word (2^-126 .. 2^128, and zeros) behave
# the same: arithmetic, comparison, hashing, dict/set keys, identity of NaN, conversions.
import math

edges = [
    0.0,
    -0.0,
    1.0,
    -1.5,
    2.0**-126,
    2.0**-127,
    2.0**-127 * 1.5,
    2.0**-128,
    2.0**127,
    2.0**128,
    2.0**128 * 1.5,
    2.0**129,
    1e-300,
    -1e300,
    5e-324,
    float("inf"),
    float("-inf"),
    1.7976931348623157e308,
]
for f in edges:
    g = f * 1.0
    print(repr(f), f == g, hash(f) == hash(g), f < 1.0, bool(f), math.copysign(1.0, f))
    print(" ", repr(-f), repr(f / 2), repr(f * 2), repr(f + 1.0), repr(abs(f)))
    print(" ", f.real, f.imag, type(f).__name__, isinstance(f, float), str(f), "%g" % f)

# Zeros keep their sign through arithmetic and formatting.
z = -0.0
print(repr(z), repr(z * 1.0), repr(0.0 * -1), z == 0.0, hash(z) == hash(0.0), "{:+}".format(z))
print(math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))

# Floats equal to ints find the int's entry, and the other way round.
d = {1: "one", 2: "two"}
print(d[1.0], d.get(2.0), 3.0 in d, 1.0 in d)
d[0.5] = "half"
d[1.0] = "ONE"
print(sorted(d.items()), len(d))
s = {1, 2, 3}
print(1.0 in s, 2.5 in s, {1.0, 1, 2.0} == {1, 2}, len({0.0, -0.0, 0}))
k = {2.0**-127: "small", 2.0**200: "big", 0.25: "quarter"}
print(k[2.0**-127], k[2.0**200], k[0.5 / 2], k.get(2.0**-128))

# NaN is never equal, not even to itself.
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, nan is nan, math.isnan(nan))
print(math.isnan(nan * 0.0), math.isinf(2.0**1000 * 2.0**100))

# Floats built in many ways agree.
vals = [0.1 + 0.2, 3 / 4, float("1e-40"), float("-2.5e38"), 10.0**-45, 7 // 2.0, -7 % 2.5]
print(vals)
print([round(v, 3) for v in vals], sum(vals), max(vals), min(vals))
print(sorted([1e-300, 1e300, -0.0, 0.0, 2.0**128, 2.0**-127, -1.0, 3]))
print(int(2.0**127), int(-(2.0**130)), float(2**128), float(-(2**127)))
print([f"{x:.3e}" for x in (2.0**-126, 2.0**128, 1e-310)])

# Accumulating through the range's ends and back.
x = 1.0
for i in range(140):
    x *= 2.0
y = x
for i in range(280):
    y /= 2.0
print(x, y, y * 2.0**140 == 1.0)
