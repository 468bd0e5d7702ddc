try:
    import collections
except ImportError:
    print("SKIP")
    raise SystemExit

from collections import namedtuple, OrderedDict, deque
P = namedtuple('P', ('x', 'y'))
p = P(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p))
x, y = p
print(x, y)
d = OrderedDict()
d['b'] = 1
d['a'] = 2
print(list(d.keys()))
q = deque((), 5)
q.append(1)
q.append(2)
q.append(3)
print(len(q), q.popleft(), q.popleft())
