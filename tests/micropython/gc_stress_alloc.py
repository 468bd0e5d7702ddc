# many short-lived objects of every kind: exercises collection in gc-stress mode
import gc
total = 0
for i in range(300):
    s = 'item %d' % i
    l = [i, s, (i, i + 1), {'k': i}]
    t = tuple(l)
    b = bytearray(s.encode())
    f = i * 0.5
    total += len(s) + len(t) + len(b) + int(f)
    if i % 100 == 0:
        gc.collect()
print(total)
d = {}
for i in range(500):
    d['key%d' % i] = [i] * 3
print(len(d), d['key250'])
big = 1
for i in range(200):
    big = big * 3 + i
print(big % 1000003)
