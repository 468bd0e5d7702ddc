class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)))
for x in Count(2):
    print(x)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
b = Box()
b['a'] = 1
b[1, 2] = 'tuple'
print(b['a'], b[1, 2])
del b['a']
print(list(b.d))
class Sl:
    def __getitem__(self, s):
        return (s.start, s.stop, s.step)
print(Sl()[1:2], Sl()[::3])
