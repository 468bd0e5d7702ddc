print(None, None is None, None == None, type(None).__name__)
print(..., Ellipsis is ...)
def f():
    ...
print(f())
