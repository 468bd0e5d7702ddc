class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts

    def __hash__(self):
        return hash(self.parts)


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
print(Version("1.2") < Version("1.2.0"), Version("2.0") >= Version("1.99"))
print(len(set(vs)))


# only __lt__ defined: > uses the reflected __lt__
class Only:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return "O%d" % self.v


a, b = Only(1), Only(2)
print(a < b, b > a, b < a)
print(sorted([Only(3), Only(1), Only(2)]))
try:
    a <= b
except TypeError:
    print("TypeError for <=")


# __eq__ returning NotImplemented falls back to identity
class Plain:
    def __eq__(self, o):
        return NotImplemented


p = Plain()
print(p == p, p == Plain(), p != Plain())


# stability of sort with key: equal keys keep input order
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
recs.sort(key=lambda r: r[0], reverse=True)
print(recs)
