def outer(a):
    b = a * 2

    def inner(c):
        nonlocal b
        b += c
        return a + b + c

    return inner


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


g = 5


def use_global():
    global g
    g += 1
    return g


fn = outer(1)
print(fn(2), fn(3))
c = counter()
print(c(), c(), c())
print(use_global(), g)


def deep():
    x = 1

    def l1():
        def l2():
            def l3():
                return x

            return l3()

        return l2()

    return l1()


print(deep())
