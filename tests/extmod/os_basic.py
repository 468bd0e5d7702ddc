try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit

name = 'os_basic_tmp_dir'
os.mkdir(name)
print(name in os.listdir('.'))
with open(name + '/f.txt', 'w') as f:
    f.write('x')
print(os.listdir(name))
print(os.stat(name + '/f.txt')[6])
os.remove(name + '/f.txt')
os.rmdir(name)
print(name in os.listdir('.'))
print(type(os.getcwd()).__name__)
