# mandelbrot: float complex-plane iteration written with plain floats.
import sys

SIZES = {"small": (24, 50), "large": (300, 200)}


def main():
    size, limit = SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"]
    total = 0
    rows = []
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row_sum = 0
        for x in range(size):
            cr = 2.5 * x / size - 2.0
            zr = zi = 0.0
            i = 0
            while i < limit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            row_sum += i
        total += row_sum
        rows.append(row_sum)
    print("total", total)
    print("inside-ish rows", sum(1 for r in rows if r >= limit * size // 4))
    print("checksum", sum((i + 1) * r for i, r in enumerate(rows)) % 1000003)


main()
