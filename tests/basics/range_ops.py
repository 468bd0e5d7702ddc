print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 5)), list(range(0, -5, -2)))
print(list(reversed(range(1, 6, 2))), range(10)[3], range(10)[-1], list(range(10)[2:8:2]))
print(len(range(0, 100, 7)), 14 in range(0, 100, 7), 15 in range(0, 100, 7))
print(range(3) == range(3), sum(range(101)))
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError')
