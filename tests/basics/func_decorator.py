def deco(f):
    def wrapper(*a, **k):
        print('before', f.__name__)
        r = f(*a, **k)
        print('after')
        return r
    return wrapper
@deco
def hello(x):
    print('hello', x)
    return x * 2
print(hello(3))
def repeat(n):
    def d(f):
        def w():
            return [f() for _ in range(n)]
        return w
    return d
@repeat(3)
def one():
    return 1
print(one())
TAGS = []
def tag(name):
    def d(f):
        TAGS.append((name, f.__name__))
        return f
    return d
@tag('a')
@tag('b')
def t():
    pass
print(TAGS)
