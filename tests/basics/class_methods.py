class K:
    n = 0
    @classmethod
    def make(cls, v):
        obj = cls()
        obj.v = v
        return obj
    @staticmethod
    def add(a, b):
        return a + b
    def inst(self):
        return self.v
k = K.make(5)
print(k.v, k.inst(), K.add(1, 2), k.add(3, 4))
class Sub(K):
    pass
s = Sub.make(9)
print(type(s).__name__, s.v)
m = k.inst
print(m())
f = K.inst
print(f(k))
