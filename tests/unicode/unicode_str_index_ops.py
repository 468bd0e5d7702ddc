s = 'aé中😀b'
for i in range(len(s)):
    print(i, s[i], s[i:], s[:i])
print(s[::2], s[::-2], s[-3:-1])
print([c for c in reversed(s)])
