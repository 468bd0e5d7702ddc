import pkg
print(pkg.PKG_NAME)
import pkg.mod
print(pkg.mod.f())
from pkg import mod
print(mod.f())
from pkg.sub import deep
print(deep.g())
from pkg.rel import VALUE
print(VALUE)
import pkg.sub.deep as d
print(d.g())
