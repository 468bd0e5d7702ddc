G = 1
def read():
    return G
def write():
    global G
    G = 99
print(read())
write()
print(read(), G)
def make():
    global NEWG
    NEWG = 'created'
make()
print(NEWG)
def shadow():
    G = 5
    return G
print(shadow(), G)
try:
    def bad():
        print(undefined_name_xyz)
    bad()
except NameError:
    print('NameError')
def local_before():
    try:
        y = z
        z = 1
    except NameError:
        print('UnboundLocalError is NameError')
local_before()
