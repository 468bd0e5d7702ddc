import os
name = 'io_bin_tmp.dat'
with open(name, 'wb') as f:
    f.write(bytes(range(256)))
with open(name, 'rb') as f:
    d = f.read()
    print(len(d), d[:4], d[-2:])
with open(name, 'rb') as f:
    print(f.read(3), f.read(2))
os.remove(name)
