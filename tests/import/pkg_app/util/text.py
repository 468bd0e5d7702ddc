from .. import greet


def shout(name):
    return greet(name).upper() + "!"
