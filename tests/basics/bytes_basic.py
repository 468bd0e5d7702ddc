b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(b + b' world', b * 2, b'l' in b, 104 in b)
print(bytes(3), bytes([65, 66, 67]), bytes('abc', 'utf-8'), bytes(range(4)))
print(b.decode(), 'é'.encode(), b'\xc3\xa9'.decode())
print(b.find(b'l'), b.count(b'l'), b.replace(b'l', b'L'), b.split(b'e'))
print(b.upper(), b.startswith(b'he'), b.strip(b'ho'))
print(list(b'ab'), b'abc' < b'abd', b'a' == b'a', b'a' == 'a')
print(repr(b'\x00\xff\n\'"'), bytes.fromhex('0aff'), b'\x01\xab'.hex())
print(b'%d-%s' % (1, b'x'))
try:
    b[0] = 1
except TypeError:
    print('TypeError')
