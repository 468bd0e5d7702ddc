from micropython import const

A = const(10)
_B = const(20)
C = const(None)
D = const(True)
E = const("a string const that is long enough")
print(A, _B, C, D, E)
T = (1, (2, (3, (4, (5, "deep")))))
U = (None, True, False, ..., 1.5, 2j, b"b", "s", 12345678901234567890)
print(T, U)
