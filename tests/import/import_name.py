import mod_a
print(__name__, mod_a.__name__)
import pkg.mod
print(pkg.__name__, pkg.mod.__name__)
