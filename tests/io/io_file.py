import os
name = 'io_file_tmp.txt'
with open(name, 'w') as f:
    f.write('first line\n')
    f.write('second line\n')
with open(name) as f:
    print(f.read())
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name, 'a') as f:
    f.write('appended\n')
with open(name, 'rb') as f:
    data = f.read()
print(data, len(data))
with open(name) as f:
    print(f.readlines())
os.remove(name)
try:
    open(name)
except OSError:
    print('OSError')
