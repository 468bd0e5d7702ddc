from micropython import const
if True:
    A = const(1)
def f():
    Y = const(3)
    return Y + A
class C:
    Z = const(4)
    W = Z + 1
print(Y, Z)
B = const(A + 1)
D = const((1, 2))
print(D)
