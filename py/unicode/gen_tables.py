#!/usr/bin/env python3
"""Writes src/tables.rs: Unicode case mappings and the case properties of `str.lower`'s
final-sigma rule, as CPython 3.11 has them (its Unicode version is recorded in the output).

Run with CPython 3.11: `python3 py/unicode/gen_tables.py`. Everything is read off the
interpreter's own behaviour (`str.upper`, `str.lower`, `str.title`), so the tables agree
with the oracle the tests compare against.
"""
import os
import sys
import unicodedata


def code_points():
    for c in range(0x110000):
        if not 0xD800 <= c < 0xE000:
            yield c


def mapping(f):
    """Runs of one-character mappings (start, count, stride, delta) and the multi-character ones."""
    simple, multi = [], []
    for c in code_points():
        m = f(chr(c))
        if m == chr(c):
            continue
        if len(m) == 1:
            simple.append((c, ord(m) - c))
        else:
            multi.append((c, m))
    runs, i = [], 0
    while i < len(simple):
        c, d = simple[i]
        best = (1, 1)
        for stride in (1, 2):
            j = i + 1
            while (j < len(simple) and j - i < 128 and simple[j][0] == c + stride * (j - i)
                   and simple[j][1] == d):
                j += 1
            if j - i > best[0]:
                best = (j - i, stride)
        runs.append((c, best[0], best[1], d))
        i += best[0]
    return runs, multi


def case_classes():
    """Ranges of the characters that are cased and of those that are case-ignorable, found by
    asking `str.title` (a cased character makes the next one lower case) and `str.lower`
    ('Σ' after a cased letter, case-ignorable ones skipped, and before none is final)."""
    out = []  # [start, end, flags]: 1 = cased, 2 = case-ignorable
    for c in code_points():
        x = chr(c)
        cased = ("a" + x + "b").title().endswith("b")
        # Final after a cased letter: x is case-ignorable (skipped) or cased.
        ignorable = ("A" + x + "Σ").lower()[-1] == "ς" and (" " + x + "Σ").lower()[-1] != "ς"
        flags = cased | ignorable << 1
        if ignorable and cased:
            # Cased and skipped both: then a sigma after a space and it is not final.
            assert (" " + x + "Σ").lower()[-1] == "σ"
        if not flags:
            continue
        if out and out[-1][1] == c - 1 and out[-1][2] == flags and c - out[-1][0] < 512:
            out[-1][1] = c
        else:
            out.append([c, c, flags])
    return out


def pack_runs(runs):
    words = []
    for start, count, stride, delta in runs:
        assert start < 1 << 21 and 1 <= count <= 128 and -(1 << 31) <= delta < 1 << 31
        w = start | (count - 1) << 21 | (stride - 1) << 28 | (delta & 0xFFFFFFFF) << 32
        words.append(w)
    return words


def multi_tables(name, multi):
    keys = ", ".join(str(c) for c, _ in multi)
    chars = []
    for _, m in multi:
        assert len(m) <= 3 and all(ord(x) < 0x10000 for x in m)
        chars.append("[" + ", ".join(str(ord(x)) for x in m.ljust(3, "\0")) + "]")
    return (f"pub static {name}_KEYS: [u32; {len(multi)}] = [{keys}];\n"
            f"pub static {name}_CHARS: [[u16; 3]; {len(multi)}] = [{', '.join(chars)}];\n")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with CPython 3.11 (the tests' oracle)")
    out = ["// Written by gen_tables.py from CPython "
           f"{sys.version.split()[0]} (Unicode {unicodedata.unidata_version}). Do not edit.\n",
           "// A run is one u64: start (21 bits), count - 1 (7 bits), stride - 1 (1 bit), and in\n"
           "// the high 32 bits the signed difference added to each code point of the run.\n"]
    for name, f in (("UPPER", str.upper), ("LOWER", str.lower)):
        runs, multi = mapping(f)
        words = pack_runs(runs)
        out.append(f"pub static {name}_RUNS: [u64; {len(words)}] = [\n")
        out.extend(f"    {w:#x},\n" for w in words)
        out.append("];\n")
        out.append(multi_tables(name, multi))
    titles = [(c, chr(c).title()) for c in code_points() if chr(c).title() != chr(c).upper()]
    out.append("// Where the title case differs from the upper case.\n")
    out.append(multi_tables("TITLE", titles))
    classes = case_classes()
    out.append("// Ranges of cased and case-ignorable characters: start (21 bits), length - 1 (9 bits),\n"
               "// bit 30 set when cased, bit 31 when case-ignorable.\n")
    out.append(f"pub static CASE_CLASSES: [u32; {len(classes)}] = [\n")
    for start, end, flags in classes:
        out.append(f"    {start | (end - start) << 21 | flags << 30:#x},\n")
    out.append("];\n")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "tables.rs")
    with open(path, "w") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
