# pidigits: unbounded spigot for pi digits using big integers.
import sys

SIZES = {"small": 60, "large": 4000}


def pidigits(n):
    out = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return out


def main():
    n = SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"]
    digits = pidigits(n)
    s = "".join(str(d) for d in digits)
    for i in range(0, len(s), 50):
        print(s[i:i + 50])
    print("digit sum", sum(digits))


main()
