class Rec:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(k)
        object.__setattr__(self, k, v)
r = Rec()
r.a = 1
r.b = 2
print(r.a, r.b, r.log)
class Lazy:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name * 2
        raise AttributeError(name)
l = Lazy()
print(l.xy, hasattr(l, 'xa'), hasattr(l, 'y'))
