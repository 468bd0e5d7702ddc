x = 5
assert x == 5
assert x > 0, "positive"
y = x if x > 3 else -x
z = x and y or 0
w = (x := 10) + 1
print(x, y, z, w, 1 < x < 20, 1 < x > 20 < 30)
del x
pass
global q
q = 1
print(q)
