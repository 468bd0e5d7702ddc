# String keys made at run time meet interned ones, str subclasses and objects whose hash
# and __eq__ match a string's.
d = {"alpha": 1, "beta": 2}
k = "".join(["al", "pha"])
print(d[k], d.get("be" + "ta"), k in d, ("gam" + "ma") in d)
d[k] = 10
d["gam" + "ma"] = 3
print(sorted(d.items()), len(d))
long_key = "x" * 40
e = {long_key: 1}
e["x" * 20 + "x" * 20] += 1
print(e)


class S(str):
    pass


f = {"abc": 1}
print(f[S("abc")], S("abc") in f)
f[S("abc")] = 2
print(f, type(list(f)[0]).__name__)
g = {S("key"): 5}
print(g["k" + "ey"], ("ke" + "y") in g)


class Same:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        return other == self.s or (isinstance(other, Same) and other.s == self.s)


h = {Same("word"): "object"}
print(h.get("wo" + "rd"), h.get("other"))
h["wo" + "rd"] = "updated"
print(len(h), list(h.values()))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
s = set("a b c a".split())
s.add("".join(["a"]))
print(sorted(s), ("b" * 1) in s)
many = {}
for i in range(100):
    many["k%d" % i] = i
print(sum(many["k%d" % i] for i in range(0, 100, 7)), len(many))
