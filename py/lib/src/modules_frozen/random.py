# random: a seedable pseudo-random generator (xorshift64*) with MicroPython's random API.
# The sequence is Ferrite's own; only the distribution and the API match other Pythons.

_state = [0x2545F4914F6CDD1D]


def seed(n=None):
    if n is None:
        import time
        n = time.ticks_us() ^ 0x9E3779B97F4A7C15
    _state[0] = (hash(n) ^ 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF or 1


def _next64():
    x = _state[0]
    x ^= (x >> 12)
    x ^= (x << 25) & 0xFFFFFFFFFFFFFFFF
    x ^= (x >> 27)
    _state[0] = x
    return (x * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF


def getrandbits(k):
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    out = 0
    got = 0
    while got < k:
        out = (out << 64) | _next64()
        got += 64
    return out >> (got - k)


def random():
    return getrandbits(53) / 9007199254740992.0


def uniform(a, b):
    return a + (b - a) * random()


def randrange(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    n = (stop - start + step - 1) // step if step > 0 else (start - stop - step - 1) // -step
    if n <= 0:
        raise ValueError("empty range for randrange()")
    return start + step * _below(n)


def _below(n):
    k = n.bit_length()
    while True:
        r = getrandbits(k)
        if r < n:
            return r


def randint(a, b):
    return randrange(a, b + 1)


def choice(seq):
    if not seq:
        raise IndexError("cannot choose from an empty sequence")
    return seq[_below(len(seq))]


def shuffle(seq):
    for i in range(len(seq) - 1, 0, -1):
        j = _below(i + 1)
        seq[i], seq[j] = seq[j], seq[i]
