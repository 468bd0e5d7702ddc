try:
    import struct
except ImportError:
    print("SKIP")
    raise SystemExit

print(struct.calcsize('<I'), struct.calcsize('<hhb'), struct.calcsize('<q'))
print(struct.pack('<I', 0x01020304), struct.pack('>I', 0x01020304), struct.pack('<hb', -2, 3))
print(struct.unpack('<I', b'\x04\x03\x02\x01'), struct.unpack('>hH', b'\xff\xfe\xff\xfe'))
print(struct.pack('<d', 1.5), struct.unpack('<f', struct.pack('<f', 0.25)))
print(struct.pack('<3s', b'abcdef'), struct.unpack('<2B', b'\x01\xff'))
print(struct.unpack_from('<H', b'\x00\x01\x02', 1))
