#!/usr/bin/env python3
"""Generates py/runtime/src/fmt/cases.txt: (value, spec) -> output cases for the fmt module,
with CPython (3.11) as the oracle. Run from anywhere: python3 gen_fmt_cases.py

Line format (tab-separated): kind, value, spec, result.
  kind: i (format int), f (format float), s (format str),
        pi / pf / ps (%-format with one int / float / str argument; spec is the template)
  value: ints in decimal, floats as the 16 hex digits of their IEEE bits, strs as is
  result: 'ok:' + the text, or 'err:' + the exception class name
"""
import argparse
import os
import random
import struct
from decimal import Decimal

ap = argparse.ArgumentParser()
ap.add_argument("--scale", type=int, default=1, help="multiply the random case counts")
ap.add_argument("--seed", type=int, default=20261124)
ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                              "..", "..", "src", "fmt", "cases.txt"))
args = ap.parse_args()
rng = random.Random(args.seed)
OUT = args.out

INTS = [0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 12345, -12345, 1234567, 0x10FFFF,
        2**64, 10**20, -(10**25) + 1, 987654321987654321]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 0.125, 0.5, 1234.5678, -1234567.891, 1e-5, 1.5e-7,
          123456789012.0, 1e16, 1e22, 2.675, 9.995, 99.99999, 1e100, 3.14159, -0.0004,
          1.7976931348623157e308, 5e-324, float("inf"), float("-inf"), float("nan")]
# Values whose 16-digit rounding (trailing zeros dropped) is the shortest repr: there
# MicroPython's repr (16 digits if they read back, else 17) agrees with CPython's.
def nice(f):
    return f != f or f in (float("inf"), float("-inf")) or Decimal("%.16g" % f) == Decimal(repr(f))


def rand_float():
    """A listed float, or now and then a random finite one (random bits or a short decimal)."""
    r = rng.random()
    if r < 0.15:
        while True:
            f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if f == f and abs(f) != float("inf"):
                return f
    if r < 0.3:
        return float("%d.%de%d" % (rng.randint(-9999, 9999), rng.randint(0, 999), rng.randint(-12, 25)))
    return rng.choice(FLOATS)


def rand_int():
    if rng.random() < 0.2:
        return rng.choice([-1, 1]) * rng.getrandbits(rng.randint(1, 90))
    return rng.choice(INTS)
STRS = ["abc", "", "héllo", "日本語", "abcdefghij"]

ALIGNS = ["", "<", ">", "^", "=", "*<", "*^", "0=", "x>", "é>", "0<"]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "1", "8", "15"]
GROUPS = ["", ",", "_"]


def spec(types, precs, z=False):
    s = rng.choice(ALIGNS) + rng.choice(SIGNS)
    if z and rng.random() < 0.2:
        s += "z"
    s += rng.choice(["", "", "#"]) + rng.choice(["", "", "0"])
    s += rng.choice(WIDTHS) + rng.choice(GROUPS) + rng.choice(precs) + rng.choice(types)
    return s


