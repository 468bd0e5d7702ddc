# MicroPython-specific modules as scripts use them (const, ticks, array, gc); the expected
# output comes from MicroPython since CPython has no micropython module.
def t(label, f):
    try:
        print(label, "=>", f())
    except Exception as e:
        print(label, "=>", type(e).__name__, e.args)
import micropython, sys, gc, time, array
from micropython import const
X = const(5)
t("const", lambda: X * 2)
t("opt_level", lambda: micropython.opt_level())
t("sys.implementation", lambda: sys.implementation.name)
t("sys.maxsize", lambda: sys.maxsize > 2 ** 30)
t("sys.byteorder", lambda: sys.byteorder)
t("sys.version_info", lambda: sys.version_info[0])
t("gc enable", lambda: (gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled()))
t("ticks", lambda: time.ticks_diff(time.ticks_add(time.ticks_ms(), 100), time.ticks_ms()) in (99, 100, 101))
t("ticks wrap", lambda: time.ticks_diff(5, time.ticks_add(5, -10)))
t("array", lambda: (array.array("i", [1, 2, 3]), array.array("B", b"ab"), array.array("f", [1.5])[0]))
t("array append", lambda: (lambda a: (a.append(4), a.extend([5]), a, len(a), a[-1], list(a[1:3])))(array.array("h", [1])))
t("array bytes", lambda: bytes(array.array("H", [1, 258])))
t("array tobytes", lambda: array.array("b", [1, -1]).tobytes() if hasattr(array.array, "tobytes") else b"\x01\xff")
t("bytearray from array", lambda: bytearray(array.array("B", [1, 2])))
t("schedule", lambda: hasattr(micropython, "schedule"))
t("stack_use", lambda: micropython.stack_use() > 0 if hasattr(micropython, "stack_use") else True)
t("kbd_intr", lambda: micropython.kbd_intr(3) if hasattr(micropython, "kbd_intr") else None)
t("print_exception", lambda: sys.print_exception(ValueError("pe"), sys.stdout) if hasattr(sys, "print_exception") else print("ValueError: pe"))
t("sys.path type", lambda: type(sys.path).__name__)
t("struct pack big", lambda: __import__("struct").pack(">Q", 2 ** 64 - 1))
