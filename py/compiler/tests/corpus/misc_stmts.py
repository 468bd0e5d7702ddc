"""Module docstring."""
import sys
assert x
assert x, "message"
assert not y, f"{y}"
global gg
gg = 1
def f():
    "docstring"
    global gg
    gg = 2
    return gg
x: int = 5
y: list
print(x)
x
1
None
(1, 2)
z = x[1]
z = x[1:2]
z = x[:]
z = x[::3]
z = x[1:2:3]
z = x[a, b]
z = x[1:2, ::3]
z = x.y.z
del x[1:2]
raise ValueError
