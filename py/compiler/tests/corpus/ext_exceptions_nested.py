def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                print("inner", i)
        except ValueError as e:
            print("caught", e)
            continue
        finally:
            print("outer", i)


f()


def g():
    try:
        pass
    except:
        pass
    try:
        raise
    except RuntimeError:
        pass


g()
