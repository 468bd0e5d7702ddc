counter = [0]
def default_value():
    counter[0] += 1
    return counter[0]
def f(x=default_value()):
    return x
print(f(), f(), counter)
def outer(n):
    def middle(m):
        def inner(k):
            return n * 100 + m * 10 + k
        return inner
    return middle
print(outer(1)(2)(3))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def rec_closure(n):
    def go(k):
        return 0 if k == 0 else n + go(k - 1)
    return go(n)
print(rec_closure(5))
