# Many files opened for writing and never closed: the collector closes those of dead file
# objects, so opening goes on working past the process's limit of open files.
import os

PATH = "io_file_many_unclosed.tmp"
for i in range(300):
    f = open(PATH, "w")
    f.write(str(i))
f = None
with open(PATH) as g:
    print(g.read())
os.remove(PATH)
