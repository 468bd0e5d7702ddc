print(int('42'), int('-42'), int('  7  '), int('+3'))
print(int('ff', 16), int('0xff', 16), int('0o17', 8), int('0b101', 2), int('z', 36))
print(int('0x1f', 0), int('0o7', 0), int('10', 0))
print(int(3.9), int(-3.9), int(True), int())
print(int('1_000'))
for s in ('', 'abc', '1.5', '12a'):
    try:
        int(s)
    except ValueError:
        print('ValueError', repr(s))
print(str(0), str(-17), repr(99))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(0))
print(bool(0), bool(3), bool(-1))
