d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), "a" in d, 1 in d, d.get("z"), d.get("z", 0), d.get("a", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("d"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e.args)
k, v = d.popitem()
print(k, v, d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
e = dict.fromkeys("abc", 0)
print(e, dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([(1, "x"), (2, "y")]), dict(zip("pq", [5, 6])), dict({"m": 1}, n=2))
c = d.copy()
c["a"] = -1
print(d["a"], c["a"], c == d, {1: 2} == {1: 2.0})
del c["a"]
print("a" in c, len(c))
c.clear()
print(c, bool(c))
# counting and grouping
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()), max(counts, key=counts.get))
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv)
print({k: v for k, v in sorted(counts.items()) if v > 1})
# keys of various types
m = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool-overwrites-1"}
print(m[1], m[(1, 2)], m[None], len(m))
try:
    {[1]: 2}
except TypeError:
    print("TypeError unhashable")
# iteration order and modification
dd = {}
for i in range(10):
    dd[i * 7 % 10] = i
print(list(dd), [k for k in dd if dd[k] % 2])
for k in list(dd):
    if k % 3 == 0:
        del dd[k]
print(dd)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
# nested dict access
cfg = {"db": {"host": "h", "ports": [1, 2]}}
cfg["db"]["ports"].append(3)
print(cfg["db"]["ports"][-1], cfg.get("db", {}).get("user", "anon"))
