d = {
    'a': 1,
    'b': f(2),
    'c': [
        3,
        g(4),
    ],
}
r = foo(
    1,
    bar(2),
    k=baz(
        3),
)
s = (a +
     b *
     c)
t = [x
     for x in y
     if x]
if (a and
        b):
    pass
def long_sig(a,
             b=1,
             *c):
    return (a,
            b)
x = 1; y = 2; z = x + \
    y
class K(
        Base):
    pass
print("a",
      "b")
