try:
    import binascii
except ImportError:
    print("SKIP")
    raise SystemExit

print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'))
print(binascii.b2a_base64(b'hello'), binascii.a2b_base64(b'aGVsbG8=\n'))
print(hex(binascii.crc32(b'hello')))
