def nested_finally():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
                log.append("t%d" % i)
            finally:
                log.append("f%d" % i)
        except KeyError:
            log.append("k%d" % i)
            continue
        finally:
            log.append("F%d" % i)
    return log


print(nested_finally())


def break_swallows():
    while True:
        try:
            raise ValueError
        finally:
            break
    return "broke"


print(break_swallows())


def return_then_finally_side_effect():
    log = []

    def inner():
        try:
            log.append("try")
            return len(log)
        finally:
            log.append("finally")

    r = inner()
    return r, log


print(return_then_finally_side_effect())


def implicit_context():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError as e:
        return type(e).__name__, str(e)


print(implicit_context())


def retry(op, attempts):
    log = []
    for n in range(1, attempts + 1):
        try:
            r = op(n)
        except (ValueError, KeyError) as e:
            log.append("attempt %d failed: %s" % (n, type(e).__name__))
            continue
        else:
            log.append("attempt %d ok" % n)
            return r, log
        finally:
            log.append("cleanup %d" % n)
    return None, log


def flaky(n):
    if n == 1:
        raise ValueError
    if n == 2:
        raise KeyError
    return n * 100


print(retry(flaky, 5))
print(retry(flaky, 2))


# while/else and for/else interacting with exceptions
def search(items, target):
    try:
        for i, x in enumerate(items):
            if x == target:
                break
        else:
            raise LookupError(target)
    except LookupError as e:
        return "not found " + str(e.args[0])
    return "found at %d" % i


print(search("abc", "b"), search("abc", "z"))


# exception in a deeply nested call unwinds through finally blocks
order = []


def level(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        level(n - 1)
    finally:
        order.append(n)


try:
    level(4)
except RuntimeError as e:
    print("caught", e, order)


# generator cleanup when the consumer breaks out of the loop: close() runs finally
def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers cleanup")


g = numbers()
for n in g:
    if n == 2:
        break
print("after break")
g.close()
print("end")
