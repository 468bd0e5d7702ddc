# len() of every builtin sized type, of instances with __len__, of values without one, and
# of a len that a program rebinds.


class Sized:
    def __len__(self):
        return 7


class Bad:
    def __len__(self):
        return -1


class L(list):
    pass


vals = [[1, 2], (1,), "héllo", "abc", b"xy", bytearray(3), {1: 2}, {1, 2, 3},
        frozenset(), range(2, 11, 3), {1: 2}.keys(), Sized(), L([1, 2, 3]), memoryview(b"abcd")]
print([len(v) for v in vals])
for v in (5, 2.5, None, iter([1]), Bad()):
    try:
        len(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)


def count(xs):
    n = 0
    for i in range(len(xs)):
        n += len(xs[i])
    return n


print(count(["ab", [1, 2, 3], (), "ü"]))


def shadow():
    len = lambda x: -1
    return len([1, 2])


print(shadow())
len = lambda x: 99


def use_global():
    return len([1, 2, 3])


print(use_global(), len([]))
del len
print(len([1]), use_global())
