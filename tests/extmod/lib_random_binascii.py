import binascii, random
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.hexlify(b'ab', ':') if False else '')
for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:50]]:
    e = binascii.b2a_base64(s)
    assert binascii.a2b_base64(e) == s
    print(e)
print(binascii.crc32(b'hello world'), binascii.crc32(b''))
random.seed(42)
a = [random.randint(1, 6) for _ in range(1000)]
print(min(a), max(a), all(1 <= x <= 6 for x in a))
r = [random.random() for _ in range(1000)]
print(all(0 <= x < 1 for x in r), 0.4 < sum(r) / 1000 < 0.6)
l = list(range(10)); random.shuffle(l); print(sorted(l) == list(range(10)))
print(random.choice('abc') in 'abc', 0 <= random.getrandbits(8) < 256, random.randrange(0, 10, 5) in (0, 5))
random.seed(1); x = random.random(); random.seed(1); print(x == random.random())
