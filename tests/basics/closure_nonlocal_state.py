def make_account(balance):
    history = []

    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            return None
        balance -= n
        history.append(("wd", n))
        return balance

    def get():
        return balance, list(history)

    return deposit, withdraw, get


dep, wd, get = make_account(10)
print(dep(5), wd(3), wd(100), dep(1))
print(get())


# two closures from separate calls have separate cells
d1, _, g1 = make_account(0)
d2, _, g2 = make_account(100)
d1(1)
d2(2)
print(g1()[0], g2()[0])


# nonlocal through several levels
def outer():
    x = 0

    def mid():
        def inner():
            nonlocal x
            x += 1
            return x

        return inner

    f = mid()
    f()
    f()
    return x, f()


print(outer())


# closure capturing loop variable: late binding vs default argument
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])


# closure over a variable assigned after the inner function is defined
def late():
    def show():
        return value

    value = "set later"
    return show()


print(late())


# counter generator factory using a closure and a mutable cell
def counter(start=0, step=1):
    n = start - step

    def nxt():
        nonlocal n
        n += step
        return n

    return nxt


c = counter(10, 5)
print(c(), c(), c())


# memoize with closure dict
def memo(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapper, cache


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib, fib_cache = memo(fib)
print(fib(80), len(fib_cache))


# nonlocal in a nested function that also deletes / rebinds
def rebinding():
    items = [1]

    def reset():
        nonlocal items
        items = []

    def add(v):
        items.append(v)

    add(2)
    reset()
    add(3)
    return items


print(rebinding())


# closure in class method body
class Maker:
    def __init__(self, tag):
        self.tag = tag

    def make(self):
        return lambda s: self.tag + ":" + s


print(Maker("T").make()("x"))
