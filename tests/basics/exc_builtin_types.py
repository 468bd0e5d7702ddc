tests = [
    lambda: int('x'),
    lambda: [1][5],
    lambda: {}[0],
    lambda: None + 1,
    lambda: undefined_xyz,
    lambda: (1).nope,
    lambda: 1 / 0,
    lambda: next(iter([])),
    lambda: [].pop(),
    lambda: 'a' + 1,
    lambda: len(5),
    lambda: ord(''),
    lambda: chr(-1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(NotImplementedError, RuntimeError), issubclass(OSError, Exception))
