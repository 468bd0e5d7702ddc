s = 'Ärger über Öl'
print(s.split(' '), s.replace('Ö', 'O'), s.count('r'), s.startswith('Är'))
print('%s|%5s|' % ('ü', 'ü'), '{:>4}'.format('é'), f'{"中":*^5}')
print(sorted('éaz'), 'é' > 'z', max('aéz'))
print('ß'.encode(), str(b'\xc3\x9f', 'utf-8'))
print('中'.join(['a', 'b']), 'x中y'.index('y'))
