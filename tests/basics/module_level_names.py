# Module-level code reads and writes globals by name (LOAD_NAME/STORE_NAME), falling back to
# builtins, and class bodies keep their own namespace.
total = 0
for i in range(1000):
    total += i
print(total)
len = len  # a global shadowing a builtin, same object
print(len([1, 2, 3]))
del len
print(len("abcd"))
x = 1


class C:
    x = 2
    y = x + 1
    print("in class", x, y)


print(x, C.x, C.y)


def f():
    global x
    x = 10


f()
print(x)
count = 0
while count < 5:
    count = count + 1
print(count)
try:
    print(undefined_name)
except NameError as e:
    print("NameError")
g = {"a": 5}
exec("b = a * 2\nfor k in range(3):\n    b += k\n", g)
print(g["b"])
exec("c = a + 1", g, {})
print("c" in g)
