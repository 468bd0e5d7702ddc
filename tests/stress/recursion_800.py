def f(n):
    if n == 0:
        return 0
    return f(n - 1) + 1
print(f(800))
def g(n):
    return [] if n == 0 else [g(n - 1)]
r = g(200)
d = 0
while r:
    r = r[0]
    d += 1
print(d)
