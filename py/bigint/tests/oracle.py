# The oracle of tests/differential.rs: reads one case a line ("op operand..."; ints in
# signed hex, floats as their bits in hex, bytes in hex) and writes Python's answer to each,
# one line per case, in the formats the test writes its own answers in.
import math
import struct
import sys

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def radix_str(n, r):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    # Peel off many digits at a time: quadratic in the length, not cubic.
    k = 1
    while r ** (k + 1) < 2 ** 60:
        k += 1
    p = r ** k
    chunks = []
    while n:
        n, c = divmod(n, p)
        chunks.append(c)
    out = []
    for i, c in enumerate(reversed(chunks)):
        s = ""
        while c:
            c, d = divmod(c, r)
            s = DIGITS[d] + s
        out.append(s if i == 0 else s.rjust(k, "0"))
    return sign + "".join(out)


def h(n):
    return radix_str(n, 16)


def f64_bits(x):
    return "%x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def to_float(a):
    try:
        return float(a)
    except OverflowError:
        return math.inf if a > 0 else -math.inf


def signed_len(a):
    return 0 if a == 0 else ((a if a >= 0 else ~a).bit_length() + 8) // 8


def answer(op, args):
    if op == "radix":
        return radix_str(int(args[0], 16), int(args[1]))
    if op == "from_f64":
        x = struct.unpack("<d", struct.pack("<Q", int(args[0], 16)))[0]
        return "None" if math.isinf(x) or math.isnan(x) else h(int(x))
    if op in ("from_bytes", "from_signed_bytes"):
        b = bytes.fromhex(args[0])
        return h(int.from_bytes(b, "little", signed=op == "from_signed_bytes"))
    v = [int(x, 16) for x in args]
    a = v[0]
    if op == "add":
        return h(a + v[1])
    if op == "sub":
        return h(a - v[1])
    if op == "mul":
        return h(a * v[1])
    if op == "divmod":
        if v[1] == 0:
            return "None"
        q, r = divmod(a, v[1])
        return h(q) + " " + h(r)
    if op == "and":
        return h(a & v[1])
    if op == "or":
        return h(a | v[1])
    if op == "xor":
        return h(a ^ v[1])
    if op == "cmp":
        return str((a > v[1]) - (a < v[1]))
    if op == "gcd":
        return h(math.gcd(a, v[1]))
    if op == "shl":
        return h(a << v[1])
    if op == "shr":
        return h(a >> v[1])
    if op == "pow":
        return h(a ** v[1])
    if op == "modpow":
        if v[2] == 0 or v[1] < 0:
            return "None"
        return h(pow(a, v[1], v[2]))
    if op == "unary":
        small = a if -2**63 <= a < 2**63 else None
        return " ".join([
            h(-a), h(abs(a)), h(~a), str(a.bit_length()), str(a), f64_bits(to_float(a)),
            "None" if small is None else str(small), "%x" % (a & (2**64 - 1)),
            a.to_bytes(signed_len(a), "little", signed=True).hex(),
            abs(a).to_bytes((abs(a).bit_length() + 7) // 8, "little").hex(),
        ])
    raise ValueError(op)


with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    for line in f:
        op, *args = line.split()
        out.write(answer(op, args) + "\n")
