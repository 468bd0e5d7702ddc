class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m.total(), len(m), m[0], isinstance(m, list))
class MyDict(dict):
    pass
d = MyDict(a=1)
d['b'] = 2
print(sorted(d.items()))
class MyExc(Exception):
    pass
class MyInt(int):
    pass
print(MyInt(5) + 1)
class S(str):
    pass
print(S('abc').upper())
