print([1, 2] == (1, 2), 'a' == b'a', 1 == '1', None == 0)
print((1, 'a') < (1, 'b'), [1, [2, 3]] < [1, [2, 4]], 'abc' < 'abcd')
for a, b in [(1, 'x'), ([], ()), ({}, {})]:
    try:
        a < b
        print('ok')
    except TypeError:
        print('TypeError')
print(1 < 2 > 0, 5 > 3 == 3, 1 < 2 < 2)
def side(v):
    print('side', v)
    return v
print(side(1) < side(0) < side(5))
