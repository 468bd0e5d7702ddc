class A:
    pass
r = repr(A())
print(r.startswith('<'), 'A object' in r)
class B:
    def __repr__(self):
        return 'B!'
print(str(B()), repr(B()), [B()], (B(),), {1: B()})
class C:
    def __str__(self):
        return 'C-str'
print(str(C()), repr(C()).startswith('<'))
