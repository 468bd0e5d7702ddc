# for-range loops whose end is computed once and kept on the stack (an expression, not a
# constant or a plain local), with positive and negative steps, big and changing bounds.


def f(xs, n):
    out = []
    for i in range(len(xs)):
        out.append(xs[i])
    for i in range(n * 2):
        n = 0  # the end was computed once: rebinding n does not stop the loop
        out.append(i)
    for i in range(n + 5, n, -2):
        out.append(i)
    for i in range(-3, len(xs) - 10):
        out.append(i)
    return out


print(f([7, 8, 9], 2))


def big(k):
    t = 0
    for i in range(2**62 - 2, 2**62 + k):
        t += i % 7
    for i in range(2**70, 2**70 - k, -1):
        t += i % 5
    for i in range(-(2**62) - 1, -(2**62) + k):
        t -= i % 3
    return t


print(big(3))


def nested(n):
    c = 0
    for i in range(n + 1):
        for j in range(i * 2):
            if j == 5:
                break
            c += j
        else:
            c += 100
    return c


print(nested(6))


def empty(n):
    seen = []
    for i in range(n - 10):
        seen.append(i)
    for i in range(n, n + 1, -1):
        seen.append(i)
    return seen, i if n < 0 else None


print(empty(3))

# The counter is a fresh local each iteration; the loop leaves it at its last value.
def last(n):
    for i in range(n + 0):
        pass
    return i


print(last(1000), last(1))

# A loop that runs long enough to pass through the scheduler's budget many times.
def count(n):
    s = 0
    for i in range(n // 1):
        s += i
    return s


print(count(100000))
