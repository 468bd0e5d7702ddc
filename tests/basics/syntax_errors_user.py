# a tiny "calculator shell": user snippets with syntax errors must be reported, not crash
snippets = [
    "1 + 2",
    "3 *",
    "(4 + 5",
    "[1, 2,, 3]",
    "2 ** 10",
    "x = 5",
    "def",
    "lambda x: x + 1",
    "'unclosed",
    "1 if 2",
    "{1: 2, 3}",
    "a b",
    ")",
    "not",
    "len('abc') * 2",
    "5 $ 3",
    "0x",
    "1__2",
    "print('ok' 'concat')",
    "09",
]
ok = 0
for src in snippets:
    try:
        code = compile(src, "<user>", "eval")
    except SyntaxError:
        print("%-20r SyntaxError" % src)
        continue
    try:
        r = eval(code, {"len": len, "print": print})
        ok += 1
        print("%-20r -> %r" % (src, r if not callable(r) else "<function>"))
    except Exception as e:
        print("%-20r %s" % (src, type(e).__name__))
print("ok", ok)

# statements: exec mode
stmts = [
    "for i in range(2): pass",
    "while True\n    pass",
    "if x:\n  a = 1\n else:\n  a = 2",
    "def f(x):\nreturn x",
    "class C: pass",
    "try:\n    pass\nfinally:\n    pass",
    "x = (1, 2\ny = 3",
    "import",
    "from . import",
    "global",
    "with open('f') as:",
    "def g(a, *, b): return a",
    "def h(*): pass",
    "lambda: (yield)",
    "nonlocal q",
    "async def a(): await 1",
    "x += 1, 2",
    "del (a, b), [c]",
    "del f()",
    "assert",
    "raise from x",
    "@\ndef d(): pass",
    "pass; pass;",
    ";",
]
for src in stmts:
    try:
        compile(src, "<user>", "exec")
        print("%-36r compiles" % src)
    except SyntaxError:
        print("%-36r SyntaxError" % src)

# eval mode rejects statements
for src in ("x = 1", "import os", "pass", "if 1: 2"):
    try:
        compile(src, "<e>", "eval")
        print(src, "compiled?")
    except SyntaxError:
        print("%-12r SyntaxError in eval mode" % src)

# the error is an instance of SyntaxError, catchable as Exception
try:
    exec("def broken(:\n  pass")
except Exception as e:
    print(type(e).__name__, isinstance(e, SyntaxError))
print("still running")
