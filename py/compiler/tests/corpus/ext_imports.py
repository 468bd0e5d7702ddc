import sys
import os.path
import os.path as osp
from math import sqrt, pi as PI
from collections import *
from . import sibling
from .pkg import thing
from ..up import other as o

print(sys, osp, sqrt, PI)
