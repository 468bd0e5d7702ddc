try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e.args, type(e.__cause__).__name__)
try:
    raise KeyError('x') from None
except KeyError as e:
    print('from None', e.__cause__)
