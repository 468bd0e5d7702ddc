for v in (0.0, 1.0, -1.0, 0.1, 0.5, 1.25, 100.0, 1e10, 1e16, 1e17, 1e22, 1e-5, 1e-4, 123.456, 1/3, 2/3, 1e300, 5e-324, 3.14159):
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print(1.0e100, 12345678.9)
