# slicing a range gives a range with normalized bounds (as CPython and MicroPython print them)
print(range(5)[::2], range(10)[::-3], range(5)[:3:2], range(1, 20, 4)[1:-1:2])
print(range(5)[::2].stop, range(10)[::-3].stop)
