import gc
try:
    x = bytearray(1 << 40)
except (MemoryError, OverflowError):
    print('MemoryError for huge bytearray')
try:
    y = [0] * (1 << 40)
except (MemoryError, OverflowError):
    print('MemoryError for huge list')
l = []
try:
    while True:
        l.append(bytearray(10000))
except MemoryError:
    n = len(l)
    l = None
    print('heap exhausted, recovered')
gc.collect()
z = [1] * 1000
print(len(z), n > 0)
