try:
    import math
except ImportError:
    print("SKIP")
    raise SystemExit

for f in ('sqrt', 'exp', 'log', 'sin', 'cos', 'tan', 'atan', 'asin', 'acos', 'floor', 'ceil', 'fabs'):
    fn = getattr(math, f)
    print(f, round(fn(0.5), 9))

print(round(math.degrees(math.pi), 9), round(math.radians(180), 9))
print(math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError:
    print('ValueError')
