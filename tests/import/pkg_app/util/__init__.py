from .text import shout
from .nums import *  # noqa: F401,F403
