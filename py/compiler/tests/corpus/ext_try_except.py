def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        elif x == 1:
            raise KeyError(x)
        return 1 / x
    except ValueError as e:
        print("value", e)
    except (KeyError, IndexError):
        print("key or index")
    except Exception:
        raise
    else:
        print("else")
    finally:
        print("finally")


for v in (0, 1, 2):
    print(f(v))


def g():
    try:
        return 1
    finally:
        print("cleanup")


print(g())
try:
    try:
        raise TypeError("a")
    except TypeError as e:
        raise RuntimeError("b") from e
except RuntimeError as e:
    print(repr(e))
