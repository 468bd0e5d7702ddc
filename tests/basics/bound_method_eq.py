class C:
    def m(self):
        return 1


o = C()
print(o.m == o.m, o.m != o.m, o.m == C().m)
handlers = {o.m: "registered"}
print(handlers.get(o.m, "missing"))
callbacks = [o.m]
print(o.m in callbacks)
callbacks.remove(o.m)
print(callbacks)
