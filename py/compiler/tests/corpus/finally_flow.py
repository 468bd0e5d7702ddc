def f(xs):
    for x in xs:
        try:
            pass
        finally:
            break
    for x in xs:
        try:
            continue
        finally:
            return 1
    try:
        pass
    finally:
        return 2
def deep():
    try:
        try:
            try:
                try:
                    with a:
                        with b:
                            pass
                except E as e:
                    pass
            except:
                pass
        finally:
            pass
    finally:
        pass
class C:
    try:
        import foo
    except ImportError as e:
        foo = None
    for i in range(3):
        pass
    del i
    x = [i for i in range(3)]
a.b: int = 5
a[0]: int = 6
def g():
    x: int = 1
    y: int
    return x
