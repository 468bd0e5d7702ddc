big = 10 ** 25
print(float(big), big / 10, big * 1.5)
print(float(2 ** 80), int(1e20), int(2.0 ** 70))
print(big > 1e24, big < 1e26)
