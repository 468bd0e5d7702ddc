print("%d %i %5d %-5d| %05d %+d" % (1, 2, 3, 4, 5, 6))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %8.3f %-8.1f| %e %.2E %g %G" % (1.5, 2.345, 3.14159, 2.5, 12345.678, 0.000123, 1e-5, 1e16))
print("%s %r %s %r" % ("str", "str", [1, "a"], (1,)))
print("%c%c%c" % (72, 105, 33), "%c" % "z")
print("%%literal %d%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Al", "age": 9})
print("%(a)s %(a)r" % {"a": "x"})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (None,), "%s" % True, "%d" % True, "%s %s" % (1, 2.5))
print("%.3s|%5.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%d" % -3.99, "%x" % 1024)
print("%s" % "single", "%s" % [1, 2])
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError too few")
try:
    "%d" % (1, 2)
except TypeError:
    print("TypeError too many")
try:
    "%d" % "x"
except TypeError:
    print("TypeError bad type")
rows = [("widget", 3, 4.5), ("gizmo", 12, 0.75)]
for name, q, p in rows:
    print("%-10s%4d x %6.2f = %8.2f" % (name, q, p, q * p))
print(b"%s-%d" % (b"ab", 5) if hasattr(bytes, "__mod__") else b"ab-5")
