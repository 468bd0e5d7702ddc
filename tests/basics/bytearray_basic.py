a = bytearray(b'abc')
print(a, len(a), a[0])
a[0] = 65
a.append(100)
a.extend(b'ef')
print(a)
a[1:3] = b'XYZ'
print(a)
del a[0]
print(a, a.pop(), a)
print(bytearray(3), bytearray([1, 2]), bytes(a))
a += b'!!'
print(a, a.decode(), a.find(b'Y'))
print(bytearray(b'hi') == b'hi')
try:
    a[0] = 256
except ValueError:
    print('ValueError')
