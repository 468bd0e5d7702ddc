import sys
import gc
import math
print(type(sys.path).__name__, type(sys.argv).__name__)
print(sys.maxsize > 2 ** 30, sys.byteorder in ('little', 'big'))
print(callable(gc.collect), math.floor(1.5))
