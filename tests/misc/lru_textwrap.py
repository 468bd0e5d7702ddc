# An LRU cache built on dict insertion order, used to memoize a word-wrapping routine,
# plus a justified-text formatter.


class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            v = self.data.pop(key)
            self.data[key] = v
            return v
        self.misses += 1
        v = compute(key)
        self.data[key] = v
        if len(self.data) > self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        return v

    def keys(self):
        return list(self.data)

    def stats(self):
        return "hits=%d misses=%d evictions=%d" % (self.hits, self.misses, self.evictions)


def wrap(text, width):
    lines = []
    line = []
    length = 0
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(" ".join(line))
                line, length = [], 0
            lines.append(word[: width - 1] + "-")
            word = word[width - 1 :]
        extra = len(word) + (1 if line else 0)
        if length + extra > width:
            lines.append(" ".join(line))
            line, length = [word], len(word)
        else:
            line.append(word)
            length += extra
    if line:
        lines.append(" ".join(line))
    return lines


def justify(line, width):
    words = line.split(" ")
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


TEXT = (
    "It was a bright cold day in April, and the clocks were striking thirteen. "
    "Supercalifragilisticexpialidocious words must be hyphenated when they do not fit."
)
cache = LRU(3)
for width in (20, 32, 20, 16, 40, 32, 20, 16):
    lines = cache.get(width, lambda w: wrap(TEXT, w))
    print("width %d -> %d lines, cache %s" % (width, len(lines), cache.keys()))
print(cache.stats())
for l in cache.get(20, lambda w: []):
    print("|" + justify(l, 20) + "|")
print()
for l in wrap(TEXT, 32)[:-1]:
    print("|" + justify(l, 32) + "|")
print("|" + wrap(TEXT, 32)[-1].ljust(32) + "|")
print("|" + "centered".center(32, ".") + "|")
fib_cache = LRU(100)


def fib(n):
    return n if n < 2 else fib_cache.get(n - 1, fib) + fib_cache.get(n - 2, fib)


print(fib(90), fib_cache.stats())
