import math
print(math.sqrt(16), math.pi, math.e)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.fabs(-3), math.pow(2, 8), math.exp(0), math.log(1))
print(round(math.sin(0), 6), round(math.cos(0), 6), round(math.atan2(1, 1), 6))
print(math.isnan(float('nan')), math.isinf(float('inf')), math.isfinite(1.0))
print(math.trunc(-3.7), math.copysign(2, -0.0))
print(round(math.log(8, 2), 6), round(math.log10(1000), 6))
