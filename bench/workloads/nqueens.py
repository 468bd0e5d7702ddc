# n-queens: count all solutions by backtracking over lists and sets.
import sys

SIZES = {"small": 6, "large": 11}


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    count = 0
    first = None
    placed = [0] * n
    row = 0
    stack = [0]
    while stack:
        row = len(stack) - 1
        c = stack[row]
        if c > 0 or (c == 0 and placed[row] < 0):
            pass
        if row < n and c < n:
            stack[row] = c + 1
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                placed[row] = c
                if row + 1 == n:
                    count += 1
                    if first is None:
                        first = list(placed)
                    cols[c] = diag1[row + c] = diag2[row - c + n] = False
                else:
                    stack.append(0)
        else:
            stack.pop()
            if stack:
                r = len(stack) - 1
                c = placed[r]
                cols[c] = diag1[r + c] = diag2[r - c + n] = False
    return count, first


def recursive(n, row, cols, d1, d2):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if c not in cols and (row + c) not in d1 and (row - c) not in d2:
            cols.add(c)
            d1.add(row + c)
            d2.add(row - c)
            total += recursive(n, row + 1, cols, d1, d2)
            cols.remove(c)
            d1.remove(row + c)
            d2.remove(row - c)
    return total


def main():
    n = SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"]
    for k in range(4, n + 1):
        count, first = solve(k)
        again = recursive(k, 0, set(), set(), set())
        if count != again:
            print("MISMATCH", k, count, again)
        print(k, count, first)


main()
