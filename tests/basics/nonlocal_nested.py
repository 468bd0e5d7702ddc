def a():
    x = 0
    def b():
        nonlocal x
        x += 1
        def c():
            nonlocal x
            x += 10
        c()
        return x
    b()
    b()
    return x
print(a())
def gen_state():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
add = gen_state()
add(5)
print(add(7))
