import sys, io
def f():
    raise ValueError('printed')
try:
    f()
except ValueError as e:
    sys.print_exception(e)
buf = io.StringIO()
try:
    1 / 0
except ZeroDivisionError as e:
    sys.print_exception(e, buf)
print(buf.getvalue().splitlines()[-1])
