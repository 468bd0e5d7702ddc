class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
q = Point(1, 1)
print(p.x, p.y, p.dist2(), Point.count, q.count)
p.z = 5
print(p.z, hasattr(p, 'z'), hasattr(q, 'z'), getattr(q, 'z', 'none'))
setattr(q, 'w', 7)
print(q.w)
delattr(q, 'w')
print(hasattr(q, 'w'))
print(type(p).__name__, isinstance(p, Point), isinstance(1, Point))
try:
    p.missing
except AttributeError:
    print('AttributeError')
class Empty:
    pass
e = Empty()
print(type(e) is Empty)