def bits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def result(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - any exception is an expected result
        return "err:" + type(e).__name__
    assert "\t" not in r and "\n" not in r and "\r" not in r
    return "ok:" + r


lines = set()
for _ in range(700 * args.scale):
    v = rand_int()
    s = spec(["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "E", "G"],
             ["", "", "", ".0", ".3"])
    lines.add(("i", str(v), s, result(lambda: format(v, s))))
for _ in range(1100 * args.scale):
    v = rand_float()
    s = spec(["", "e", "E", "f", "F", "g", "G", "n", "%"],
             ["", ".0", ".1", ".3", ".12", ".20"], z=True)
    if s.endswith(tuple("0123456789")) or s[-1:] in ("", ",", "_") or s[-1] in "=<>^+- #z*éx":
        # '' type: without a precision the repr is used, which must agree with MicroPython's.
        if "." not in s and not nice(v):
            continue
    lines.add(("f", bits(v), s, result(lambda: format(v, s))))
for _ in range(250 * args.scale):
    v = rng.choice(STRS)
    s = (rng.choice(ALIGNS) + rng.choice(["", "", "", "+", "#"]) + rng.choice(["", "0"]) +
         rng.choice(WIDTHS) + rng.choice(["", "", "", ","]) + rng.choice(["", ".0", ".2", ".5"]) +
         rng.choice(["", "s", "", "d"]))
    lines.add(("s", v, s, result(lambda: format(v, s))))


def pspec(convs, precs=("", ".", ".0", ".2", ".5")):
    flags = "".join(rng.sample("-+ #0", rng.randint(0, 3)))
    return "%" + flags + rng.choice(["", "1", "6", "12"]) + rng.choice(precs) + rng.choice(convs)


for _ in range(400 * args.scale):
    v = rand_int()
    s = pspec("diouxXeEfFgGc")
    lines.add(("pi", str(v), s, result(lambda: s % (v,))))
for _ in range(400 * args.scale):
    v = rand_float()
    s = pspec("eEfFgG", ("", ".", ".0", ".2", ".5", ".17"))
    lines.add(("pf", bits(v), s, result(lambda: s % (v,))))
for _ in range(100 * args.scale):
    v = rng.choice(STRS)
    s = pspec("s")
    lines.add(("ps", v, s, result(lambda: s % (v,))))

# Hand-picked edge cases.
FIXED = [
    ("i", 1234, "08,"), ("i", 1234, "09,"), ("i", -1234, "09,"), ("i", 12345, "0=20,"),
    ("i", 12345, "x=20,"), ("i", 12345, "0>20,"), ("i", 255, "#010_b"), ("i", 255, "#_x"),
    ("i", 65, "c"), ("i", 65, "5c"), ("i", 65, "=5c"), ("i", -1, "c"), ("i", 0x110000, "c"),
    ("i", 233, "^5c"), ("i", 1, "z"), ("i", 10**400, "f"), ("i", 2**53 + 1, ".0f"),
    ("i", 5, "=>+8"), ("i", 0, "#o"), ("i", 0, "#x"), ("i", -0, "+"), ("i", 3, ",d"),
    ("i", 3, "_n"), ("i", 3, ".3"), ("i", 12, "00"), ("i", 12, "0"), ("i", 12, "000"),
    ("f", float("inf"), "010,"), ("f", float("nan"), "010"), ("f", float("-inf"), "=+10"),
    ("f", -0.0, "z.2f"), ("f", -0.001, "z.1f"), ("f", -0.001, "z.1e"), ("f", -0.001, "z.0%"),
    ("f", 1.0, ".0"), ("f", 1.0, ".1"), ("f", 1.0, ".2"), ("f", 0.0, ".1"), ("f", 0.0, ".3"),
    ("f", 123.456, ".3"), ("f", 100.0, ".3"), ("f", 12.0, "#.3"), ("f", 1e16, ".20"),
    ("f", 1e17, ".20"), ("f", 0.0001, ".3"), ("f", 1e-5, ".3"), ("f", 1.5, "#"),
    ("f", 1e20, ","), ("f", 1e16, "#"), ("f", 1234567.5, ","), ("f", 1234567.5, "_"),
    ("f", 2.5, ".0f"), ("f", 0.5, ".0f"), ("f", 1.5, ".0f"), ("f", 0.125, ".2f"),
    ("f", 1.125, ".2e"), ("f", 2.675, ".2f"), ("f", 1e300, "f"), ("f", 5e-324, ".3g"),
    ("f", 5e-324, ".1100f"), ("f", 1.0, ".2000e"), ("f", 0.1, ".70000f"), ("f", 9.5, ".0e"),
    ("f", 99.5, ".2g"), ("f", 999999.5, "g"), ("f", 1e-4, "g"), ("f", 9.99995e-5, "g"),
    ("f", 0.0, "#g"), ("f", 100.0, "#.3g"), ("f", 1e15, ".16"), ("f", 123.0, "#.0"),
    ("f", 1.5, "s"), ("f", 1.5, "d"), ("f", 1.5, ",n"), ("f", 1.5, "Z"),
    ("s", "ab", "05"), ("s", "ab", "<05"), ("s", "ab", "=5"), ("s", "ab", "+"),
    ("s", "ab", "#"), ("s", "ab", ",s"), ("s", "ab", "z"), ("s", "日本語", "*^8.2"),
    ("s", "ab", "x"), ("s", "ab", ""),
    ("pi", 3, "%08.5d"), ("pi", 3, "%08.5x"), ("pi", 3, "%#08.5x"), ("pi", 3, "%+ d"),
    ("pi", 3, "% +d"), ("pi", 0, "%#o"), ("pi", -255, "%#x"), ("pi", 3, "%.5d"),
    ("pi", -3, "%.5d"), ("pi", 3, "%#.5o"), ("pi", 3, "%hd"), ("pi", 3, "%ld"), ("pi", 3, "%Ld"),
    ("pi", 65, "%c"), ("pi", 65, "%5.1c"), ("pi", 65, "%-3c"), ("pi", -1, "%c"),
    ("pi", 10**400, "%f"), ("pi", 7, "%u"), ("pi", 7, "%i"), ("pi", 3, "%-05d"),
    ("pf", float("nan"), "%05f"), ("pf", float("-inf"), "%010.3f"), ("pf", 2.5, "%.0e"),
    ("pf", 2.0, "%#.0f"), ("pf", 1e-5, "%g"), ("pf", 1e-5, "%G"), ("pf", float("inf"), "%.3G"),
    ("pf", 1234.5678, "%08.3f"), ("pf", 1234.5678, "% 08.3f"), ("pf", 0.1, "%.50f"),
    ("pf", -1.5, "%-+8.2f"), ("pf", -1.5, "%010.2e"), ("pf", 1.0, "%#.3g"),
    ("pf", 1e-310, "%e"), ("pf", 1.0, "%#g"), ("pf", -0.0, "%f"), ("pf", 2.5, "% 05.1f"),
    ("pf", float("-nan"), "%f"), ("pf", 1.0, "%.0g"), ("f", 1.7976931348623157e308, ".0%"),
    ("f", 1.7976931348623157e308, "#.0%"), ("pf", 1.7976931348623157e308, "%.0e"),
    ("ps", "abcdef", "%.3s"), ("ps", "ab", "%05s"), ("ps", "ab", "%-05s"), ("ps", "x", "%+s"),
    ("ps", "x", "%.0s"), ("ps", "日本語", "%5.2s"),
]
for kind, v, s in FIXED:
    if kind in ("i", "f", "s"):
        r = result(lambda: format(v, s))
    else:
        r = result(lambda: s % (v,))
    lines.add((kind, bits(v) if kind in ("f", "pf") else str(v), s, r))

with open(OUT, "w", encoding="utf-8") as f:
    f.write("# Generated by py/runtime/tests/tools/gen_fmt_cases.py with CPython; do not edit.\n")
    for line in sorted(lines):
        f.write("\t".join(line) + "\n")
print(len(lines), "cases ->", os.path.normpath(OUT))
