def many_locals(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17):
    b0 = a0 + a17
    b1 = b0 * a16
    b2 = b1 - a15
    c = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, b0, b1, b2]
    del b2
    for i in range(len(c)):
        if c[i] > 100:
            c[i] = 100
        elif c[i] < -100:
            c[i] = -100
        else:
            c[i] = c[i] * 2 + 1 - 3 * 4 + 5 * 6 - 7 * 8 + 9
            c[i] = c[i] * 2 + 1 - 3 * 4 + 5 * 6 - 7 * 8 + 9
            c[i] = c[i] * 2 + 1 - 3 * 4 + 5 * 6 - 7 * 8 + 9
            c[i] = c[i] * 2 + 1 - 3 * 4 + 5 * 6 - 7 * 8 + 9
            c[i] = c[i] * 2 + 1 - 3 * 4 + 5 * 6 - 7 * 8 + 9
            c[i] = c[i] * 2 + 1 - 3 * 4 + 5 * 6 - 7 * 8 + 9
            c[i] = c[i] * 2 + 1 - 3 * 4 + 5 * 6 - 7 * 8 + 9
            c[i] = c[i] * 2 + 1 - 3 * 4 + 5 * 6 - 7 * 8 + 9
    total = 0
    while total < 1000000:
        total += sum(c)
        if total % 3 == 0:
            total += a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12
            total += a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12
            total += a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12
            total += a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12
            total += a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12
            total += a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12
            continue
        total += 1
    return total
def fannkuch(n):
    maxFlipsCount = 0
    permSign = True
    checksum = 0
    perm1 = list(range(n))
    count = perm1[:]
    rxrange = range(2, n - 1)
    nm = n - 1
    while 1:
        k = perm1[0]
        if k:
            perm = perm1[:]
            flipsCount = 1
            kk = perm[k]
            while kk:
                perm[:k+1] = perm[k::-1]
                flipsCount += 1
                k = kk
                kk = perm[kk]
            if maxFlipsCount < flipsCount:
                maxFlipsCount = flipsCount
            checksum += flipsCount if permSign else -flipsCount
        if permSign:
            perm1[0],perm1[1] = perm1[1],perm1[0]
            permSign = False
        else:
            perm1[1],perm1[2] = perm1[2],perm1[1]
            permSign = True
            for r in rxrange:
                if count[r]:
                    break
                count[r] = r
                perm0 = perm1[0]
                perm1[:r+1] = perm1[1:r+2]
                perm1[r+1] = perm0
            else:
                r = nm
                if not count[r]:
                    print( checksum )
                    return maxFlipsCount
            count[r] -= 1
class Queens:
    def __init__(self, n=8):
        self.n = n
        self.count = 0
    def solve(self, row=0, cols=(), d1=(), d2=()):
        if row == self.n:
            self.count += 1
            return
        for c in range(self.n):
            if c in cols or (row + c) in d1 or (row - c) in d2:
                continue
            self.solve(row + 1, cols + (c,), d1 + (row + c,), d2 + (row - c,))
q = Queens(6)
q.solve()
print(q.count, fannkuch(5))
