class A:
    x = 1
    def f(self):
        return 'f'
a = A()
print(A.x, a.x)
a.x = 2
print(A.x, a.x)
A.y = 'added'
print(a.y)
print(A.__name__, type(a) is A, a.__class__ is A)
print('f' in dir(A), 'x' in dir(a))
class B:
    __slots__ = ()
print(isinstance(B(), object))
class C:
    def __getattr__(self, name):
        return 'dyn_' + name
c = C()
c.real = 1
print(c.real, c.anything)
