class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    @classmethod
    def how_many(cls):
        return cls.count

    @staticmethod
    def add(a, b):
        return a + b


Counter.make(3)
print(Counter.how_many(), Counter.count)
print(Counter.add(2, 3), Counter().add(4, 5))
print(Counter.how_many())


class Sub(Counter):
    @classmethod
    def name(cls):
        return cls.__name__


print(Sub.name(), Sub().name())
objs = Sub.make(2)
print(type(objs[0]).__name__, len(objs))
print(Counter.count)


# alternative constructor pattern
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def dist2(a, b):
        return (a.x - b.x) ** 2 + (a.y - b.y) ** 2

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


p = Point.from_tuple((3, 4))
print(p, Point.origin(), Point.dist2(p, Point.origin()))


# static method stored and called through the class and instance
f = Point.dist2
print(f(Point(1, 1), Point(2, 2)))
m = p.from_tuple
print(m((7, 8)))
