assert True
assert 1 == 1, 'msg'
try:
    assert False, 'assertion message'
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 0
except AssertionError as e:
    print('AssertionError', e.args)
x = 1
del x
try:
    x
except NameError:
    print('NameError')
l = [1, 2, 3]
del l[0], l[0]
print(l)
d = {'a': 1}
del d['a']
print(d)
class O: pass
o = O()
o.a = 1
del o.a
print(hasattr(o, 'a'))
