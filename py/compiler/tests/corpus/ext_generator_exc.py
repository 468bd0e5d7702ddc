def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit")
        raise
    finally:
        print("fin")


g = gen()
print(next(g))
g.close()


def gen_ret():
    x = yield
    while x:
        x = yield x * 2


gr = gen_ret()
next(gr)
print(gr.send(3), gr.send(4))
