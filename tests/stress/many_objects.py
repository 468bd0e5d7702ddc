class P:
    def __init__(self, i):
        self.i = i
objs = [P(i) for i in range(5000)]
print(sum(o.i for o in objs))
d = {i: str(i) for i in range(5000)}
print(len(d), d[4999])
s = set(range(0, 10000, 3))
print(len(s), 9999 in s)
