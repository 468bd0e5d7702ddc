def make():
    funcs = {}
    state = {'n': 0}
    def reg(f):
        funcs[f.__name__] = f
        return f
    @reg
    def inc():
        state['n'] += 1
    @reg
    def get():
        return state['n']
    return funcs
f = make()
f['inc'](); f['inc']()
print(f['get'](), sorted(f))
