def search(m, t):
    i = 0
    while i < len(m):
        j = 0
        while j < len(m[i]):
            if m[i][j] == t:
                return i, j
            j += 1
        else:
            i += 1
            continue
        break
    else:
        return None


print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
