# A list grown by slice assignment is charged to the heap: growing it without end runs out
# of heap (MemoryError), and the program goes on.
big = []
try:
    for i in range(1000):
        big[len(big):] = range(100000)
    print("no MemoryError")
except MemoryError:
    print("MemoryError", len(big) > 0)
big = None
small = []
small[0:0] = range(10)
print(small)
