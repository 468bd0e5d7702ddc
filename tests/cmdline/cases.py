"""Cases for the micropython binary itself, run by cmdline_runner.py.

Each case: name, args (after the binary), stdin (str or None = empty), the expected output
(stdout and stderr merged, in order) and the exit status. In `out`, a line starting with `~`
is a regular expression the whole line must match. Cases run with this directory as cwd.
"""

BANNER = r"~Ferrite v\S+ on \d{4}-\d\d-\d\d; .+ with \S+"
HELP = 'Type "help()" for more information.'

CASES = [
    # -c
    dict(name="c_print", args=["-c", "print(1 + 1)"], out="2\n", status=0),
    dict(name="c_multi_stmt", args=["-c", "x = 6\nprint(x * 7)"], out="42\n", status=0),
    dict(
        name="c_exception",
        args=["-c", "1/0"],
        out='Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
        "ZeroDivisionError: divide by zero\n",
        status=1,
    ),
    dict(
        name="c_syntax_error",
        args=["-c", "1 +"],
        out='Traceback (most recent call last):\n  File "<stdin>", line 1\nSyntaxError: invalid syntax\n',
        status=1,
    ),
    # scripts, sys.argv, sys.path[0]
    dict(
        name="script_argv",
        args=["script_args.py", "a", "-b", "--c"],
        out="['script_args.py', 'a', '-b', '--c']\nTrue\n",
        status=0,
    ),
    dict(
        name="script_missing",
        args=["no_such_script.py"],
        out="micropython: can't open file 'no_such_script.py': [Errno 2] No such file or directory\n",
        status=2,
    ),
    dict(
        name="script_uncaught",
        args=["script_raise.py"],
        out='Traceback (most recent call last):\n  File "script_raise.py", line 3, in <module>\n'
        '  File "script_raise.py", line 2, in f\nKeyError: nope\n',
        status=1,
    ),
    dict(
        name="script_syntax_error",
        args=["script_syntax.py"],
        out='Traceback (most recent call last):\n  File "script_syntax.py", line 3\nSyntaxError: invalid syntax\n',
        status=1,
    ),
    # SystemExit sets the status
    dict(name="exit_3", args=["script_exit.py", "3"], out="exiting\n", status=3),
    dict(name="exit_0", args=["script_exit.py", "0"], out="exiting\n", status=0),
    dict(name="exit_none", args=["script_exit.py"], out="exiting\n", status=0),
    dict(name="exit_raise", args=["-c", "raise SystemExit(7)"], out="", status=7),
    # As MicroPython's unix port: a non-int, non-None value gives status 1 and is not printed.
    dict(name="exit_msg", args=["-c", "import sys; sys.exit('bye')"], out="", status=1),
    # -m
    dict(
        name="m_module",
        args=["-m", "cmdmod", "x", "y"],
        env={"MICROPYPATH": "lib"},
        out="cmdmod running as __main__\nargs ['x', 'y']\n",
        status=0,
    ),
    dict(
        name="m_missing",
        args=["-m", "no_such_module_xyz"],
        env={"MICROPYPATH": "lib"},
        out="~.*(ImportError|No module named).*no_such_module_xyz.*\n",
        status=1,
    ),
    dict(
        name="m_package_module",
        args=["-m", "pkgm.sub"],
        env={"MICROPYPATH": "lib"},
        out="pkgm init\npkgm.sub as __main__\n",
        status=0,
    ),
    dict(
        name="micropypath_entries",
        args=["-c", "import cmdmod"],
        env={"MICROPYPATH": "no_such_dir:lib"},
        out="cmdmod running as cmdmod\nargs []\n",
        status=0,
    ),
    dict(
        name="sys_path_default",
        args=["-c", "import sys; print(sys.path)"],
        env={"HOME": "/home/someone"},
        out="['', '.frozen', '/home/someone/.micropython/lib', '/usr/lib/micropython']\n",
        status=0,
    ),
    # script on stdin
    dict(name="stdin_script", args=[], stdin="x = 5\nprint(x * 2)\n", out="10\n", status=0),
    dict(name="stdin_dash", args=["-"], stdin="print('dash')\n", out="dash\n", status=0),
    dict(
        name="stdin_exception",
        args=[],
        stdin="print('a')\nraise ValueError('v')\n",
        out='a\nTraceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nValueError: v\n',
        status=1,
    ),
    # heap size
    dict(
        name="heapsize_memoryerror",
        args=["-X", "heapsize=64k", "-c", "try:\n    b = bytearray(200000)\nexcept MemoryError:\n    print('MemoryError')\nprint('alive')"],
        out="MemoryError\nalive\n",
        status=0,
    ),
    dict(
        name="heapsize_uncaught",
        args=["-X", "heapsize=64k", "-c", "b = bytearray(200000)"],
        out="~Traceback \\(most recent call last\\):\n"
        '  File "<stdin>", line 1, in <module>\n'
        "~MemoryError.*\n",
        status=1,
    ),
    dict(
        name="heapsize_big_ok",
        args=["-X", "heapsize=4m", "-c", "b = bytearray(1000000); print(len(b))"],
        out="1000000\n",
        status=0,
    ),
    dict(name="emit_bytecode", args=["-X", "emit=bytecode", "-c", "print('bc')"], out="bc\n", status=0),
    dict(name="gc_stress_flag", args=["-X", "gc-stress", "-c", "print([i * i for i in range(5)])"], out="[0, 1, 4, 9, 16]\n", status=0),
    # the REPL, driven through a pipe (-i: REPL even though stdin is not a terminal)
    dict(
        name="repl_banner_eof",
        args=["-i"],
        stdin="",
        out=BANNER + "\n" + HELP + "\n>>> \n",
        status=0,
    ),
    dict(
        name="repl_expr",
        args=["-i"],
        stdin="1 + 2\n'str'\nNone\nx = 4\nx * x\n",
        out=BANNER + "\n" + HELP + "\n>>> 1 + 2\n3\n>>> 'str'\n'str'\n>>> None\n>>> x = 4\n>>> x * x\n16\n>>> \n",
        status=0,
    ),
    dict(
        name="repl_block",
        args=["-i"],
        stdin="def f(x):\n    return x * 2\n\nf(21)\nfor i in range(2):\n    print(i)\n\n",
        out=BANNER + "\n" + HELP + "\n>>> def f(x):\n...     return x * 2\n... \n>>> f(21)\n42\n"
        ">>> for i in range(2):\n...     print(i)\n... \n0\n1\n>>> \n",
        status=0,
    ),
    dict(
        name="repl_exception_continues",
        args=["-i"],
        stdin="1/0\nprint('still here')\n",
        out=BANNER + "\n" + HELP + "\n>>> 1/0\nTraceback (most recent call last):\n"
        '  File "<stdin>", line 1, in <module>\nZeroDivisionError: divide by zero\n'
        ">>> print('still here')\nstill here\n>>> \n",
        status=0,
    ),
    dict(
        name="repl_syntax_error",
        args=["-i"],
        stdin="1 +\n2\n",
        out=BANNER + "\n" + HELP + "\n>>> 1 +\nTraceback (most recent call last):\n"
        '  File "<stdin>", line 1\nSyntaxError: invalid syntax\n>>> 2\n2\n>>> \n',
        status=0,
    ),
    dict(
        name="repl_ctrl_d",
        args=["-i"],
        stdin="print('before')\n\x04print('after')\n",
        out=BANNER + "\n" + HELP + "\n>>> print('before')\nbefore\n>>> \n",
        status=0,
    ),
    dict(
        name="repl_memoryerror_recovers",
        args=["-X", "heapsize=256k", "-i"],
        stdin="x = [1] * 1000000\nx = None\ny = [2] * 1000\nlen(y)\n",
        out=BANNER + "\n" + HELP + "\n>>> x = [1] * 1000000\nTraceback (most recent call last):\n"
        '  File "<stdin>", line 1, in <module>\n~MemoryError.*\n>>> x = None\n>>> y = [2] * 1000\n'
        ">>> len(y)\n1000\n>>> \n",
        status=0,
    ),
    dict(
        name="repl_paste_mode",
        args=["-i"],
        stdin="\x05def f():\n    return 3\nf()\n\x04f()\n",
        out=BANNER + "\n" + HELP + "\n>>> \npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n"
        "=== def f():\n===     return 3\n=== f()\n=== \n>>> f()\n3\n>>> \n",
        status=0,
    ),
    dict(
        name="repl_raw_mode",
        args=["-i"],
        stdin="\x01print(7)\x04x = 1/0\x04\x02\n",
        out=BANNER + "\n" + HELP + "\n>>> \nraw REPL; CTRL-B to exit\n>OK7\n\x04\x04>OK\x04"
        'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
        "ZeroDivisionError: divide by zero\n\x04>\n" + BANNER + "\n" + HELP + "\n>>> \n>>> \n",
        status=0,
    ),
    dict(
        name="repl_after_script",
        args=["-i", "-c", "z = 11"],
        stdin="z + 1\n",
        out=BANNER + "\n" + HELP + "\n>>> z + 1\n12\n>>> \n",
        status=0,
    ),
]

