for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
else:
    print("done")
for i in range(2, 20, 3):
    print(i)
for i in range(10, 0, -1):
    print(i)
for i in range(n):
    print(i)
else:
    print("e")
for i in range(a, b):
    break
for k, v in d.items():
    print(k, v)
else:
    pass
while True:
    if x:
        break
while False:
    print(1)
while x:
    x -= 1
    if x == 5:
        continue
else:
    print("w")
if x:
    pass
elif y:
    pass
elif z:
    print(1)
else:
    print(2)
if True:
    print(3)
if False:
    print(4)
else:
    print(5)
if 0:
    print(6)
if 1:
    print(7)
for a in b:
    for c in d:
        if c:
            break
        continue
    else:
        continue
    break
