# micro: generators, generator expressions and yield from.
import sys
N = {"small": 2000, "large": 1000000}[sys.argv[1] if len(sys.argv) > 1 else "small"]
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def chain(n):
    yield from count(n // 2)
    yield from count(n - n // 2)
print(sum(count(N)), sum(x * 2 for x in range(N) if x & 1), sum(chain(N)))
