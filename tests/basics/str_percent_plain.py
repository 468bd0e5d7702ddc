# printf-style formatting: plain %d/%s next to flagged, padded and mapped conversions, bytes,
# a str subclass with __str__, and the errors.
print("key%d" % 5, "%d|%i|%u" % (-7, 0, 2**40), "%s-%s" % ("ab", "é"), "%s" % 3, "%s" % [1, "x"], "%d" % True, "%d" % 2**70, "%s" % (("t",),))
print("%5d|%-5d|%05d|%+d|% d|%x|%s|%.2s|%r" % (42, 42, 42, 42, 42, 255, None, "abcdef", "q"))
class S(str):
    def __str__(self): return "S!"
print("%s %s" % (S("a"), b"by"), b"%s|%d" % (b"x", 3))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError")
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError")
