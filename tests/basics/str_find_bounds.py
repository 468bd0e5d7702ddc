# str.find/rfind/index/rindex/count: bounds (negative, past the end, crossed), empty and
# missing substrings, non-ASCII text, and a non-str argument.
s = "héllo wörld, hello world"
for sub in ["o", "l", "wö", "", "zz", "ld"]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 2, 15), s.count(sub, -8), s.find(sub, 5, 2), s.count(sub, 30))
    try:
        print(s.index(sub, 4), s.rindex(sub, 0, -3))
    except ValueError as e:
        print("ValueError", e)
a = "abc,def,ghi"
print(a.find(","), a.rfind(","), a.count(","), a.find(",", -4), a.find("", 11), a.find("", 12), a.count("", 2, 5), a.rfind("", 3), a.index("ghi"))
try:
    a.find(5)
except TypeError as e:
    print("TypeError")
