# Case mappings of every code point: upper, lower, title, capitalize, swapcase, compared
# block by block through a checksum of the results, plus the cases people meet.

print("straße".upper(), "ǆemal".title(), "ǆemal".capitalize(), "ﬁne".upper())
print("İstanbul".lower(), len("İ".lower()), "ΣΊΣΥΦΟΣ".lower(), "ΟΔΟΣ ΟΔΟΣ.".lower())
print("Σ".lower(), "ΑΣ'Α".lower(), "Α'Σ".lower(), "ΑΣ1".lower(), "1Σ".lower())
print("ΟΔΟΣ".capitalize(), "ΟΔΟΣ οδος".title(), "οδοσ ΟΔΟΣ".swapcase())
print("中a bc".title(), "they're bill's".title(), "ÉCOLE".lower(), "ÿ".upper())
print("Ꭰꭰ".lower(), "ꭰ".upper(), "𐐀𐐨".swapcase(), "ᾳ".upper(), "ᾳ".title())


def digest(s):
    # Over the UTF-8 bytes: iterating them allocates nothing (the test also runs with a
    # collection at every allocation).
    h = 0
    for b in s.encode():
        h = (h * 1000003 + b) & 0xFFFFFFFF
    return "%d:%08x" % (len(s), h)


def text(start, end):
    # The code points start..end (no surrogates) as one string, a space after every seventh.
    b = bytearray()
    for c in range(start, end):
        if 0xD800 <= c < 0xE000:
            continue
        if c < 0x80:
            b.append(c)
        elif c < 0x800:
            b.append(0xC0 | c >> 6)
            b.append(0x80 | c & 0x3F)
        elif c < 0x10000:
            b.append(0xE0 | c >> 12)
            b.append(0x80 | c >> 6 & 0x3F)
            b.append(0x80 | c & 0x3F)
        else:
            b.append(0xF0 | c >> 18)
            b.append(0x80 | c >> 12 & 0x3F)
            b.append(0x80 | c >> 6 & 0x3F)
            b.append(0x80 | c & 0x3F)
        if c % 7 == 6:
            b.append(32)
    return b.decode()


STEP = 0x800
for start in range(0, 0x20000, STEP):
    words = text(start, start + STEP)
    print(
        hex(start),
        digest(words.upper()),
        digest(words.lower()),
        digest(words.title()),
        digest(words.swapcase()),
        digest(words.capitalize()),
    )
