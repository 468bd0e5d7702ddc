# find/rfind/index/count/split/replace with one-character patterns (ASCII and not) next to
# longer ones, with start/end bounds; slices with small, negative and index-like steps.
texts = ["a,b,,c,", ",", "", "no commas", "héllo, wörld, é", "ééé", "a,b" * 5]
for t in texts:
    for pat in [",", "é", ",b", "l", "ö"]:
        print(repr(t), repr(pat), t.find(pat), t.rfind(pat), t.count(pat),
              t.find(pat, 2), t.rfind(pat, 0, 5), t.count(pat, 1, -1), t.split(pat),
              t.replace(pat, "+"))
print("x".split("x"), "xx".split("x"), "xax".split("x", 1), "axbxc".rsplit("x", 1))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
print("abc".index("c"), "abcabc".rindex("a"))


class Two:
    def __index__(self):
        return 2


s = "0123456789"
print(s[1:8], s[::2], s[::-1], s[8:1:-3], s[-3:], s[:-3], s[Two():], s[::Two()], s[1:9:True])
print(s[100:], s[-100:2], s[5:2], s[2:2], s[::-100], s[3:3:-1])
print(list(range(10))[::Two()], b"abcdef"[1::Two()])
