with open("f") as f:
    f.read()
with a as x, b as y:
    pass
with a, b:
    pass
with a as (p, q):
    pass
def g(xs):
    with lock:
        for x in xs:
            if x:
                return x
            break
    with a:
        with b:
            while xs:
                continue
