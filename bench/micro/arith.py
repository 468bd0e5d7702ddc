# micro: int (small and big) and float arithmetic.
import sys
N = {"small": 2000, "large": 1000000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
def f(n):
    i_acc = 0
    f_acc = 0.0
    big = 1
    for i in range(1, n):
        i_acc = (i_acc + i * 7) % 1000003
        f_acc += (i * 0.5) / (i + 1.0)
        if i % 1000 == 0:
            big = big * 3 + i
    return i_acc, "%.6f" % f_acc, big % 1000000007
print(f(N))
