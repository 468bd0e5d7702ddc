i = 0
s = 0
while i < 100:
    i += 1
    if i % 2:
        continue
    s += i
print(s)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
