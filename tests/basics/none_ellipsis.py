print(None, None is None, None == None, type(None).__name__)
print(..., Ellipsis is ..., type(...).__name__)
def f():
    ...
print(f())
