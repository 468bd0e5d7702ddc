for a in (7.5, -7.5, 0.0, 3.0):
    for b in (2.0, -2.0, 0.5, -0.25):
        print(a, b, a // b, a % b, divmod(a, b))
print(1e20 % 3, -1e20 % 7, 5 % 2.5, -5 % 2.5)
