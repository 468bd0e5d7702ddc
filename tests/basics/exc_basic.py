try:
    raise ValueError('bad', 1)
except ValueError as e:
    print('caught', e.args, type(e).__name__)
try:
    1 / 0
except (TypeError, ZeroDivisionError) as e:
    print('tuple catch', type(e).__name__)
try:
    [][1]
except LookupError:
    print('LookupError catches IndexError')
try:
    {}['k']
except Exception as e:
    print(type(e).__name__, e.args)
try:
    try:
        raise KeyError('inner')
    except ValueError:
        print('not here')
except KeyError:
    print('outer')
e = Exception('msg')
print(str(e), e.args)
print(str(Exception()), str(ValueError(1, 2)))
