# Names read by functions while the globals and builtins they come from change.


def use_len():
    return len("abc")


def use_x():
    return x


print(use_len(), use_len())
len = lambda s: 42  # a global now shadows the builtin
print(use_len())
del len
print(use_len())

x = 1
print(use_x())
x = 2
print(use_x())
del x
try:
    use_x()
except NameError:
    print("NameError")
x = 3
print(use_x())

# Many globals added between lookups (the globals' table is rebuilt and entries move).
for i in range(200):
    globals()["g%d" % i] = i
print(use_x(), use_len(), g150)
for i in range(0, 200, 2):
    del globals()["g%d" % i]
print(use_x(), use_len(), g151)

# Globals as a dict of our own, changed and emptied under a function that reads them.
g = {}
exec("def f():\n    return abs(-5) + y", g)
g["y"] = 1
print(g["f"]())
g["abs"] = lambda v: 100
print(g["f"]())
del g["abs"]
print(g["f"]())
f = g["f"]
g.clear()
try:
    f()
except NameError:
    print("NameError after clear")
g["y"] = 10
g["abs"] = lambda v: 1000
print(f())

# A new builtin is seen by code that looked the name up before (and failed).
import builtins


def use_new():
    return brand_new_builtin


try:
    use_new()
except NameError:
    print("NameError before")
builtins.brand_new_builtin = "now"
print(use_new())
del builtins.brand_new_builtin

# Lookups across a collection, with garbage made between them.
import gc

for k in range(3):
    junk = [[i] for i in range(1000)]
    gc.collect()
    print(use_len(), use_x())
