def f(n):
    s = 0
    for i in range(1, n):
        s += i * i % 7
    for x in [1, 2, 3]:
        s -= x
    return s
print(f(5))
