from .. import mod
from . import SUB
def g():
    return mod.f() + '/' + SUB
