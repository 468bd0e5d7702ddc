# Integer constants around the sizes the VM decodes ahead (27, 31, 32 and 62 bits), used as
# plain values, in arithmetic, and as the limit of counting loops.
vals = [
    134217727, 134217728, -134217728, -134217729,
    2147483647, 2147483648, -2147483648, -2147483649,
    4294967295, 4294967296, -4294967296,
    4611686018427387903, 4611686018427387904, -4611686018427387904,
]
for v in vals:
    print(v, v + 1, v - 1, v * 3, v // 7, -v)


def count_up(start):
    n = 0
    i = start
    while i < 2147483650:
        i += 1
        n += 1
    return n, i


def count_down(start):
    n = 0
    i = start
    while i > -2147483650:
        i -= 1
        n += 1
    return n, i


print(count_up(2147483640), count_down(-2147483640))
for i in range(134217720, 134217730, 3):
    print(i, i * 1103515245 & 0x7FFFFFFF)
for i in range(-2147483650, -2147483645):
    print(i, i < -2147483648, i > -2147483648)
print(sum(range(2147483640, 2147483660)))
