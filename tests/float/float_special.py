inf = float('inf')
nan = float('nan')
print(inf + 1, inf * -1, inf - inf != inf - inf, inf > 10 ** 100, -inf < -10 ** 100)
print(nan > 0, nan < 0, nan == 0, float('1e500'), float('-1e500'))
print(-0.0, 0.0 == -0.0, str(-0.0), abs(-0.0), 1 / inf)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)
print(int(1e15), int(-1e15), int(2.0 ** 53) + 1)
for v in (inf, nan):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1.25, 1), round(1.35, 1), round(123.456, 1), round(-123.456, -1))
