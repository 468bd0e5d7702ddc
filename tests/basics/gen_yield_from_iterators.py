# yield from / close / throw interplay and lazy builtin iterators. MicroPython names the
# list iterator type "iterator", so the expected output comes from MicroPython.
def t(label, f):
    try:
        print(label, "=>", f())
    except Exception as e:
        print(label, "=>", type(e).__name__, e.args)
log = []
def inner():
    try:
        yield 1
        yield 2
    finally:
        log.append("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        log.append("outer finally")
def close_propagates():
    g = outer()
    next(g)
    g.close()
    return log
t("close propagates through yield from", close_propagates)
def throw_into_iter():
    def g():
        yield from iter([1, 2, 3])
    x = g()
    next(x)
    return x.throw(ValueError("v"))
t("throw into yield-from list iterator", throw_into_iter)
def send_into_iter():
    def g():
        yield from iter([1, 2, 3])
    x = g()
    next(x)
    return x.send(5)
t("send non-None into list iter", send_into_iter)
def yf_return_value_stopiter():
    def sub():
        yield 1
        return [1, 2]
    def g():
        v = yield from sub()
        return v
    r = []
    try:
        x = g()
        while True:
            r.append(next(x))
    except StopIteration as e:
        r.append(e.value)
    return r
t("yield from returns list", yf_return_value_stopiter)
def gen_return_in_finally_after_throw():
    def g():
        try:
            yield 1
        finally:
            return "fin"
    x = g()
    next(x)
    try:
        x.throw(KeyError)
    except StopIteration as e:
        return "stop " + e.value
t("return in finally swallows throw", gen_return_in_finally_after_throw)
def gen_exc_context():
    def g():
        try:
            raise KeyError("a")
        except KeyError:
            yield "in except"
            yield "still"
    return list(g())
t("yield inside except", gen_exc_context)
def nested_gens():
    def a():
        for i in range(3):
            yield i
    def b():
        for x in a():
            for y in a():
                if y > x:
                    break
                yield (x, y)
    return list(b())
t("nested gens break", nested_gens)
def gen_locals_persist():
    def g():
        acc = []
        while True:
            v = yield acc
            acc = acc + [v]
    x = g()
    next(x)
    x.send(1)
    return x.send(2)
t("gen locals persist", gen_locals_persist)
def genexp_closure():
    n = 3
    g = (i * n for i in range(3))
    n = 10
    return list(g)
t("genexpr late binding", genexp_closure)
def gen_in_class():
    class C:
        def __init__(self):
            self.items = [3, 1, 2]
        def __iter__(self):
            for i in sorted(self.items):
                yield i
    return list(C()), sum(C()), max(C())
t("__iter__ as generator", gen_in_class)
def gen_send_exception_value():
    def g():
        while True:
            try:
                yield
            except ValueError as e:
                print("got", e.args)
    x = g()
    next(x)
    x.throw(ValueError, "argument") if False else x.throw(ValueError("argument"))
    x.throw(ValueError("again"))
    x.close()
    return "ok"
t("throw repeatedly", gen_send_exception_value)
def stopiteration_in_genexpr():
    def f(v):
        if v == 2:
            raise StopIteration
        return v
    return list(f(v) for v in range(5))
t("StopIteration inside genexpr", stopiteration_in_genexpr)
def next_on_running_list_iter():
    it = iter([1, 2, 3])
    return [x + next(it, 0) for x in it]
t("shared iterator", next_on_running_list_iter)
def zip_generators_stop():
    log2 = []
    def g(name, n):
        for i in range(n):
            log2.append(name + str(i))
            yield i
    return list(zip(g("a", 3), g("b", 2))), log2
t("zip consumption order", zip_generators_stop)
def map_lazy():
    seen = []
    m = map(lambda x: seen.append(x) or x * 2, [1, 2, 3])
    first = next(m)
    return first, seen
t("map lazy", map_lazy)
def filter_lazy():
    f = filter(lambda x: x % 2, range(10))
    return next(f), next(f), list(f)
t("filter lazy", filter_lazy)
def enumerate_lazy():
    e = enumerate(x for x in "abc")
    return next(e), list(e)
t("enumerate lazy", enumerate_lazy)
def reversed_lazy():
    r = reversed([1, 2, 3])
    return next(r), list(r), list(r)
t("reversed exhausted", reversed_lazy)
def range_iter_independent():
    r = range(3)
    a = iter(r)
    next(a)
    return list(a), list(r)
t("range iter independent", range_iter_independent)
