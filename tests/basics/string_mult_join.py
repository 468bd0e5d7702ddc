parts = []
for i in range(20):
    parts.append(str(i))
s = ','.join(parts)
print(s, len(s))
print('=' * 20)
print(''.join(reversed('stressed')))
print(' '.join(w.upper() for w in 'the quick brown fox'.split()))
