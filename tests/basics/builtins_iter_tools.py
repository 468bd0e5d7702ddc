names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate("ab", start=-1)))
print(list(zip(names, [1, 2, 3, 4])), list(zip()), list(zip("ab")), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda s: "b" in s, names)))
print(list(reversed(names)), list(reversed(range(4))), list(reversed((1, 2))), "".join(reversed("abc")))
print(sorted(names, key=len), sorted(names, key=lambda s: s[-1]), sorted(names, reverse=True))
print(min(names), max(names), min(names, key=len), max(names, key=len), min(3, 1, 2), max(3, 1, 2, key=lambda x: -x))
print(min([], default="none"), max([], default=0), min([5], default=9), max((), key=len, default="d"))
try:
    min([])
except ValueError:
    print("ValueError min empty")
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(101)), sum([]))
print(any([]), all([]), any([0, "", 1]), all([1, "x", [0]]), any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, -1]))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
data = [3, 1, 4, 1, 5, 9, 0, 2]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
class Src:
    def __init__(self):
        self.n = 0
    def read(self):
        self.n += 1
        return "" if self.n > 3 else "chunk%d" % self.n
s = Src()
print(list(iter(s.read, "")))
print(isinstance(1, (str, int)), isinstance("a", (list, tuple)), isinstance(True, int), isinstance(1.0, (int,)))
print(isinstance([], (list, (dict, set))), issubclass(bool, (str, int)))
class O:
    pass
o = O()
setattr(o, "color", "red")
print(getattr(o, "color"), getattr(o, "size", "M"), hasattr(o, "color"), hasattr(o, "size"))
delattr(o, "color")
print(hasattr(o, "color"))
try:
    getattr(o, "color")
except AttributeError:
    print("AttributeError getattr")
print(round(2.5), round(3.5), round(-1.5), round(2.567, 2), round(15, -1), round(25, -1), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(abs(-7), abs(-7.5), abs(True), divmod(7, 2), divmod(-7, 2), divmod(7.0, 2))
print(chr(9731) == "\u2603", ord("€"), [ord(c) for c in "AZaz09"], "".join(map(chr, [80, 121])))
print(hex(3054), oct(493), bin(10), hex(-1), bin(-10))
print(len(range(0, 100, 7)), list(range(10, 0, -3)), range(5)[-1], 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(callable(len), callable(O), callable(o), callable(lambda: 0), callable(3))
print(type(3) is int, type("") is str, type([]).__name__, type(None).__name__, type(O).__name__)
print(int("7") + float("0.5"), str(12) + "3", bool(""), bool("0"), list("hi"), tuple([1]), set([1, 1]) == {1})
print(pow(2, 5), pow(2.0, -1), pow(-8, 1 / 3).real if False else "skip")
print(list(zip(range(3), "abc", [True, False, None])))
print(dict(enumerate("xyz")), dict(zip("ab", range(2))))
print(sorted(map(lambda kv: kv[::-1], {"a": 2, "b": 1}.items())))
