# With the default heap (2 MiB, the same as MicroPython's unix port on 64-bit), sets and
# dicts of some tens of thousands of small ints should fit.
s = set(range(50000))
print(len(s))
del s
d = {i: i for i in range(40000)}
print(len(d))
