# binascii: hex and base64 conversions, crc32.

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def hexlify(data, sep=None):
    h = bytes(data).hex()
    if sep:
        s = sep.decode() if isinstance(sep, (bytes, bytearray)) else sep
        h = s.join(h[i:i + 2] for i in range(0, len(h), 2))
    return h.encode()


def unhexlify(data):
    if isinstance(data, str):
        data = data.encode()
    if len(data) % 2:
        raise ValueError("odd-length string")
    return bytes.fromhex(data.decode())


def b2a_base64(data, newline=True):
    data = bytes(data)
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        for k in range(4):
            if k <= len(chunk):
                out.append(_B64[(n >> (18 - 6 * k)) & 63])
            else:
                out.append(61)
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data):
    if isinstance(data, str):
        data = data.encode()
    vals = []
    for c in data:
        if c == 61:
            break
        i = _B64.find(bytes([c]))
        if i >= 0:
            vals.append(i)
        elif c not in b" \t\r\n":
            raise ValueError("invalid character")
    out = bytearray()
    for i in range(0, len(vals), 4):
        chunk = vals[i:i + 4]
        if len(chunk) == 1:
            raise ValueError("incorrect padding")
        n = 0
        for v in chunk:
            n = (n << 6) | v
        n <<= 6 * (4 - len(chunk))
        out.extend(n.to_bytes(3, "big")[: len(chunk) - 1])
    return bytes(out)


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in bytes(data):
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
