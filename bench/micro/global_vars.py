# micro: global variable loads and stores.
import sys
N = {"small": 2000, "large": 2000000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
G = 0
K = 3
def f(n):
    global G
    for i in range(n):
        G = G + K
    return G
print(f(N))
