# micro: function calls with positional, default and keyword arguments.
import sys
N = {"small": 2000, "large": 1000000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
def pos(a, b, c):
    return a + b - c
def kw(a, b=2, *, c=3):
    return a * b + c
def f(n):
    t = 0
    for i in range(n):
        t += pos(i, 1, 2)
        t += kw(i, c=1)
        t -= kw(a=i, b=1)
    return t
print(f(N))
