import struct
print(struct.pack('<hHi', -2, 65535, 7), struct.pack('>I', 1), struct.calcsize('<hHiq'), struct.calcsize('@bi'))
print(struct.unpack('<hHi', b'\xfe\xff\xff\xff\x07\x00\x00\x00'), struct.unpack('>f', struct.pack('>f', 1.5)), struct.unpack('<d', struct.pack('<d', -2.25)))
print(struct.pack('3s?B', b'ab', True, 200), struct.unpack('3s?B', b'ab\x00\x01\xc8'))
buf = bytearray(8); struct.pack_into('<HH', buf, 2, 1, 2); print(buf, struct.unpack_from('<H', buf, 4))
from collections import namedtuple, deque, OrderedDict
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p.y, p[0], len(p), p._replace(x=5), p._fields, isinstance(p, tuple), p == (1, 2))
a, b = p; print(a, b, P._fields)
d = deque([1, 2, 3], 5); d.append(4); d.appendleft(0); d.append(9); print(list(d), d.popleft(), d.pop(), len(d))
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od.move_to_end('b'); print(list(od.keys()), od.popitem())
import heapq
h = []
for v in [5, 1, 4, 2, 3]: heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(5)])
l = [9, 3, 7, 1]; heapq.heapify(l); print(l[0])
import json
s = json.dumps({'a': [1, 2.5, None, True], 'b': 'x"y', 'c': {}})
print(s)
print(json.loads(s), json.loads('[1, -2, 3.5e2, "\\u0041\\n", false]'))
try:
    json.loads('{bad')
except ValueError:
    print('ValueError')
