s = "hello"
t = 'a much longer string that is not interned by the parser at all'
u = "print"
v = ""
w = "unicode: \u00e9\u4e2d\U0001f600"
x = b"bytes"
y = b""
z = b"\x00\x01\xff"
e = r"raw\n"
m = """multi
line"""
print(s, t, u, v, w, x, y, z, e, m)
print(s + t, s * 3, s[1:3], s[::-1], len(t))
print("%d %s %r" % (1, "two", "three"), "{} {}".format(1, 2))
