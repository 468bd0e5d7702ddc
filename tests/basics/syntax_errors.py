# Sources the compiler must reject, each with SyntaxError (IndentationError is one)
bad = [
    '1 +',
    'def f(:\n    pass',
    'x = = 1',
    'return 5',
    'break',
    'continue',
    'def f():\n    nonlocal q',
    '  x = 1',
    'if 1:\nx = 2',
    'a, *b, *c = d',
    'del 1',
    '1 = x',
    'f() = 1',
    'x + 1 = 2',
    '(a, b) += 1',
    'def f(a, a):\n    pass',
    'def f(a=1, b):\n    pass',
    'f(a=1, 2)',
    'class',
    'for x in :\n    pass',
    'yield 1',
    'x = [1, 2',
    "s = 'unterminated",
    'await x',
    'def f():\n    x = 1\n    global x',
    'try:\n    pass',
    'else:\n    pass',
    'if x:\npass',
    'print "hello"',
]
for src in bad:
    try:
        exec(src)
        print('accepted:', repr(src))
    except SyntaxError as e:
        print(type(e).__name__ in ('SyntaxError', 'IndentationError'), repr(src))
