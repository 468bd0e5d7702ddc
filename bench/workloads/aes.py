# aes: AES-128 key expansion and block encryption (CBC over a buffer) on bytearrays.
import sys

SIZES = {"small": 16, "large": 5000}


def xtime(a):
    a <<= 1
    return (a ^ 0x1B) & 0xFF if a & 0x100 else a


def gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def make_sbox():
    sbox = bytearray(256)
    for x in range(256):
        inv = 0
        if x:
            for y in range(1, 256):
                if gmul(x, y) == 1:
                    inv = y
                    break
        s = inv
        r = inv
        for _ in range(4):
            r = ((r << 1) | (r >> 7)) & 0xFF
            s ^= r
        sbox[x] = s ^ 0x63
    return sbox


SBOX = make_sbox()


def expand(key):
    w = bytearray(key)
    rcon = 1
    while len(w) < 176:
        t = w[-4:]
        if len(w) % 16 == 0:
            t = bytearray([SBOX[t[1]] ^ rcon, SBOX[t[2]], SBOX[t[3]], SBOX[t[0]]])
            rcon = xtime(rcon)
        for i in range(4):
            w.append(w[len(w) - 16] ^ t[i])
    return w


def encrypt_block(state, w):
    for i in range(16):
        state[i] ^= w[i]
    for rnd in range(1, 11):
        for i in range(16):
            state[i] = SBOX[state[i]]
        s = bytearray(state)
        for c in range(4):
            for r in range(4):
                state[c * 4 + r] = s[((c + r) % 4) * 4 + r]
        if rnd != 10:
            for c in range(4):
                a0, a1, a2, a3 = state[c * 4:c * 4 + 4]
                state[c * 4] = xtime(a0) ^ xtime(a1) ^ a1 ^ a2 ^ a3
                state[c * 4 + 1] = a0 ^ xtime(a1) ^ xtime(a2) ^ a2 ^ a3
                state[c * 4 + 2] = a0 ^ a1 ^ xtime(a2) ^ xtime(a3) ^ a3
                state[c * 4 + 3] = xtime(a0) ^ a0 ^ a1 ^ a2 ^ xtime(a3)
        k = rnd * 16
        for i in range(16):
            state[i] ^= w[k + i]


def main(blocks):
    w = expand(bytes(range(16)))
    check = bytearray(16)
    encrypt_block(check, expand(bytes(16)))
    print(check.hex())
    data = bytearray((i * 7 + 3) & 0xFF for i in range(16 * blocks))
    iv = bytearray(16)
    for b in range(blocks):
        blk = data[b * 16:b * 16 + 16]
        for i in range(16):
            blk[i] ^= iv[i]
        encrypt_block(blk, w)
        data[b * 16:b * 16 + 16] = blk
        iv = blk
    print(blocks, data[-16:].hex())


main(SIZES[sys.argv[1] if len(sys.argv) > 1 else "small"])
