try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e.args)
try:
    raise KeyError('x') from None
except KeyError as e:
    print('from None', e.args)
