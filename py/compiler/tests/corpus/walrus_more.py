r = [last := v for v in range(3)]
print(last)
def f(xs):
    ys = [(n := x) for x in xs]
    def g():
        return [m := n for _ in xs]
    return ys, n, g
if (k := len(r)) > 2:
    print(k)
while (j := j - 1) if False else 0:
    pass
