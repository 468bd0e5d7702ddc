# diamond inheritance: cooperative super() follows the MRO
class Base:
    def __init__(self):
        self.log = ["Base"]

    def who(self):
        return "Base"


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def who(self):
        return "Left>" + super().who()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def who(self):
        return "Right>" + super().who()


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")

    def who(self):
        return "Bottom>" + super().who()


b = Bottom()
print(b.log)
print(b.who())
print(isinstance(b, Left), isinstance(b, Right), isinstance(b, Base))
print(issubclass(Bottom, Base), issubclass(Left, Right))
print([c.__name__ for c in (Bottom, Left, Right, Base)])


class A:
    x = "A"


class B(A):
    pass


class C(A):
    x = "C"


class D(B, C):
    pass


print(D.x, D().x)


# explicit two-argument super
class E(Left):
    def who(self):
        return "E>" + super(Left, self).who()


print(E().who())


# mixins providing methods
class ReprMixin:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.describe())


class Named:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return repr(self.name)


class Thing(ReprMixin, Named):
    pass


print(repr(Thing("bolt")))
print([Thing("a"), Thing("b")])
