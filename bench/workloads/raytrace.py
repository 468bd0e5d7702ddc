# raytrace: a small ray tracer (spheres, a plane, a light, shadows, reflection) drawn in ASCII.
import math
import sys

SIZES = {"small": (24, 12), "large": (560, 280)}


class Vec:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre, self.radius, self.shade = centre, radius, shade

    def hit(self, origin, d):
        oc = origin - self.centre
        b = oc.dot(d)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).norm()


class Plane:
    def __init__(self, y, shade):
        self.y, self.shade = y, shade

    def hit(self, origin, d):
        if abs(d.y) < 1e-9:
            return None
        t = (self.y - origin.y) / d.y
        return t if t > 1e-6 else None

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)


SCENE = [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.9),
    Sphere(Vec(-2.0, 0.6, 6.0), 0.6, 0.6),
    Sphere(Vec(2.0, 0.8, 4.5), 0.8, 0.7),
    Plane(0.0, 0.4),
]
LIGHT = Vec(-5.0, 8.0, -2.0)


def trace(origin, d, depth):
    best, obj = None, None
    for o in SCENE:
        t = o.hit(origin, d)
        if t is not None and (best is None or t < best):
            best, obj = t, o
    if obj is None:
        return 0.05
    p = origin + d.scale(best)
    n = obj.normal(p)
    to_light = (LIGHT - p).norm()
    lit = max(0.0, n.dot(to_light))
    for o in SCENE:
        if o is not obj and o.hit(p, to_light) is not None:
            lit *= 0.3
            break
    colour = obj.shade * (0.2 + 0.8 * lit)
    if depth < 2:
        r = d - n.scale(2 * d.dot(n))
        colour = 0.8 * colour + 0.2 * trace(p, r.norm(), depth + 1)
    return colour


def render(w, h):
    ramp = " .:-=+*#%@"
    total = 0.0
    for j in range(h):
        row = []
        for i in range(w):
            d = Vec((i - w / 2) / h, (h / 2 - j) / h + 0.5, 1.0).norm()
            c = trace(Vec(0.0, 1.0, 0.0), d, 0)
            total += c
            row.append(ramp[min(len(ramp) - 1, int(c * len(ramp)))])
        print("".join(row))
    print("%.6f" % total)


render(*SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"])
