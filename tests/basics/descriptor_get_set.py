class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, "_" + self.name, 0)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        setattr(obj, "_" + self.name, value)


class Point:
    x = Typed("x", int)
    y = Typed("y", int)


p = Point()
print(p.x, p.y)
p.x = 3
print(p.x)
try:
    p.y = "no"
except TypeError as e:
    print("TypeError", e)
print(type(Point.x).__name__)
