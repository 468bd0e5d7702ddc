def f(a, b):
    "doc"
    return a
print(f.__name__, callable(f), callable(1))
print(type(f).__name__)
class C:
    def m(self):
        return 1
print(C.m.__name__, C().m.__name__, C().m())
