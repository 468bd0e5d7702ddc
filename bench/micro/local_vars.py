# micro: local variable loads and stores in a tight loop.
import sys
N = {"small": 2000, "large": 3000000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
def f(n):
    a = 1
    b = 2
    c = 0
    for i in range(n):
        c = a + b + c
        a, b = b, a
    return c
print(f(N))
