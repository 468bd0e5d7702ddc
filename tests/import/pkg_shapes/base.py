print("pkg_shapes.base loaded")


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return "%s(area=%s)" % (self.name, self.area())
