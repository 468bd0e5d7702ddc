# __hash__ may return any int, big ones included
class H:
    def __hash__(self):
        return 2 ** 100


print(isinstance(hash(H()), int), len({H(), 1}))
# plain object() instances take no attributes
try:
    object().x = 1
    print("set ok")
except AttributeError:
    print("AttributeError")
# iter(callable, sentinel) needs a callable
try:
    iter(5, 0)
    print("no error")
except TypeError:
    print("TypeError")
