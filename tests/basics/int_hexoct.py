print(0x10, 0o10, 0b10, 0XfF, 1_000_000)
print('%x' % 3054, '%o' % 64, '{:b}'.format(10), '{:08b}'.format(255), '{:#o}'.format(255))
print(int('-0x10', 16), int('1010', 2), int('777', 8))
print(hex(2 ** 31), hex(-(2 ** 31)))
