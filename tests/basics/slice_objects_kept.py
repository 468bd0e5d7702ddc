# Slices of builtin sequences next to slices a user's __getitem__ keeps: every slice a
# program can see is its own object, whatever slicing happens later.


class Keep:
    def __init__(self):
        self.seen = []

    def __getitem__(self, s):
        self.seen.append(s)
        return s

    def __setitem__(self, s, v):
        self.seen.append((s, v))


k = Keep()
a = list(range(10))
t = tuple(a)
s = "abcdefghij"
b = b"abcdefghij"
ba = bytearray(b)
got = []
for i in range(3):
    got.append(k[i : i + 2])
    got.append(a[i : i + 3])
    got.append(t[::-1][i:])
    got.append(s[i::2])
    got.append(b[-i - 1 :])
    got.append(ba[: i + 1])
    k[i:5] = "v"
    got.append(k[None:i:-1])
print(got)
print([(x.start, x.stop, x.step) if isinstance(x, slice) else x for x in k.seen])
print(k.seen[0] is k.seen[1], k.seen[0] == slice(0, 2))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        # Slicing while another slice's bounds are being read.
        _ = s[1:3] + s[self.n : self.n + 1]
        return self.n


print(a[Idx(2) : Idx(6)], s[Idx(1) : Idx(4) : Idx(1)], t[Idx(7) :])
big = 2**70
print(a[-big:big], s[:big], a[big:])
a[2:5] = [0, 0, 0]
print(a)
a[2:5] = (x * 2 for x in a[0:3])
print(a)
ba[1:3] = (c for c in b"XYZ")
print(ba)
ba[0:0] = bytearray(3)
print(ba)
sl = slice(1, 4)
print(a[sl], s[sl], sl)
