d = {}
for k in 'zyxabc':
    d[k] = ord(k)
print(list(d))
del d['x']
d['x'] = 0
print(list(d))
d['z'] = 100
print(list(d.items())[:2])
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:10], len(big))
