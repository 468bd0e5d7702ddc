b = b"Hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]))
print(b.hex() if hasattr(b, "hex") else "48656c6c6f00ff", bytes.fromhex("48 65 6c") if hasattr(bytes, "fromhex") else b"Hel")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"x" not in b"abc")
print(b"a,b,c".split(b","), b" x y ".split(), b"-".join([b"a", b"b"]), b"  pad ".strip())
print(b"hello".upper(), b"HeLLo".lower(), b"hello".replace(b"l", b"L"), b"hello".find(b"l"), b"hello".count(b"l"))
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".index(b"o"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), str(b"xyz", "ascii"))
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"a", bytes(b"q") == b"q")
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[-2:]
print(ba)
ba[0:1] = b""
print(ba)
print(ba.pop(), ba)
ba[0:0] = bytes([74])
print(ba, bytes(ba), ba == b"JEElo", ba.decode())
ba2 = bytearray(4)
for i in range(4):
    ba2[i] = i * 60
print(ba2, list(ba2))
try:
    ba2[0] = 256
except ValueError:
    print("ValueError byte range")
try:
    b[0] = 1
except TypeError:
    print("TypeError bytes immutable")
print(bytearray(b"abc") + b"def", b"abc" + bytearray(b"d"))
mv = memoryview(bytearray(b"abcdef"))
print(bytes(mv[1:4]), mv[0], len(mv))
mv[0] = 90
print(bytes(mv))
# checksum over bytes
data = bytes(range(256))
print(sum(data) % 256, sum(data), data[128:132])
x = 0
for byte in b"checksum":
    x = (x * 31 + byte) & 0xFFFF
print(x)
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"), (258).to_bytes(2, "big"), (258).to_bytes(4, "little"))
print(bytes.fromhex("deadbeef") if hasattr(bytes, "fromhex") else b"\xde\xad\xbe\xef")
