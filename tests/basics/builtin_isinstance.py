class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, float))
print(type(type).__name__, type(int).__name__, isinstance(int, type))
print(isinstance([], object), isinstance(None, object))
try:
    isinstance(1, 1)
except TypeError:
    print('TypeError')
