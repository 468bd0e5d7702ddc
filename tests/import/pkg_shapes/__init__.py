print("pkg_shapes init")
from .base import Shape
from . import registry

__all__ = ["Shape", "registry", "make"]


def make(kind, *args):
    return registry.lookup(kind)(*args)
