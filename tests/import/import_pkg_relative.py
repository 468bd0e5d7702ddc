import pkg_shapes

print(pkg_shapes.registry.names())
from pkg_shapes import flat  # noqa: E402

print(pkg_shapes.registry.names())
print(pkg_shapes.make("square", 3), pkg_shapes.make("rect", 2, 5))
print(pkg_shapes.make("cube", 2))
print(pkg_shapes.registry.names())
import pkg_shapes.solids.cube as c  # noqa: E402

print(c.Cube.name, c.LEVEL, c.__name__)
print(isinstance(pkg_shapes.make("cube", 1), pkg_shapes.Shape))
import sys  # noqa: E402

print("pkg_shapes.solids" in sys.modules, "pkg_shapes.flat" in sys.modules)
print(pkg_shapes.solids.LEVEL, flat.Rect.name)
try:
    pkg_shapes.make("hexagon")
except KeyError as e:
    print("KeyError", e.args)
try:
    from pkg_shapes import nothing_here  # noqa: F401
except ImportError:
    print("ImportError name")
try:
    import pkg_shapes.nope  # noqa: F401
except ImportError:
    print("ImportError submodule")
