def deco(f):
    def wrapper(*a, **k):
        print("call", f.__name__)
        return f(*a, **k)

    return wrapper


def param(n):
    def d(f):
        return f

    return d


@deco
@param(3)
def hello(x):
    return x + 1


@deco
class C:
    pass


print(hello(1), C)
