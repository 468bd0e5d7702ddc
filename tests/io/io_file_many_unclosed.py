# Many files opened for writing and never closed: each keeps what was written, and the
# collector closes those of dead file objects (past a limit of open files: ports/unix/tests/cli.rs).
import os

PATH = "io_file_many_unclosed.tmp"
for i in range(300):
    f = open(PATH, "w")
    f.write(str(i))
f = None
with open(PATH) as g:
    print(g.read())
os.remove(PATH)
