class Outer:
    class Inner:
        def m(self):
            return super().m()
    def n(self):
        class Local(Outer.Inner):
            def m(self):
                return super().m() + [__class__]
        return Local
    lam = lambda self, k=1: k
    vals = [lam for _ in range(2)]
def factory(base):
    class Made(base):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.base = base
        @property
        def b(self):
            return base
    return Made
def unwind(xs):
    for x in xs:
        with a:
            try:
                with b:
                    if x:
                        continue
                    if x > 1:
                        break
                    return x
            except E:
                continue
            finally:
                pass
    while xs:
        try:
            for y in xs:
                try:
                    break
                finally:
                    continue
        finally:
            break
async def aunwind(xs):
    for x in xs:
        async with x:
            if x:
                break
            continue
    async for y in xs:
        async with y as z:
            return z
