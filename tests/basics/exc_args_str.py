for e in (ValueError(), ValueError('one'), ValueError('a', 'b'), KeyError('key'), OSError(2, 'No such file')):
    print(type(e).__name__, e.args, str(e) if not isinstance(e, KeyError) else e.args[0])
e = StopIteration(5)
print(e.value if hasattr(e, 'value') else e.args[0])
try:
    raise ValueError
except ValueError as ex:
    print(ex.args, isinstance(ex, Exception))
