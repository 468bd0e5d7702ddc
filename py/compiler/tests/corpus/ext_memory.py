# The heap is fixed in size (-X heapsize=...); gc tells the truth about it.
#   cargo run --release -p ferrite-unix -- -X heapsize=256k examples/memory.py
import gc

gc.collect()
print("free at start:", gc.mem_free())
data = [bytearray(1000) for _ in range(50)]
print("free with 50 KB allocated:", gc.mem_free())
try:
    huge = bytearray(10_000_000)
except MemoryError:
    print("a 10 MB bytearray does not fit: MemoryError, and we carry on")
data = None
gc.collect()
print("free after collecting:", gc.mem_free())
