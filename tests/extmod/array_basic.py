from array import array
a = array('i', [1, -2, 3])
a.append(40)
a.extend(range(3))
print(a, len(a), a[1], a[-1], a[1:3], list(a), sum(a))
a[0] = 100
print(a[0], bytes(array('h', [1, 256])), array('B', b'ab'), array('d', [1.5, 2.0]), array('f', [0.25]))
print(isinstance(a, array), array('b'), a.tobytes()[:4])
try:
    array('b', [200])
except OverflowError:
    print('OverflowError')
import struct
print(struct.unpack('<2h', array('h', [5, -6])))
for x in array('H', [7, 8]):
    print(x)
