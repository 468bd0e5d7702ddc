total = 0
for i in range(10):
    if i == 3:
        continue
    if i == 8:
        break
    total += i
else:
    print("no break")
print(total)
n = 0
while n < 100:
    n += 7
    if n > 50:
        break
else:
    print("done")
print(n)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i in range(10, 0, -2):
    print(i, end=" ")
print()
while True:
    n -= 1
    if n < 40:
        break
