# pystone-style mix: records as class instances linked into short chains, small functions and
# methods, integer arithmetic, string comparison and slicing, a row and a 2-D table, all in one
# hot loop, the way classic integer benchmarks mix them.
import sys

SIZES = {"small": 2000, "large": 250000}

RED, GREEN, BLUE, GREY = 0, 1, 2, 3
NAMES = ("red", "green", "blue", "grey")


class Cell:
    def __init__(self, colour, weight, label, nxt=None):
        self.colour = colour
        self.weight = weight
        self.label = label
        self.nxt = nxt

    def clone(self):
        return Cell(self.colour, self.weight, self.label, self.nxt)

    def heavier(self, other):
        return self.weight > other.weight


class State:
    def __init__(self):
        self.counter = 0
        self.flag = False
        self.last = ""
        self.row = [0] * 40
        self.grid = [[0] * 40 for _ in range(40)]


def rotate(colour):
    if colour == RED:
        return GREEN
    if colour == GREEN:
        return BLUE
    if colour == BLUE:
        return RED
    return GREY


def smaller(a, b):
    return a if a < b else b


def compare_labels(x, y, st):
    # Remembers the first character where the labels differ; True if x sorts after y.
    n = smaller(len(x), len(y))
    k = 0
    while k < n and x[k] == y[k]:
        k += 1
    st.last = x[k:k + 1]
    return x > y


def mix(a, b):
    return (a * 31 + b * 7 + 3) % 97


def stamp(st, i, v):
    j = i % 30 + 4
    st.row[j] = v
    st.row[j + 1] = st.row[j] + 1
    for c in range(j, j + 3):
        st.grid[j][c] += v
    st.grid[j - 1][j] = st.row[j + 1]
    st.counter += 1


def step(cell, st):
    nxt = cell.clone()
    nxt.weight = mix(cell.weight, st.counter)
    nxt.colour = rotate(cell.colour)
    if nxt.heavier(cell):
        nxt.nxt = cell
        nxt.label = NAMES[nxt.colour]
        cell.nxt = None  # chains stay at most two long
    else:
        nxt.nxt = cell.nxt
        nxt.label = cell.label[:3] + NAMES[nxt.colour][:1]
    return nxt


def run(loops):
    st = State()
    head = Cell(RED, 5, "red")
    a = "ALPHA BRAVO CHARLIE 02"
    b = "ALPHA BRAVO CHARLIE 01"
    total = 0
    z = 0
    for i in range(loops):
        st.flag = compare_labels(a, b, st) != (i & 1 == 0)
        x, y = 2, 3
        while x < y:
            z = mix(x, y)
            x += 1
        stamp(st, i, z)
        head = step(head, st)
        depth = 0
        c = head
        while c is not None and depth < 4:
            depth += 1
            c = c.nxt
        if head.colour == BLUE and st.flag:
            total += depth
        y = y * x
        x = y // (z + 1)
        total += x + y - z + st.row[i % 30 + 4] % 7 + len(head.label)
    return total, st.counter, st.last, st.grid[10][11], head.label


print(run(SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"]))
