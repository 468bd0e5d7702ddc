"""Random Python program generator for differential testing of our compiler against mpy-cross.

Usage: python3 gen_random_py.py SEED [module|flow|func] > prog.py. Programs are syntactically
valid (most of them) but not meant to run. Prepare a directory of NAME.py, NAME.mpy (from
mpy-cross) and NAME.ast.json (from pyast_json.py) and run the snapshot test's ignored
`external_corpus_report` on it with EXT_CORPUS=dir.
"""
import random, sys
R = random.Random(int(sys.argv[1]))
MODE = sys.argv[2] if len(sys.argv) > 2 else "module"  # module | flow | func
NAMES = ["a", "b", "c", "x", "y", "zz", "lst", "d"]
def name(): return R.choice(NAMES)
def atom(d):
    c = R.randrange(9)
    if c == 0: return str(R.randrange(-100, 100000))
    if c == 1: return repr(R.choice(["s", "hello", "a longer string value", "", "__contains__"]))
    if c == 2: return R.choice(["None", "True", "False", "...", "1.5", "2j", "b'x'", "10**20"])
    return name()
def expr(d=0):
    if d > 3: return atom(d)
    c = R.randrange(22)
    e = lambda: expr(d + 1)
    if c < 6: return atom(d)
    if c == 6: return f"({e()} {R.choice(['+','-','*','//','%','<<','|','&','^','**','/','@'])} {e()})"
    if c == 7: return f"({R.choice(['-','+','~','not '])}{e()})"
    if c == 8: return f"({e()} {R.choice(['and','or'])} {e()})"
    if c == 9: return f"({e()} {R.choice(['<','<=','==','!=','in','not in','is','is not'])} {e()}" + (f" < {e()})" if R.random() < 0.3 else ")")
    if c == 10: return f"({e()} if {e()} else {e()})"
    if c == 11: return f"{name()}({', '.join(e() for _ in range(R.randrange(3)))})"
    if c == 12: return f"{name()}.{name()}({e()}, k={e()})"
    if c == 13: return f"[{', '.join(e() for _ in range(R.randrange(4)))}]"
    if c == 14: return f"({', '.join(e() for _ in range(R.randrange(1,4)))},)"
    if c == 15: return f"{{{', '.join(e() + ': ' + e() for _ in range(R.randrange(3)))}}}"
    if c == 16: return f"[{e()} for {name()} in {e()} if {e()}]"
    if c == 17: return f"{name()}[{e()}]"
    if c == 18: return f"{name()}[{e()}:{e()}]"
    if c == 19: return f"(lambda {name()}, q=1: {e()})"
    if c == 20: return f"f'{{{name()}}} and {{{name()}!r:>4}}'"
    return f"{name()}.{name()}"
def target():
    c = R.randrange(5)
    if c == 0: return f"{name()}, {name()}"
    if c == 1: return f"{name()}.{name()}"
    if c == 2: return f"{name()}[{expr(2)}]"
    return name()
def block(ind, d, in_loop, in_func):
    n = R.randrange(1, 4)
    return "".join(stmt(ind, d, in_loop, in_func) for _ in range(n))
def stmt(ind, d, in_loop, in_func):
    p = "    " * ind
    if MODE == "flow":
        c = R.choice([0,1,3,3,4,4,6,7,7,8,8,9,9,10,10,11,14,15]) if d < 4 else R.choice([0,1,3,4])
    elif MODE == "func":
        c = R.choice([0,1,2,5,3,4,6,7,8,9,10,11,11,12,14,15,15]) if d < 4 else R.choice([0,1,3,4])
    else:
        c = R.randrange(16 if d < 3 else 6)
    if c == 0: return f"{p}{target()} = {expr()}\n"
    if c == 1: return f"{p}{name()} {R.choice(['+=','-=','*=','|=','//='])} {expr()}\n"
    if c == 2: return f"{p}{expr()}\n"
    if c == 3: return f"{p}{R.choice(['break','continue'])}\n" if in_loop else f"{p}pass\n"
    if c == 4: return f"{p}return {expr()}\n" if in_func else f"{p}del {name()}\n"
    if c == 5: return f"{p}{name()} = {name()} = {expr()}\n"
    if c == 6: return f"{p}if {expr()}:\n{block(ind+1,d+1,in_loop,in_func)}{p}elif {expr()}:\n{block(ind+1,d+1,in_loop,in_func)}" + (f"{p}else:\n{block(ind+1,d+1,in_loop,in_func)}" if R.random()<0.5 else "")
    if c == 7: return f"{p}while {expr()}:\n{block(ind+1,d+1,True,in_func)}" + (f"{p}else:\n{block(ind+1,d+1,in_loop,in_func)}" if R.random()<0.3 else "")
    if c == 8: return f"{p}for {name()} in {R.choice(['range(' + expr(2) + ')', expr(), 'range(1, 10, 2)'])}:\n{block(ind+1,d+1,True,in_func)}" + (f"{p}else:\n{block(ind+1,d+1,in_loop,in_func)}" if R.random()<0.3 else "")
    if c == 9: return f"{p}try:\n{block(ind+1,d+1,in_loop,in_func)}{p}except {R.choice(['ValueError','(A, B)','Exception as e'])}:\n{block(ind+1,d+1,in_loop,in_func)}" + (f"{p}finally:\n{block(ind+1,d+1,in_loop,in_func)}" if R.random()<0.4 else "")
    if c == 10: return f"{p}with {expr()} as {name()}:\n{block(ind+1,d+1,in_loop,in_func)}"
    if c == 11:
        nm = name()
        pre = f"{p}    global {name()}\n" if R.random() < 0.3 else ""
        return f"{p}def f{R.randrange(99)}({nm}, *args, k=1, **kw):\n{pre}{block(ind+1,d+1,False,True)}"
    if c == 12: return f"{p}class C{R.randrange(9)}({name()}):\n{p}    def m(self):\n{block(ind+2,d+2,False,True)}"
    if c == 13: return f"{p}assert {expr()}, {expr()}\n"
    if c == 14: return f"{p}def g{R.randrange(9)}():\n{p}    yield {expr()}\n{block(ind+1,d+1,False,True)}"
    c2 = R.randrange(6)
    if c2 == 0: return f"{p}def h{R.randrange(9)}({name()}):\n{p}    v = {expr()}\n{p}    def inner():\n{p}        nonlocal v\n{p}        v = v + 1\n{p}        return v\n{block(ind+1,d+1,False,True)}"
    if c2 == 1: return f"{p}async def co{R.randrange(9)}({name()}):\n{p}    await {expr(2)}\n{p}    async with {expr(2)} as q:\n{block(ind+2,d+2,False,True)}{p}    async for r in {expr(2)}:\n{block(ind+2,d+2,True,True)}"
    if c2 == 2: return f"{p}{name()}, *{name()} = {expr()}\n"
    if c2 == 3: return f"{p}try:\n{block(ind+1,d+1,in_loop,in_func)}{p}finally:\n{block(ind+1,d+1,in_loop,in_func)}"
    if c2 == 4: return f"{p}{name()}({expr(2)}, *{name()}, **{name()})\n"
    return f"{p}raise {name()}\n" if R.random() < 0.5 else f"{p}import os.path as {name()}\n"
if MODE == "func":
    print("def top(a, b=1, *c, d, e=2, **f):\n    x = y = zz = lst = 0\n" + "".join(stmt(1, 1, False, True) for _ in range(6)))
else:
    print("".join(stmt(0, 0, False, False) for _ in range(12 if MODE == "module" else 6)))