# REPL cases on a real terminal (a pseudo-terminal): raw-mode line editing, history,
# auto-indent, Ctrl-C and Ctrl-D. Each step is sent once the binary waits for input (a prompt
# was printed); the output, with `\r\n` turned into `\n`, must contain every `expect` string
# (escape sequences of redraws make exact transcripts brittle).
PTY_CASES = [
    dict(
        name="tty_eval",
        args=[],
        steps=[b"6 * 7\r", b"\x04"],
        expect=[">>> 6 * 7\n42\n>>> "],
        status=0,
    ),
    dict(
        name="tty_edit_keys",
        # type "'abd'", cursor left twice, insert c, End, Backspace twice, "e'" -> 'abce'
        args=[],
        steps=[b"'abd'\x1b[D\x1b[Dc\x1b[F\x7f\x7fe'\r", b"\x04"],
        expect=["'abce'\n>>> "],
        status=0,
    ),
    dict(
        name="tty_home_delete",
        args=[],
        steps=[b"xprint(5)\x1b[H\x1b[3~\r", b"\x04"],
        expect=["\n5\n>>> "],
        status=0,
    ),
    dict(
        name="tty_history",
        args=[],
        steps=[b"10 + 1\r", b"\x1b[A\r", b"\x04"],
        expect=["11\n", "11\n>>> "],
        status=0,
    ),
    dict(
        name="tty_auto_indent",
        args=[],
        steps=[b"def f():\r", b"return 5\r", b"\r", b"f()\r", b"\x04"],
        expect=["...     return 5\n", "\n5\n>>> "],
        status=0,
    ),
    dict(
        name="tty_ctrl_c_cancels_line",
        args=[],
        steps=[b"1 + \x03", b"2 + 2\r", b"\x04"],
        expect=["4\n>>> "],
        status=0,
    ),
    dict(
        name="tty_keyboard_interrupt",
        args=[],
        steps=[b"while True: pass\r", b"\r", b"\x03", b"'alive'\r", b"\x04"],
        expect=["KeyboardInterrupt", "'alive'\n>>> "],
        status=0,
    ),
]
