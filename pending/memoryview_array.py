import array

a = array.array("i", [7, 8, 9])
m = memoryview(a)
print(len(m), m[0], list(m[1:]))
m[0] = 70
print(a[0])
print(bytes(memoryview(array.array("B", [1, 2, 255]))))
