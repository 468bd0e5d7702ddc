class A:
    def __init__(self):
        self.v = 'A'
    def who(self):
        return 'A.who'
    def call(self):
        return self.who()
class B(A):
    def who(self):
        return 'B.who'
class C(B):
    def __init__(self):
        super().__init__()
        self.v += 'C'
    def who(self):
        return 'C>' + super().who()
c = C()
print(c.v, c.who(), c.call(), B().call())
print(isinstance(c, A), issubclass(C, A), issubclass(A, C), issubclass(C, object))
class M1:
    def f(self):
        return 'M1'
class M2:
    def f(self):
        return 'M2'
    def g(self):
        return 'M2g'
class D(M1, M2):
    pass
print(D().f(), D().g())
class E(A):
    def who(self):
        return A.who(self) + '!'
print(E().who())
