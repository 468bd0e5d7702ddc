class A:
    pass
class B(A):
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @staticmethod
    def s():
        return 2
    @classmethod
    def c(cls):
        return cls
    @property
    def p(self):
        return self.v
class C(A, B, metaclass=type):
    def m(self):
        return super().get() + super().x
class D:
    def m(self, a):
        super().m(a)
        return __class__
class E:
    y = 1
    z = y + 1
    def f(self):
        return y
def maker(v):
    class K:
        w = v
        def g(self):
            return v
    return K
class F:
    def a(self):
        def inner():
            return self
        return inner
