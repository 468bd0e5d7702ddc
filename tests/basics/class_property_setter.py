class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
t.celsius = 37
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
print(t.celsius)
del t.celsius
print(t.celsius)


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError:
    print("AttributeError on set")


# property built without decorator syntax
class Box:
    def __init__(self):
        self._w = 0

    def get_w(self):
        return self._w

    def set_w(self, v):
        self._w = max(0, v)

    width = property(get_w, set_w)


b = Box()
b.width = -5
print(b.width)
b.width = 9
print(b.width)


# property inherited and overridden
class Base:
    @property
    def kind(self):
        return "base"


class Derived(Base):
    @property
    def kind(self):
        return "derived+" + super().kind


print(Base().kind, Derived().kind)
print(isinstance(Base.__dict__["kind"], property))
