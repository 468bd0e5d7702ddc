VERSION = (1, 2)
__all__ = ["VERSION", "greet"]


def greet(name):
    return "hello " + name


def _internal():
    return "internal"


helper_value = "not exported by star"
