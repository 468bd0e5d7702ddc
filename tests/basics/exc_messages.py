# MicroPython's wording of common errors
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: [][0])
show(lambda: {}['k'])
show(lambda: int('z'))
show(lambda: undefined_thing)
show(lambda: None.attr)
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
show(lambda: len(1))
show(lambda: (1, 2)[3])
