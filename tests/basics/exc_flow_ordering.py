trace = []


def step(kind, fail):
    trace.append("try")
    try:
        if fail == "value":
            raise ValueError
        if fail == "return":
            return "early"
    except ValueError:
        trace.append("except")
        return "from except"
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    trace.append("after")
    return "end"


for mode in ("none", "value", "return"):
    trace = []
    r = step("x", mode)
    print(mode, r, trace)


# finally overriding a return
def override():
    try:
        return 1
    finally:
        return 2


print(override())


# finally swallowing an exception via return
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


print(swallow())


# exception inside else is not caught by the same try's handlers
def else_raise():
    try:
        try:
            pass
        except ZeroDivisionError:
            return "handler"
        else:
            1 // 0
    except ZeroDivisionError:
        return "outer caught else error"


print(else_raise())


# exception in finally replaces the active one
try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
except Exception as e:
    print(type(e).__name__, e)


# nested try in loops with continue/break in finally-protected code
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)


# re-raise with bare raise keeps the same object
try:
    try:
        raise IndexError("orig")
    except IndexError as e:
        first = e
        raise
except IndexError as e2:
    print(e2 is first, e2)


# the name bound by 'except ... as' is deleted after the handler
try:
    raise ValueError
except ValueError as gone:
    pass
try:
    gone
except NameError:
    print("name unbound after except")


# exception raised in a handler while handling another
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("in handler")
except ValueError as e:
    print("outer got", e)


# raise from None and raise from another
try:
    try:
        int("q")
    except ValueError as e:
        raise KeyError("k") from None
except KeyError as e:
    print("cause", e.__cause__)

try:
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("wrap") from e
except RuntimeError as e:
    print("cause type", type(e.__cause__).__name__)


# raising a class instead of an instance
try:
    raise StopIteration
except StopIteration as e:
    print("class raise", type(e).__name__, e.args)

# raising a non-exception is a TypeError
try:
    raise 42
except TypeError:
    print("TypeError raising int")
