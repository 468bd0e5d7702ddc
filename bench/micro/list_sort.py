# micro: list append, sort (with and without key) and slicing.
import sys
N = {"small": 500, "large": 300000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
def f(n):
    l = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFF
        l.append(x)
    a = sorted(l)
    b = sorted(l, key=lambda v: -v)
    l.sort()
    return a[:3], b[:3], l[n // 2], l == a
print(f(N))
