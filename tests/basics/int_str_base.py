def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    s = ''
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return '-' + s if neg else s
for n in (0, 7, -255, 123456789):
    for b in (2, 8, 16, 36):
        v = to_base(n, b)
        print(n, b, v, int(v, b) == n)
