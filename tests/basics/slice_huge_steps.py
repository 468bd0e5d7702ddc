# Slices whose step is near or beyond a machine word: at most the first item is taken, and
# nothing overflows.
big = [2**62, 2**63 - 1, 2**63, 2**100, -2**62, -2**63 + 1, -2**63, -2**100]
seqs = [[1, 2, 3], (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), "abcdef", b"abc", bytearray(b"xyz"), "h\u00e9llo"]
for s in seqs:
    for st in big:
        print(repr(s[::st]), repr(s[1::st]), repr(s[-1::st]), repr(s[:2:st]))
for st in [2**63 - 1, -2**63, 2**100]:
    print(list(range(10))[::st], range(10)[::st][:1] == range(10)[:1])
l = list(range(5))
l[::2**63 - 1] = ["x"]
l[-1::-2**63] = ["y"]
print(l)
try:
    l[::2**63 - 1] = [1, 2]
except ValueError:
    print("ValueError")
