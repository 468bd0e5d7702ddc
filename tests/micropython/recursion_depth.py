def r(n):
    return r(n + 1)
try:
    r(0)
except RuntimeError as e:
    print('RuntimeError', e.args[0] if e.args else '')
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
class Self:
    def __repr__(self):
        return repr(self)
try:
    repr(Self())
except RuntimeError:
    print('RuntimeError from native recursion')
