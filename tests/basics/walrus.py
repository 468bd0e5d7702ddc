data = [1, 5, 12, 3, 20]
print([y for x in data if (y := x * 2) > 10])
if (n := len(data)) > 3:
    print('long', n)
it = iter([1, 2, 0, 4])
while (v := next(it)) != 0:
    print(v)
print((z := 5) + z)
