# A file written through several file objects, some never closed: each write reaches the file
# in the order made, and reopening with 'w' starts it afresh.
import os

PATH = "io_file_reopen.tmp"


def show(mode="r"):
    with open(PATH, mode) as h:
        print(h.read())


for i in range(3):
    f = open(PATH, "w")
    f.write(str(i))
    print(f.tell())
f.close()
show()

f = open(PATH, "w")
f.write("old")
f = None
g = open(PATH, "w")
print(g.write("new"), g.tell())
g.flush()
g.write("er")
print(g.tell())
g.close()
show()

a = open(PATH, "a")
a.write("+1")
a.close()
b = open(PATH, "ab")
print(b.write(b"+2"))
b.close()
show("rb")
os.remove(PATH)
print(PATH in os.listdir())
