# micro: raising and catching exceptions, try/finally.
import sys
N = {"small": 1000, "large": 300000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
class Oops(Exception):
    pass
def g(i):
    if i % 3 == 0:
        raise Oops(i)
    if i % 3 == 1:
        raise ValueError
    return i
def f(n):
    caught = 0
    fin = 0
    for i in range(n):
        try:
            try:
                g(i)
            finally:
                fin += 1
        except Oops as e:
            caught += e.args[0] & 1
        except ValueError:
            caught += 1
    return caught, fin
print(f(N))
