# every statement form once
import sys
from sys import argv as _a
x = 1; y = 2
x, y = y, x
x += 1
del y
if x: pass
elif x: pass
else: pass
while False: pass
else: print('while-else')
for _ in []: pass
else: print('for-else')
try: pass
except Exception: pass
else: print('try-else')
finally: print('finally')
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
with CM() as f: pass
def fn(a, b, *c, d=1, **e): return a, b, c, d, e
print(fn(1, 2, 3, d=4, z=5))
class K: pass
assert K
global_name = 0
def g():
    global global_name
    global_name += 1
g()
print(global_name)
lambda: (yield)

print('done')
