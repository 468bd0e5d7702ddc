import os
import os.path
import a.b.c as d
import x, y as z
from os import path
from os import path as p, sep
from . import mod
from .. import mod2 as m2
from .pkg import thing
from ..pkg.sub import a, b, c
from mod import *
import micropython
from micropython import const
def f():
    import sys
    from os import getcwd
    return sys, getcwd
