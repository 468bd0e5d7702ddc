import sys
print(sys.version_info >= (3, 4), type(sys.implementation.name))
def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return tag + str(f(*a, **k))
        return inner
    return wrap
@deco('<')
def add(a, b=1, *, c=2): return a + b + c
print(add(1), add(1, 2, c=3))
class Base:
    def __init__(self): self.log = ['Base']
    def who(self): return 'Base'
class A(Base):
    def __init__(self): super().__init__(); self.log.append('A')
    def who(self): return 'A>' + super().who()
class B(Base):
    def __init__(self): super().__init__(); self.log.append('B')
    def who(self): return 'B>' + super().who()
class C(A, B):
    def __init__(self): super().__init__(); self.log.append('C')
    def who(self): return 'C>' + super().who()
c = C(); print(c.log, c.who(), [k.__name__ for k in C.__mro__])
class MyList(list):
    def total(self): return sum(self)
m = MyList([1, 2, 3]); m.append(4); print(m.total(), len(m), m[1:3], isinstance(m, list))
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md['a'], md['zz'])
class Err(Exception):
    def __init__(self, code): super().__init__('code %d' % code); self.code = code
try:
    raise Err(7)
except Exception as e:
    print(e, e.code, e.args, repr(e))
def g():
    try:
        yield 1
        yield 2
    finally:
        print('closing')
it = g(); next(it); it.close()
def yf():
    r = yield from g()
    return r
print(list(yf()))
class Ctx:
    def __enter__(self): print('in'); return self
    def __exit__(self, *a): print('out', a[0].__name__ if a[0] else None); return True
with Ctx() as cx:
    raise KeyError
print('after')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('wrapped')
except ValueError as e:
    print('chain', e, type(e.__context__).__name__)
def kw(**kwargs): return sorted(kwargs.items())
print(kw(b=2, a=1), kw(**{'x': 1}))
def va(*args): return args
print(va(), va(1, *[2, 3]), va(*range(3)))
print(type(None).__name__, None is None, NotImplemented, ...)
x = 10
def outer():
    x = 20
    def inner(): return x
    return inner()
print(outer(), x)
class Counter:
    n = 0
    def __init__(self): Counter.n += 1
for _ in range(3): Counter()
print(Counter.n)
print(str(b'x'), repr(3.0), int(3.99), int(-3.99), float('1e3'), float(' 2.5 '))
print('{0}{1}{0}'.format('a', 'b'), '{name}'.format(name='n'), '%s=%r' % ('k', 'v'), '%5.1f|' % 2.25)
print('%x %o %e' % (255, 8, 1234.5), '%c' % 65, '%%')
nums = [5, 3, 8]; nums[1:2] = [9, 9]; print(nums); del nums[::2]; print(nums)
print([[0] * 2 for _ in range(2)], {i: i * i for i in range(3)}, {i % 3 for i in range(9)})
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted('bca'), min('bca'), max([1, 3], default=0))
print(list(filter(None, [0, 1, 2])), list(enumerate('ab', 1)))
print(hash(1) == hash(1.0), 1 == 1.0, {1: 'a', 1.0: 'b'})
s = set(); s.add(1); s.discard(2); print(s, len(s), 1 in s, frozenset([1]) == {1})
print(isinstance(True, int), True + True, bool([]), bool(' '), not 0)
print(abs(-2 ** 70), pow(3, 4, 5), round(2.5), round(-0.5), round(1.25, 1))
print(int.from_bytes(b'\x00\x10', 'big'), (16).to_bytes(2, 'little'))
print(list(iter([1, 2])), next(iter([]), 'empty'))
print('a' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2), 'abc'.startswith(('x', 'a')))
print("tab\tend", 'q"uote', "it's", r'raw\n', '\x41\u00e9')
