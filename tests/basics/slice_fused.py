# Slicing a list or tuple by small-int or None bounds, read and assigned, in the forms a
# program writes them (the VM runs these without building a slice object).
l = list(range(10))
print(l[2:5], l[::-1], l[8:2:-2], l[-3:], l[:100], l[5:2], l[::3], l[1:-1:4])
print(l[-100:3], l[3:-100], l[-1:-100:-1], l[100::-1], l[:], l[::-3])
t = tuple(l)
print(t[2:5], t[::-1], t[-100:3], t[4:4], t[::4])
k = 3
print(l[k:], l[:k], l[k::-1], l[: k + 1], l[k : k * 2 : 2])

m = l[:]
m[2:4] = [9, 9, 9]
print(m)
m[1::2] = m[0::2][: len(m[1::2])]
print(m)
m[:] = m
print(m)
m[1:3] = (7,)
print(m)
m[0:0] = "ab"
print(m)
m[-2:] = []
print(m)
m[len(m):] = range(3)
print(m)
m[::-1] = m
print(m)
del m[1:4]
print(m)
del m[::2]
print(m)
x = [0] * 5
x[1:3] = x
print(x)


def gen():
    yield 1
    yield 2


x[2:3] = gen()
print(x)

for bad in (lambda: l[::0], lambda: t[1:2:0]):
    try:
        bad()
    except ValueError:
        print("ValueError")
try:
    m[::2] = [1]
except ValueError:
    print("ValueError")
try:
    t[1:2] = (1,)
except TypeError:
    print("TypeError")
try:
    m[1:2] = 5
except TypeError:
    print("TypeError")

# Prefix reversals until the first item is 0.
perm = [3, 1, 4, 0, 2]
n = 0
while perm[0] != 0:
    perm[: perm[0] + 1] = perm[perm[0] :: -1]
    n += 1
print(perm, n)


class L(list):
    pass


s = L(range(5))
print(s[1:3], type(s[1:3]).__name__)
big = 10**20
print(l[big:], l[-big:2], l[: big : big], l[-big::-big])

# ASCII and non-ASCII str, and a str subclass with its own __getitem__.
w = "wordcount"
print(w[:1], w[1:], w[::-1], w[2:5], w[::3], w[5:2], w[-1:], w[:1].upper() + w[1:].lower())
u = "ünïcode"
print(u[:1], u[1:], u[::-2], u[2:4])


class S(str):
    def __getitem__(self, i):
        return "item"


print(S("abc")[1:2], S("abc")[::-1])
print(b"bytes"[1:3], bytearray(b"xyz")[::-1])
