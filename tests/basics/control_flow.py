for i in range(3):
    if i == 1:
        continue
    print('for', i)
else:
    print('for else')
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    n -= 1
    if n == 0:
        break
x = 5
if x > 10:
    print('big')
elif x > 3:
    print('medium')
else:
    print('small')
print('yes' if x else 'no', x and 0, x or 0, not x, None or 'default')
for i in range(2):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
pass
