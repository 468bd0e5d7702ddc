d = {}
for i in range(3000):
    d[i] = i
    if i >= 100:
        del d[i - 100]
print(len(d), min(d), max(d))
keys = ['k%d' % i for i in range(1000)]
e = dict.fromkeys(keys, 0)
for k in keys[::2]:
    del e[k]
print(len(e), list(e)[:3])
