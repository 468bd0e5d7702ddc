class A:
    pass
a = A()
print(type(a) is A, type(a).__name__, A.__name__)
print(isinstance(A, type), type(A) is type)
print(type(1) is int, type('') is str, type([]) is list, type({}) is dict, type(()) is tuple)
print(int is type(0), str(int)[:6] == "<class")
print(int('5') + float('1.5'), str(5) + 'x', list((1, 2)), tuple([3]), dict(a=1), set([1, 1]))
print(bool(), int(), float(), str(), list(), tuple(), dict(), set() == set())
