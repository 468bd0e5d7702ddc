x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def f(self):
        return x
print(C.y, C().f())
def f():
    x = 'local'
    class D:
        z = x
    return D.z
print(f())
