import gc
class Node:
    def __init__(self):
        self.other = None
gc.collect()
base = gc.mem_free()
for i in range(200):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
a = b = None
gc.collect()
print('cycles collected', gc.mem_free() >= base - 2048)
