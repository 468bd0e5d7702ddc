def caesar(s, k):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return ''.join(out)
m = caesar('hello world', 3)
print(m, caesar(m, -3))
print('%-10s|%10s|' % ('left', 'right'))
rows = [('name', 'qty'), ('apple', 3), ('kiwi', 12)]
for r in rows:
    print('{:<8}{:>5}'.format(*r))
