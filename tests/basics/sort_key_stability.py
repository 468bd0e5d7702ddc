people = [
    ("alice", "eng", 31),
    ("bob", "ops", 25),
    ("carol", "eng", 25),
    ("dave", "ops", 31),
    ("erin", "eng", 28),
    ("frank", "hr", 25),
]
print([p[0] for p in sorted(people, key=lambda p: p[2])])
print([p[0] for p in sorted(people, key=lambda p: p[1])])
print([p[0] for p in sorted(people, key=lambda p: (p[1], -p[2]))])
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])
# multi-pass stable sort: secondary key first
tmp = sorted(people, key=lambda p: p[0], reverse=True)
tmp = sorted(tmp, key=lambda p: p[1])
print([p[0] for p in tmp])
# reverse=True is stable too (equal elements keep original order)
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(pairs, key=lambda t: t[0], reverse=True))
l = pairs[:]
l.sort(key=lambda t: t[0], reverse=True)
print(l)
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([3, -1, -4, 2], key=abs), sorted("hello world"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
print(sorted([]), sorted([1]), sorted(range(5, 0, -1)))
nums = [5, 2, 9, 1, 5, 6]
nums.sort(reverse=True)
print(nums)
# big list sort and verify

data = [(i * 7919) % 1000 for i in range(500)]
s = sorted(data)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s), s[:5], s[-5:])
idx = sorted(range(len(data)), key=lambda i: data[i])
print(idx[:5])
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError mixed")
# sort by a key that raises
try:
    sorted([1, 2, 0], key=lambda x: 1 // x)
except ZeroDivisionError:
    print("ZeroDivisionError in key")
# sorting objects via key attribute
class Item:
    def __init__(self, n, p):
        self.n = n
        self.p = p
items = [Item("x", 3), Item("y", 1), Item("z", 2)]
print([i.n for i in sorted(items, key=lambda i: i.p)], [i.n for i in sorted(items, key=lambda i: i.n, reverse=True)])
