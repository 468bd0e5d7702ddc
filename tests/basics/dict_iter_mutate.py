d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError:
    print('RuntimeError')
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
