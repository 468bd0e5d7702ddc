# str() and printing of str subclass instances (str's own __str__ unless the class has one),
# and str() of small ints at their edges.
class S(str):
    def __repr__(self):
        return "S!"


class T(str):
    def __str__(self):
        return "T!"


class I(int):
    def __repr__(self):
        return "I!"


class P(str):
    pass


x = P("hi")
print(x, str(x), repr(x), x + "!", "%s" % x, f"{x}", type(str(x)).__name__)
print(S("a"), str(S("a")), repr(S("a")), T("b"), str(T("b")), I(3), str(I(3)))
print("%s %r" % (S("c"), S("c")), f"{S('d')}", [S("e")])
s = "abc"
print(str(s) is s, str(0), str(-5), str(123456789012), str(-(2**62)), str(2**62 - 1))
print([str(i) for i in range(-3, 12)], str(2**64), str(-(2**64)))
