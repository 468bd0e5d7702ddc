print("{0} {1} {0}".format("a", "b"))
print("{} {}".format(1, 2))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]}".format(("x", "y")))
print("{d[key]} {d[other]}".format(d={"key": 1, "other": 2}))


class C:
    a = 5
    b = "bee"


print("{0.a} {0.b} {c.a}".format(C, c=C()))
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))
print("{:*>6}|{:-<6}|{:0^7}|".format("ab", "cd", "ef"))
print("{:d} {:5d} {:+d} {:x} {:#X} {:o} {:b}".format(7, 7, 7, 255, 255, 8, 5))
print("{:.3f} {:10.2f} {:e} {:g} {:G}".format(2.5, 3.14159, 1234.5, 0.00001234, 1e20))
print("{:,d} {:08.3f} {:+.1f}".format(9876543, -3.14159, 2.0))
print("{0:{1}}|{0:>{1}}|".format("z", 4))
print("{!r} {!s}".format("q", "q"))
print("{{}} {{{}}}".format(9))
print("{0}{1}{0}".format("ab", "-"))
args = ["p", "q"]
kw = {"r": "R"}
print("{} {} {r}".format(*args, **kw))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{:c}".format(65), "{:5}|".format(3), "{:5}|".format("s"))
print(format(3.5, ".2f"), format(10, "b"), format("x", ">3"), format(123))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError missing positional")
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError missing name")
# building a table
rows = [("id", "name", "score"), (1, "ann", 93.5), (22, "bob", 7.25)]
for r in rows:
    print("{:>3} {:<6} {:>7}".format(*r))
