# Loading .mpy files: a valid one runs; damaged ones raise an exception (never crash or hang).
import sys
try:
    import gc
    gc.mem_free
except (ImportError, AttributeError):
    print('SKIP')
    raise SystemExit

# Compiled by mpy-cross (v6.3) from:
#   X = 6 * 7
#   def f(a, b=2):
#       return [a, b, "s", 1.5, 10 ** 20]
#   print("valid module ran", X, f(1))
GOOD = (b'M\x06\x00\x1f\x08\x03\x16good_mod.py\x00\x0f\x02f\x00\x02s\x00\x02X\x00\x81w\x02a'
        b'\x00\x02b\x00\x05\x10valid module ran\x00\x08\x031.5\x07\x15100000000000000000000'
        b'\x82\x04 \x06\x01#H\xaa\x16\x04\x82*\x01S3\x00\x16\x02\x11\x05#\x00\x11\x04\x11\x02'
        b'\x814\x014\x03YQc\x01\x81\x10\xb2\x01\x08\x02\x06\x07@\xb0\xb1\x10\x03#\x01#\x02+\x05c')

if '' not in sys.path:
    sys.path.insert(0, '')
n = 0


def try_load(data):
    global n
    n += 1
    name = 'corrupt_mpy_%d' % n
    with open(name + '.mpy', 'wb') as f:
        f.write(data)
    try:
        __import__(name)
        print(n, 'loaded')
    except Exception as e:
        print(n, 'rejected')
    import os
    os.remove(name + '.mpy')


try_load(GOOD)
try_load(b'')
try_load(b'C\x06\x00\x1f')              # wrong magic
try_load(b'M\x05\x00\x1f' + GOOD[4:])   # older version
for cut in (4, 6, 20, 50, 100, len(GOOD) - 1):
    try_load(GOOD[:cut])                 # truncated
