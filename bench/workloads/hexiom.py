# hexiom-style search: backtracking with constraint propagation (a Sudoku solver on sets).
import sys

SIZES = {"small": 1, "large": 900}

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
    "2...8.3...6..7..84.3.5..2.9...1.54.8.........4.27.6...3.1..7.4.72..4..6...4.1...3",
    "......9.7...42.18....7.5.261..9.4....5.....4....5.7..992.1.8....34.59...5.7......",
    ".3..5..4...8.1.5..46.....12.7.5.2.8....6.3....4.1.9.3.25.....98..1.2.6...8..6..2.",
    ".2.81.74.7....31...9...28.5..9.4..874..2.8..316..3.2..3.27...6...56....8.76.51.9.",
]

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)]
         for br in range(3) for bc in range(3)]
UNITS = ROWS + COLS + BOXES
PEERS = [set() for _ in range(81)]
for unit in UNITS:
    for a in unit:
        for b in unit:
            if a != b:
                PEERS[a].add(b)
PEERS = [tuple(sorted(p)) for p in PEERS]


def assign(cands, cell, d, stats):
    for other in list(cands[cell] - {d}):
        if not eliminate(cands, cell, other, stats):
            return False
    return True


def eliminate(cands, cell, d, stats):
    if d not in cands[cell]:
        return True
    cands[cell] = cands[cell] - {d}
    stats[0] += 1
    left = cands[cell]
    if not left:
        return False
    if len(left) == 1:
        only = next(iter(left))
        for p in PEERS[cell]:
            if not eliminate(cands, p, only, stats):
                return False
    return True


def search(cands, stats):
    if all(len(c) == 1 for c in cands):
        return cands
    n, cell = min((len(c), i) for i, c in enumerate(cands) if len(c) > 1)
    for d in sorted(cands[cell]):
        trial = list(cands)
        stats[1] += 1
        if assign(trial, cell, d, stats):
            r = search(trial, stats)
            if r:
                return r
    return None


def solve(text):
    cands = [set(range(1, 10)) for _ in range(81)]
    stats = [0, 0]
    for i, ch in enumerate(text):
        if ch != ".":
            if not assign(cands, i, int(ch), stats):
                return None, stats
    return search(cands, stats), stats


n = SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"]
total = 0
for k in range(n):
    grid, stats = solve(PUZZLES[k % len(PUZZLES)])
    total += stats[0]
    if k < len(PUZZLES):
        print("".join(str(next(iter(c))) for c in grid), stats[1])
print(n, total)
