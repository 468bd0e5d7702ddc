#!/usr/bin/env python3
"""Differential fuzzing of the runtime against CPython.

Generates random (runnable) programs: six variables bound to values of every core type, then
random expressions over them — operators, builtins, methods, subscripts — each in its own
try/except that prints the value or the exception's type. Runs each program on CPython and on
Ferrite and reports crashes (exit status other than 0/1, timeouts) and the first differing line
of each program, skipping lines whose results are legitimately different (hash of str/None,
iterator reprs).

  tests/tools/diff_fuzz.py [--count N] [--seed S] [--binary target/release/micropython]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

VALS = ["0", "1", "-7", "2**40", "-(3**50)", "3.5", "-0.25", "0.0", "'abc'", "''", "'Hello World'",
        "[1, 2, 3]", "[]", "(4, 5)", "()", "{'k': 1, 'z': 2}", "{}", "{1, 2}", "None", "True", "False",
        "b'xy'", "range(5)", "[3, 1, 2]", "'a,b,c'"]
NAMES = ["a", "b", "c", "d", "e", "f"]
BIN = ['+', '-', '*', '//', '%', '/', '<<', '>>', '&', '|', '^', '<', '<=', '==', '!=', '>', '>=',
       'in', 'not in', 'is', 'and', 'or']
METH = ["upper()", "split(',')", "append(9)", "pop()", "keys()", "items()", "index(1)", "count(1)",
        "get('k')", "strip()", "find('b')", "copy()", "sort()", "reverse()", "bit_length()",
        "is_integer()", "join(['x','y'])", "replace('a','q')", "startswith('a')", "add(3)",
        "union({5})", "hex()", "decode()", "real", "imag", "__class__.__name__"]
FUNCS = ['len', 'str', 'repr', 'bool', 'abs', 'sorted', 'list', 'tuple', 'int', 'float', 'min', 'max',
         'sum', 'set', 'type']
INDEX = ['0', '1', '-1', '1:', '::2', ':2', '-2:', '::-1', '"k"']


def program(seed):
    R = random.Random(seed)

    def atom():
        return R.choice(NAMES) if R.random() < 0.7 else R.choice(VALS)

    def expr(d=0):
        if d > 2:
            return atom()
        c = R.randrange(10)
        if c < 3:
            return atom()
        if c < 6:
            return "(%s %s %s)" % (expr(d + 1), R.choice(BIN), expr(d + 1))
        if c == 6:
            return "(%s%s)" % (R.choice(['-', 'not ', '~']), expr(d + 1))
        if c == 7:
            return "%s(%s)" % (R.choice(FUNCS), expr(d + 1))
        if c == 8:
            return "%s[%s]" % (expr(d + 1), R.choice(INDEX))
        return "%s.%s" % (atom(), R.choice(METH))

    out = ["a, b, c, d, e, f = " + ", ".join(R.choice(VALS) for _ in range(6))]
    for i in range(60):
        out.append("try:\n    r = %s" % expr())
        out.append("    if type(r).__name__ in ('dict_keys', 'dict_items', 'dict_values', 'set'):\n"
                   "        r = sorted(r, key=repr)")
        out.append("    print(%d, repr(r) if not isinstance(r, float) else '%%.6g' %% r)" % i)
        out.append("except Exception as ex:\n    print(%d, type(ex).__name__)" % i)
        if R.random() < 0.2:
            out.append("try:\n    %s = %s\nexcept Exception:\n    pass" % (R.choice(NAMES), expr()))
    return "\n".join(out) + "\n"


def run(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--binary", default="target/release/micropython")
    args = ap.parse_args()
    crashes = diffs = 0
    with tempfile.TemporaryDirectory() as d:
        for s in range(args.seed, args.seed + args.count):
            src = os.path.join(d, "p%d.py" % s)
            open(src, "w").write(program(s))
            cst, cout = run([sys.executable, src], 10)
            fst, fout = run([args.binary, src], 20)
            if fst not in (0, 1):
                crashes += 1
                print("seed %d: Ferrite exit %s" % (s, fst))
                continue
            if cst == "timeout":
                continue
            for a, b in zip(cout.splitlines(), fout.splitlines()):
                if a != b and "iterator" not in b and "hash" not in a:
                    diffs += 1
                    print("seed %d: CPython %r, Ferrite %r" % (s, a, b))
                    break
    print("%d programs, %d crashes, %d with differences" % (args.count, crashes, diffs))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
