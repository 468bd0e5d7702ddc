def risky(n):
    for i in range(n):
        if i == 3:
            raise ValueError("i is 3")
        yield i


got = []
try:
    for v in risky(10):
        got.append(v)
except ValueError as e:
    print("caught", e, "after", got)


# generator raising StopIteration explicitly is a RuntimeError
def bad():
    yield 1
    raise StopIteration


try:
    print(list(bad()))
except RuntimeError:
    print("RuntimeError")


# exception handled inside the generator; generator continues
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except ZeroDivisionError:
            yield None


print(list(safe_div([(6, 3), (1, 0), (9, 2)])))


# finally blocks run as generator is exhausted
def fin():
    try:
        yield 1
    finally:
        print("fin ran")
    yield 2


for v in fin():
    print("got", v)


# exception in generator expression evaluation
try:
    total = sum(10 // x for x in [5, 2, 0, 1])
except ZeroDivisionError:
    print("ZeroDivisionError in genexpr")


# generator that catches GeneratorExit and yields is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError:
    print("RuntimeError on close")


# generator catching GeneratorExit and returning is fine
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return


g = polite()
next(g)
g.close()
print("closed politely")


# exception context preserved through a generator
def reraiser():
    try:
        yield 1
        {}["missing"]
    except KeyError as e:
        raise LookupError("wrapped") from e


g = reraiser()
next(g)
try:
    next(g)
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# generator used after an exception is finished
g = risky(5)
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError:
    pass
print(next(g, "exhausted"))
