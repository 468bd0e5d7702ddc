def w(cm, xs):
    with cm as c:
        for x in xs:
            if x:
                break
            continue
        return c
def u(xs):
    for x in xs:
        try:
            if x: break
            if x > 1: continue
        finally:
            print(x)
    while xs:
        try:
            return 1
        finally:
            pass
