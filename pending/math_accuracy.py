# Elementary functions at simple arguments: results as C's libm gives them
import math

print(repr(math.exp(1.0)), repr(math.log(3.0)), repr(math.cosh(1.0)), repr(math.pow(10, -21)))
print(repr(math.exp(1.0) == math.e))
try:
    print(math.gamma(12345.678))
except (OverflowError, ValueError):
    print("range error")
