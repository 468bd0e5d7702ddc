s = 'abc' * 10000
print(len(s), s.count('ca'), s[-5:])
t = ''
for i in range(1000):
    t += str(i % 10)
print(len(t), t[:20])
print(len(' '.join(['word'] * 5000)))
