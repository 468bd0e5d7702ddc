b = b'Hello, World'
print(b.lower(), b.upper(), b.split(b', '), b.rsplit(b'l', 1), b.index(b'o'), b.rfind(b'o'))
print(b.startswith(b'He'), b.endswith(b'ld'), b.isdigit(), b'123'.isdigit(), b'  x '.strip())
print(b'-'.join([b'a', b'b']), bytes(b), b[1], b[-1:], b[::3])
print(b'abc' + bytearray(b'def'), bytearray(b'x') + b'y', b'ab' * 2)
print(b'a' < b'b', b'abc' == bytearray(b'abc'), hash(b'x') == hash(b'x'))
print(b'%s and %d' % (b'bytes', 5), b'{}'.decode())
print(list(bytes(3)), bytes([255]), bytearray(range(3)))
ba = bytearray(b'hello')
ba[0:1] = b'J'
ba.extend([33])
print(ba, ba.count(b'l'), ba.startswith(b'Je'))
mv = memoryview(b'abcdef')
print(mv[1], bytes(mv[1:3]), len(mv))
