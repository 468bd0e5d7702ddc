# Parsing decimal strings to floats and printing them back: shortest repr that round-trips
h = 1
bad = []
seed = 12345
for i in range(4000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    mant = seed % 10 ** (1 + i % 17)
    exp = (seed >> 7) % 80 - 40
    s = "%de%d" % (mant, exp)
    s2 = "0.%0*d" % (1 + i % 20, mant) if i % 2 else "%d.%d" % (mant, seed % 1000)
    for txt in (s, s2):
        v = float(txt)
        r = repr(v)
        if float(r) != v:
            bad.append(txt)
        for c in r:
            h = (h * 131 + ord(c)) % 1000000007
print("checksum", h, "roundtrip bad", len(bad), bad[:5])
print(float("2.2250738585072014e-308"), float("4.9e-324"), float("1.7976931348623157e308"), float("1e-400"), float("1e400"))
print(float("0.1000000000000000055511151231257827"), float("123456789012345678901234567890"), float("9007199254740993"))
print(repr(float("1." + "9" * 30)), repr(float("0." + "0" * 30 + "1")))
