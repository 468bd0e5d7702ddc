# Float text at the edges: shortest repr (ties between two shortest strings go to the even
# digit), correctly rounded parsing of long, tiny, huge and halfway decimals, and %e/%f/%g,
# format() and round() rounding ties to even on the exact binary value.

# Powers of two: exact values with short expansions, where shortest-repr ties occur.
for lo in range(-1074, 1024, 16):
    print(" ".join(repr(2.0 ** k) for k in range(lo, min(lo + 16, 1024))))
print(repr(2.0 ** -25), repr(2.0 ** -24), repr(3 * 2.0 ** -30), repr(5 * 2.0 ** 60))

# Neighbours of binade and decade boundaries.
for s in ["1e23", "8.41e21", "5e-324", "2.2250738585072014e-308", "2.225073858507201e-308",
          "1.7976931348623157e308", "9007199254740993", "0.1", "0.3", "1e16", "1e-5",
          "123456789012345678", "4.35", "1e22", "9.999999999999999e22"]:
    v = float(s)
    print(s, repr(v), repr(-v), str(v * 3), repr(v / 7))

# Parsing: halfway and near-halfway literals, many digits, exponents out of range.
for s in ["9007199254740993", "9007199254740993.0000000000000000001",
          "9007199254740995", "2.4703282292062327e-324", "2.4703282292062328e-324",
          "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "-1e309",
          "1e-400", "-1e-400", "0e999999", "1e-99999999999999999999", "0." + "0" * 400 + "1",
          "1" * 500, "0." + "1" * 800, "3." + "0" * 790 + "1", "2.5000000000000000000000001",
          "   12.5  ", "+.5", "5.", "-0", "1_000.25", "INFINITY", "-Inf", "nan",
          "0.30000000000000004", "0.30000000000000003", "6.02214076e23", "1.5e-7"]:
    print(repr(s[:40]), repr(float(s)))
for s in ["", ".", "1e", "e1", "1..5", "1e1.5", "--1", "0x1p3", "infinit"]:
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), "ValueError")

# Literals in source go through the same reader.
print(1e-400, 1e400 == float("inf"), 9007199254740993.0, 0.1e-322, 123456789012345678901234567890.0)
print(2.4703282292062328e-324, 4.9406564584124654e-324, 1.00000000000000011102230246251565e0)

# Rounding to a number of digits: ties to even on the exact value.
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.0005, 0.045, 1e-7, 5e-324, 1e300,
          123456.5, 0.25, 9.995, 99.5, 999999.5, 0.0, -0.0, -2.5, 1 / 3, 2.0 ** 70]:
    print("%.0f %.1f %.2f %.3f %.17f" % (v, v, v, v, v),
          "%.0e %.2e %.16e %e" % (v, v, v, v),
          "%g %.1g %.3g %.17g %#g" % (v, v, v, v, v),
          format(v, ".1f"), format(v, ".3"), format(v, "e"), format(v, ".20g"),
          round(v, 2), round(v, 1), round(v))
print("%.40f" % 0.1, "%.60e" % 5e-324)
print("%.1100f" % 5e-324 == "0." + "%.1099f" % 5e-324, len("%.1100f" % 5e-324))
print(format(2.0 ** -1074, ".770e")[-20:], format(1e22, "f"), format(1e23, ".0f"))
print(round(2.675, 2), round(0.285, 2), round(1.005, 2), round(5e-324, 330), round(1e300, -299))
