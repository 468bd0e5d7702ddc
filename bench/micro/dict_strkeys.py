# micro: a dict with many string keys: insert, look up, update, delete.
import sys
N = {"small": 300, "large": 100000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
def f(n):
    d = {}
    for i in range(n):
        d["key%d" % i] = i
    t = 0
    for r in range(3):
        for i in range(n):
            t += d["key%d" % i]
    for i in range(0, n, 2):
        del d["key%d" % i]
    return len(d), t
print(f(N))
