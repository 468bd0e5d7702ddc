# micro: importing a module, re-imported each time after removing it from sys.modules. On
# MicroPython-compatible engines it is the .mpy that bench/run compiles from
# import_pkg/mod_imp.py into import_pkg_mpy/; CPython imports the source.
import sys
N = {"small": 20, "large": 3000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
sys.path.insert(0, "import_pkg_mpy" if sys.implementation.name == "micropython" else "import_pkg")
t = 0
for i in range(N):
    import mod_imp
    t += mod_imp.value(i)
    del sys.modules["mod_imp"]
print(t)
