total = 0
for i in range(10):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        total += i
    except ValueError as e:
        total -= e.args[0]
print(total)
i = 0
while True:
    try:
        i += 1
        if i > 5:
            raise StopIteration
    except StopIteration:
        break
print(i)
