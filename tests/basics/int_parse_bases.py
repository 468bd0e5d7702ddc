print(int("42"), int("  -17  "), int("+8"), int("0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("123", 4))
print(int("1_000_000"), int("0x_ff", 16), int("1_0", 2))
print(int(3.99), int(-3.99), int(True), int(-0.5))
for bad in ("", " ", "1.5", "12a", "0x", "--1", "1 2"):
    try:
        int(bad)
        print("no error", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
for s, base in (("9", 8), ("2", 2), ("g", 16)):
    try:
        int(s, base)
    except ValueError:
        print("ValueError", s, base)
try:
    int("10", 1)
except ValueError:
    print("ValueError base 1")
try:
    int(None)
except TypeError:
    print("TypeError None")
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(17 // 5, -17 // 5, 17 % -5, -17 % 5)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 10, 1000))
print(1 << 10, 1024 >> 3, -1024 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF)
print(abs(-9), abs(9), round(7), round(7.5), round(8.5), round(-2.5), round(1234, -2), round(1250, -2))
print(chr(65), ord("z"), chr(0x263A) == "\u263a", ord("\n"))
print(str(-0), str(10 ** 3), repr(12), "%d" % -0)
