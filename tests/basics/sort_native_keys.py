# Sorting keys that compare without Python code: numbers, strings, tuples of them; with
# stability, reverse, and the cases that must go the general way.
print(sorted([5, -3, 2**40, 0, -2**61, 7]), sorted([2.5, 1, -0.5, 3, 1.0, True]))
print(sorted(["b", "a", "ä", "ab", "", "B", "€", "z"]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), (1, "a", 0)]))
words = ["pear", "fig", "apple", "kiwi", "plum", "date", "lime"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (-len(w), w)))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b"), (1, "x")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1.5, 2, 1.5, 1], reverse=True), sorted([0.0, -0.0, 0]))
big = 2**53 + 1
print(sorted([big, float(2**53), 1]), sorted([big, big - 1, big + 1]))
nan = float("nan")
print(len(sorted([3.0, nan, 1.0])), sorted([(1, 2.5), (1, 2), (0, 9.0)]))
print(sorted([((2, 1), 0), ((1, 5), 1)]), sorted([[2], [1, 5], [1]]))
for bad in ([1, "a"], [(1, 2), (1, "a")], [(1,), 2], ["a", 2.0]):
    try:
        sorted(bad)
    except TypeError:
        print("TypeError")
x = list(range(20, 0, -1))
x.sort(key=lambda v: v % 4)
print(x)
x.sort(key=lambda v: (v % 3, -v), reverse=True)
print(x)
