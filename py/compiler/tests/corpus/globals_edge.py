global mg
mg = 1
print(mg)
def f():
    def g():
        global mg
        return mg
    mg = 2
    return g, mg
def h():
    x = 1
    class K:
        nonlocal x
        x = 2
    return x
def k():
    y = 0
    def a():
        def b():
            nonlocal y
            y = 3
        return b
    return a
late = 5
def uses_late():
    global late
    late += 1
