def t(label, f):
    try:
        print(label, "=>", f())
    except Exception as e:
        print(label, "=>", type(e).__name__)
from collections import namedtuple, deque, OrderedDict
P = namedtuple("P", ["x", "y"])
P2 = namedtuple("P2", "a b c")
p = P(1, y=2)
t("namedtuple", lambda: (p, p.x + p.y, p[0], tuple(p), p == (1, 2), len(p)))
t("namedtuple unpack", lambda: (lambda a, b: a * b)(*p))
t("namedtuple _replace", lambda: p._replace(x=5))
t("namedtuple _fields", lambda: P2._fields)
t("namedtuple _asdict", lambda: dict(p._asdict()))
t("namedtuple sort", lambda: sorted([P(2, 1), P(1, 5), P(1, 2)]))
t("namedtuple attr set", lambda: setattr(p, "x", 3))
t("namedtuple isinstance", lambda: (isinstance(p, tuple), type(p).__name__))
d = deque((), 5)
for i in range(7):
    d.append(i)
t("deque maxlen", lambda: (list(d), len(d)))
t("deque popleft", lambda: (d.popleft(), d.pop(), list(d)))
d2 = deque([1, 2, 3], 10)
d2.appendleft(0)
t("deque appendleft", lambda: list(d2))
t("deque extend", lambda: (d2.extend([4, 5]), list(d2))[1])
t("deque index", lambda: (d2[0], d2[-1]))
t("deque bool", lambda: (bool(deque([], 1)), bool(d2)))
t("deque pop empty", lambda: deque([], 1).pop())
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
t("ordereddict", lambda: (list(od), list(od.items())))
t("ordereddict popitem", lambda: od.popitem())
t("ordereddict move_to_end", lambda: (od.move_to_end("z"), list(od))[1])
import heapq
h = []
for v in [5, 1, 4, 2, 3]:
    heapq.heappush(h, (v, "t%d" % v))
t("heapq", lambda: [heapq.heappop(h)[1] for _ in range(len(h))])
l = [9, 3, 7, 1]
heapq.heapify(l)
t("heapify", lambda: (l[0], heapq.heappop(l), l[0]))
t("heappushpop", lambda: heapq.heappushpop([1, 5], 3) if hasattr(heapq, "heappushpop") else 1)
import json
doc = {"a": [1, 2.5, None, True, "s\"q"], "b": {"c": {}}}
s = json.dumps(doc)
t("json roundtrip", lambda: json.loads(s) == doc)
t("json dumps list", lambda: json.dumps([1, "a", None, False, [], {}]))
t("json loads", lambda: json.loads('{"x": [1, 2, {"y": "\\u00e9"}], "n": -1.5e2}'))
t("json dumps nonstr key", lambda: json.dumps({1: 2}))
t("json separators", lambda: json.dumps([1, 2], separators=(",", ":")))
import struct
t("struct pack", lambda: struct.pack("<HhI", 1, -2, 3))
t("struct unpack", lambda: struct.unpack(">iB", b"\xff\xff\xff\xfe\x07"))
t("struct calcsize", lambda: struct.calcsize("<IHb"))
t("struct pack_into", lambda: (lambda b: (struct.pack_into("<H", b, 1, 0x1234), bytes(b))[1])(bytearray(4)))
t("struct unpack_from", lambda: struct.unpack_from("<H", b"\x00\x01\x02", 1))
t("struct float", lambda: struct.unpack("<f", struct.pack("<f", 1.5)))
t("struct q", lambda: struct.unpack("<q", struct.pack("<q", -(2 ** 62))))
t("struct s", lambda: struct.pack("4s", b"ab"))
