# find/rfind/count/replace/split/rsplit at the edges: empty patterns, overlaps, bounds,
# multi-byte characters, maxsplit, and the whitespace CPython splits at.
s = "abcabcab"
for sub in ["", "a", "ab", "abc", "bca", "cab", "x", "abcabcab", "abcabcabc", "b"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 5),
          s.count(sub, 1, 7), s.find(sub, 9), s.rfind(sub, 8), s.count(sub, 8))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "aaaa".rfind("aa", 0, 3))
u = "héllo wörld héllo"
print(u.find("llo"), u.rfind("llo"), u.count("é"), u.find("ö"), u.rfind("héllo", 0, 16), u.find("", 3))
for old, new, n in [("", "-", -1), ("", "-", 2), ("", "-", 0), ("ab", "X", -1), ("ab", "X", 1),
                    ("a", "", -1), ("b", "bb", 2), ("abcabcab", "", -1), ("zz", "y", -1),
                    ("aa", "b", -1)]:
    print(repr(old), repr(s.replace(old, new, n)), repr("aaaaa".replace(old, new, n)),
          repr("".replace(old, new, n)), repr(u.replace(old, new, n)))
print("é".replace("", "|"), "日本語".replace("本", "-"), "日本語".replace("", ".", 2))
for sep in [",", ", ", ",,", "x"]:
    t = "a, b,,c, ,d,"
    print(repr(sep), t.split(sep), t.rsplit(sep), t.split(sep, 1), t.rsplit(sep, 1),
          t.split(sep, 0), t.rsplit(sep, 2), "".split(sep), "".rsplit(sep, 1))
w = "  one two\tthree\n\nfour \x1c five\x1f\x85six\u3000seven  "
print(w.split(), w.rsplit(), w.split(None, 2), w.rsplit(None, 2), w.split(maxsplit=0),
      w.rsplit(maxsplit=0), "   ".split(), "".rsplit(None, 1), "a".split(None, 5))
print(repr("\x1c\x1dx\x1e\x1f".strip()), "\x1c\x1f".isspace(), " \u2028".isspace())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".index("d")
except ValueError as e:
    print("ValueError", e)
