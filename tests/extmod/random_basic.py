try:
    import random
except ImportError:
    print("SKIP")
    raise SystemExit

random.seed(1)
a = [random.randint(1, 6) for _ in range(10)]
random.seed(1)
b = [random.randint(1, 6) for _ in range(10)]
print(a == b, all(1 <= v <= 6 for v in a))
print(0 <= random.random() < 1, random.choice('abc') in 'abc', random.getrandbits(8) < 256)
r = random.randrange(10, 20, 2)
print(r in range(10, 20, 2))
