# Generators and big integers: the first primes, and a large Mersenne prime's digits.
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


gen = primes()
print([next(gen) for _ in range(15)])
m = 2 ** 127 - 1
print("2**127 - 1 =", m)
print("digits:", len(str(m)))
