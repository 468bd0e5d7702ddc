class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
d = {K(1): 'one', K(2): 'two'}
print(d[K(1)], K(2) in d, K(3) in d)
print(len({K(1), K(1), K(2)}))
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError:
    print('TypeError')
