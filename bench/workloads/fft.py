# fft: iterative radix-2 FFT and its inverse over lists of (re, im) float pairs.
import math
import sys

SIZES = {"small": 6, "large": 16}


def fft(re, im, inverse):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    size = 2
    sign = 1.0 if inverse else -1.0
    while size <= n:
        half = size >> 1
        ang = sign * 2.0 * math.pi / size
        wr, wi = math.cos(ang), math.sin(ang)
        for start in range(0, n, size):
            cr, ci = 1.0, 0.0
            for k in range(start, start + half):
                tr = re[k + half] * cr - im[k + half] * ci
                ti = re[k + half] * ci + im[k + half] * cr
                re[k + half] = re[k] - tr
                im[k + half] = im[k] - ti
                re[k] += tr
                im[k] += ti
                cr, ci = cr * wr - ci * wi, cr * wi + ci * wr
        size <<= 1
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def main(bits):
    n = 1 << bits
    re = [math.sin(i * 0.1) + 0.5 * math.cos(i * 0.37) for i in range(n)]
    im = [0.0] * n
    orig = list(re)
    fft(re, im, False)
    peak = max(range(n), key=lambda i: re[i] * re[i] + im[i] * im[i])
    energy = sum(re[i] * re[i] + im[i] * im[i] for i in range(n)) / n
    fft(re, im, True)
    err = max(abs(re[i] - orig[i]) for i in range(n))
    print(n, peak, "%.6f" % energy, err < 1e-9)


main(SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"])
