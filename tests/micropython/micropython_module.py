import micropython
from micropython import const
X = const(10)
Y = const(X * 2)
print(X, Y)
print(callable(micropython.mem_info), callable(micropython.opt_level))
