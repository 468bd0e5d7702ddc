def bsort(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
seed = 12345
data = []
for i in range(60):
    seed = (seed * 1103515245 + 12345) % (1 << 31)
    data.append(seed % 1000)
r = bsort(data)
print(r[:8], r == sorted(data))
