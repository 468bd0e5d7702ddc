l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [99]
print(l)
l[1:3] = []
print(l)
del l[::2]
print(l)
l = list(range(10))
l[::2] = "ABCDE"
print(l)
try:
    l[::2] = [1, 2]
except ValueError:
    print("ValueError extended slice size")
l[::-3] = [0, 0, 0, 0]
print(l)
del l[1:-1]
print(l)
del l[:]
print(l)
l = [1, 2, 3, 4, 5]
l[1:4] = range(3)
print(l)
l[2:2] = (7, 8)
print(l)
l[-2:] = "xy"
print(l)
l[10:20] = [100]
print(l)
del l[-1]
del l[0]
print(l)
try:
    del l[50]
except IndexError:
    print("IndexError del")
m = [1, 2, 3]
m[:] = m + m
print(m)
m[1:5] = m[::-1][:2]
print(m)
ba = bytearray(b"0123456789")
ba[2:4] = b"ab"
del ba[7:]
print(ba)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Seq:
    def __init__(self):
        self.data = list(range(6))
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", type(k).__name__, k.start, k.stop, k.step) if isinstance(k, slice) else print("set", k)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k.start, k.stop, k.step) if isinstance(k, slice) else print("del", k)
        del self.data[k]
s = Seq()
s[1:3] = [7]
s[::2] = [0, 0, 0]
del s[1:2]
del s[0]
s[-1] = 5
print(s.data, s[1:3], s[::-1])
