print(True and False, True or False, not True, not 0, not [])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'x', [] and 'y')
def t(v):
    print('eval', v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(None is not None, [] is [])
print(1 in [1], 1 not in [1], 'a' in {'a': 1}, 3 in {3})
