# Methods of one name on values of different builtin types, called in turn from one loop.

vals = [
    [3, 1, 3],
    (3, 1, 3),
    "a3b3",
    "a3b3" * 3,
    b"x3y3",
    bytearray(b"x3y3"),
    {3: "t", 1: "o"},
    {3},
    frozenset((3, 1)),
]
for v in vals:
    for name in ("count", "index", "pop", "copy", "add", "get", "find"):
        try:
            m = getattr(v, name)
        except AttributeError:
            print(type(v).__name__, name, "-")
            continue
        try:
            if name in ("count", "index", "find"):
                arg = 3 if isinstance(v, (list, tuple)) else ("3" if isinstance(v, str) else b"3")
                r = m(arg)
            elif name in ("get", "add"):
                r = m(3)
            elif name == "pop":
                r = m(3) if isinstance(v, dict) else m()
            else:
                r = m()
            print(type(v).__name__, name, r if not isinstance(r, (set, frozenset)) else sorted(r))
        except (TypeError, ValueError, KeyError) as e:
            print(type(v).__name__, name, type(e).__name__)

# The same call site on alternating types.
out = []
for v in ["abcabc", [1, "c", "c"], ("c", "c", "c"), b"cc"]:
    for i in range(3):
        out.append(v.count("c") if not isinstance(v, bytes) else v.count(b"c"))
print(out)


def f(xs):
    r = []
    for x in xs:
        r.append(x.copy())
    return r


print(f([[1], {2: 3}, {4}, bytearray(b"5")]))
try:
    frozenset([1]).add(2)
except AttributeError:
    print("AttributeError frozenset.add")
