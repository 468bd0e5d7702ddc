s = '  Mixed Case, Words  '
print(s.strip().lower().replace(',', '').split())
print('-'.join(sorted(set('banana'))).upper())
print(list(map(int, '1 2 3'.split()))[::-1])
