# pystone-style: records, classes, loops, string and array work in the Dhrystone manner.
import sys

SIZES = {"small": 2000, "large": 400000}


class Record:
    def __init__(self, ptr=None, discr=0, enum=0, int_comp=0, str_comp=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.int_comp, self.str_comp)


IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5


class Globals:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = "\0"
        self.char2 = "\0"
        self.array1 = [0] * 51
        self.array2 = [[0] * 51 for _ in range(51)]
        self.ptr = None


def func1(c1, c2):
    if c1 != c2:
        return IDENT1
    return IDENT2


def func2(s1, s2, g):
    i = 1
    c = "A"
    while i <= 1:
        if func1(s1[i], s2[i + 1]) == IDENT1:
            c = "A"
            i += 1
    if "W" <= c <= "Z":
        i = 7
    if c == "X":
        return True
    if s1 > s2:
        g.int_glob = i + 7
        return True
    return False


def func3(e):
    return e == IDENT3


def proc3(ptr, g):
    if g.ptr is not None:
        ptr = g.ptr.ptr
    else:
        g.int_glob = 100
    g.ptr.int_comp = proc7(10, g.int_glob)
    return ptr


def proc6(e):
    out = e
    if not func3(e):
        out = IDENT4
    if e == IDENT1:
        out = IDENT1
    elif e == IDENT2:
        out = IDENT1 if e > 100 else IDENT4
    elif e == IDENT3:
        out = IDENT2
    elif e == IDENT5:
        out = IDENT3
    return out


def proc7(a, b):
    return b + a + 2


def proc8(a1, a2, i1, i2, g):
    loc = i1 + 5
    a1[loc] = i2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        a2[loc][idx] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    g.int_glob = 5


def proc1(ptr, g):
    nxt = ptr.ptr = g.ptr.copy()
    ptr.int_comp = 5
    nxt.int_comp = ptr.int_comp
    nxt.ptr = ptr.ptr
    nxt.ptr = proc3(nxt.ptr, g)
    if nxt.discr == IDENT1:
        nxt.int_comp = 6
        nxt.enum = proc6(ptr.enum)
        nxt.ptr = g.ptr.ptr
        nxt.int_comp = proc7(nxt.int_comp, 10)
    else:
        ptr = nxt.copy()
    return ptr


def run(loops):
    g = Globals()
    g.ptr = Record(None, IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    g.ptr.ptr = Record(g.ptr, IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    g.array2[8][7] = 10
    total = 0
    for i in range(loops):
        g.char1 = "A"
        g.char2 = "B"
        i1, i2 = 2, 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        e = IDENT2
        g.bool_glob = not func2(s1, s2, g)
        while i1 < i2:
            i3 = 5 * i1 - i2
            i3 = proc7(i1, i2)
            i1 += 1
        proc8(g.array1, g.array2, i1, i3, g)
        g.ptr = proc1(g.ptr, g)
        for ch in "AB":
            if e == func1(ch, "C"):
                e = proc6(IDENT1)
        i2 = i2 * i1
        i1 = i2 // i3
        i2 = 7 * (i2 - i3) - i1
        total += i1 + i2 + i3 + g.int_glob
    return total, g.array1[8], g.array2[8][7]


print(run(SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"]))
