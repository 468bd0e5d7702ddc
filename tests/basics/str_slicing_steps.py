s = "0123456789"
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3])
print(s[-3:], s[:-3], s[-3:-1], s[5:1], s[100:], s[:100], s[-100:3])
print(s[::3], s[9::-3], s[-1:-11:-1], s[0:0], s[3:3:-1])
print(repr(s[5:5]), repr(s[::-1][::-1]))
for step in (1, 2, 3, -1, -4):
    print(step, s[::step], s[2::step], s[:7:step])
try:
    s[::0]
except ValueError:
    print("ValueError zero step")
l = list(range(10))
print(l[1:9:2], l[::-3], l[-2::-2])
t = tuple(l)
print(t[2:5], t[::5], t[::-5])
b = b"abcdefgh"
print(b[::2], b[::-1], b[1:-1:3])
print(bytearray(b)[::3])
r = range(0, 20, 2)
print(r[::2], r[::-1], r[1:4], list(r[::-3]))
# slice objects
sl = slice(1, 8, 2)
print(s[sl], l[sl], sl.start, sl.stop, sl.step)
print(s[slice(None, None, -1)], s[slice(3)])
# palindrome and rotation helpers
def is_pal(w):
    w = "".join(c for c in w.lower() if c.isalpha())
    return w == w[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
def rotate(x, k):
    k %= len(x)
    return x[k:] + x[:k]
print(rotate("abcdef", 2), rotate("abcdef", -1), rotate([1, 2, 3], 4))
