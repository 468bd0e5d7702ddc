# Files written and never closed still get their data: when the file object is collected,
# and (checked by the port's tests) when the program ends.
import gc

PATH = "io_file_unclosed.tmp"


def write_and_drop(text):
    f = open(PATH, "w")
    f.write(text)
    f.write("!")


write_and_drop("dropped")
gc.collect()
with open(PATH) as f:
    print(f.read())

for i in range(3):
    f = open(PATH, "a")
    f.write("line %d\n" % i)
    f = None
    gc.collect()
with open(PATH) as f:
    print(repr(f.read()))

import os

os.remove(PATH)
