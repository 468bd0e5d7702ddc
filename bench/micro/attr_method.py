# micro: attribute reads/writes and method calls on instances.
import sys
N = {"small": 2000, "large": 1000000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
class C:
    def __init__(self):
        self.x = 0
        self.y = 1
    def step(self, d):
        self.x += d
        return self.y
def f(n):
    c = C()
    t = 0
    for i in range(n):
        t += c.step(i)
        c.y = c.x & 7
    return t, c.x
print(f(N))
