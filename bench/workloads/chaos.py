# chaos: an iterated function system (chaos game) with float points and affine maps as classes.
import sys

SIZES = {"small": 3000, "large": 250000}


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Rng:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


def chaos(n):
    maps = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    rng = Rng(42)
    p = Point(0.0, 0.0)
    w, h = 40, 20
    grid = [[0] * w for _ in range(h)]
    minx = maxx = miny = maxy = 0.0
    for i in range(n):
        r = rng.random()
        acc = 0.0
        for m in maps:
            acc += m.weight
            if r <= acc:
                p = m.apply(p)
                break
        minx = min(minx, p.x)
        maxx = max(maxx, p.x)
        miny = min(miny, p.y)
        maxy = max(maxy, p.y)
        gx = int((p.x + 3.0) / 6.0 * (w - 1))
        gy = int(p.y / 10.0 * (h - 1))
        if 0 <= gx < w and 0 <= gy < h:
            grid[gy][gx] += 1
    for row in reversed(grid):
        print("".join("#" if c > n // 2000 else ("." if c else " ") for c in row))
    print("%.4f %.4f %.4f %.4f" % (minx, maxx, miny, maxy))


chaos(SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"])
