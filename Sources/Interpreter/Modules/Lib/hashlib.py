"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384,
sha512, written out in Python (CPython uses OpenSSL).

Every hash object buffers input until it has a whole block, runs the
compression function on each block, and pads a *copy* of its state when
digest() is asked for, so update() may continue afterwards.
"""

import math

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "file_digest")

algorithms_guaranteed = frozenset(("md5", "sha1", "sha224", "sha256", "sha384", "sha512"))
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _as_byte_list(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, bytes) and type(data).__name__ not in ("bytearray", "memoryview"):
        raise TypeError("object supporting the buffer API required")
    return list(data)


def _iroot(n, k):
    """floor(n ** (1/k)) for big ints, by Newton's method (floats would lose
    the low bits the SHA-2 constants need)."""
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _frac_bits(p, k, bits):
    """The first `bits` bits of the fractional part of p ** (1/k)."""
    return _iroot(p << (k * bits), k) & ((1 << bits) - 1)


_tables = {}


def _sha2_constants(bits, rounds):
    key = (bits, rounds)
    if key not in _tables:
        primes = _primes(rounds)
        _tables[key] = ([_frac_bits(p, 3, bits) for p in primes],
                        [_frac_bits(p, 2, bits) for p in primes[:16]])
    return _tables[key]


class _Hash:
    """The shared part: buffering, padding, digest/hexdigest/copy."""
    name = ""
    digest_size = 0
    block_size = 64
    _big_endian = True
    _length_bytes = 8

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        self._buffer = []
        self._count = 0
        self._state = list(self._initial_state())
        if string is not None:
            data = string
        if data:
            self.update(data)

    def update(self, data):
        data = _as_byte_list(data)
        self._count += len(data)
        buf = self._buffer + data
        size = self.block_size
        whole = len(buf) - len(buf) % size
        for start in range(0, whole, size):
            self._compress(buf[start:start + size])
        self._buffer = buf[whole:]

    def _final_state(self):
        saved = (self._state[:], self._buffer[:], self._count)
        bit_len = self._count * 8
        pad = [0x80]
        size = self.block_size
        while (len(self._buffer) + len(pad) + self._length_bytes) % size:
            pad.append(0)
        length = [(bit_len >> (8 * i)) & 0xFF for i in reversed(range(self._length_bytes))]
        if not self._big_endian:
            length.reverse()
        buf = self._buffer + pad + length
        for start in range(0, len(buf), size):
            self._compress(buf[start:start + size])
        final = self._state
        self._state, self._buffer, self._count = saved
        return final

    def _digest_list(self):
        word = self._word_bytes
        out = []
        for w in self._final_state():
            chunk = [(w >> (8 * i)) & 0xFF for i in range(word)]
            if self._big_endian:
                chunk.reverse()
            out.extend(chunk)
        return out[:self.digest_size]

    def digest(self):
        return bytes(self._digest_list())

    def hexdigest(self):
        return "".join("%02x" % b for b in self._digest_list())

    def copy(self):
        other = object.__new__(type(self))
        other._buffer = self._buffer[:]
        other._count = self._count
        other._state = self._state[:]
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object @ 0x%x>" % (self.name, id(self))


def _words(block, word, big_endian):
    out = []
    for i in range(0, len(block), word):
        chunk = block[i:i + word]
        if not big_endian:
            chunk = chunk[::-1]
        w = 0
        for b in chunk:
            w = (w << 8) | b
        out.append(w)
    return out


# MD5 (RFC 1321): four rounds of 16 steps, little-endian words.
_MD5_SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(math.sin(i + 1)) * 4294967296) & _M32 for i in range(64)]


class _MD5(_Hash):
    name = "md5"
    digest_size = 16
    _big_endian = False
    _word_bytes = 4

    def _initial_state(self):
        return (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

    def _compress(self, block):
        m = _words(block, 4, False)
        a, b, c, d = self._state
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | (~d & _M32)), (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            s = _MD5_SHIFTS[i]
            a, d, c = d, c, b
            b = (b + ((f << s) | (f >> (32 - s)))) & _M32
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d))]


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


class _SHA1(_Hash):
    name = "sha1"
    digest_size = 20
    _word_bytes = 4

    def _initial_state(self):
        return (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, block):
        w = _words(block, 4, True)
        for t in range(16, 80):
            w.append(_rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a, b, c, d, e = self._state
        for t in range(80):
            if t < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif t < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif t < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            temp = (_rotl32(a, 5) + (f & _M32) + e + k + w[t]) & _M32
            a, b, c, d, e = temp, a, _rotl32(b, 30), c, d
        self._state = [(x + y) & _M32 for x, y in zip(self._state, (a, b, c, d, e))]


class _SHA2(_Hash):
    """SHA-256 and SHA-512 share one shape; the word size, round count and
    rotation amounts differ (SHA-224/384 are truncated variants)."""

    def _compress(self, block):
        bits = self._word_bytes * 8
        mask = (1 << bits) - 1
        k = self._k
        r = self._rot

        def rotr(x, n):
            return ((x >> n) | (x << (bits - n))) & mask

        w = _words(block, self._word_bytes, True)
        for t in range(16, len(k)):
            x, y = w[t - 15], w[t - 2]
            s0 = rotr(x, r[0]) ^ rotr(x, r[1]) ^ (x >> r[2])
            s1 = rotr(y, r[3]) ^ rotr(y, r[4]) ^ (y >> r[5])
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & mask)
        a, b, c, d, e, f, g, h = self._state
        for t in range(len(k)):
            S1 = rotr(e, r[9]) ^ rotr(e, r[10]) ^ rotr(e, r[11])
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + k[t] + w[t]) & mask
            S0 = rotr(a, r[6]) ^ rotr(a, r[7]) ^ rotr(a, r[8])
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & mask
            a, b, c, d, e, f, g, h = (t1 + t2) & mask, a, b, c, (d + t1) & mask, e, f, g
        self._state = [(x + y) & mask for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]


class _SHA256(_SHA2):
    name = "sha256"
    digest_size = 32
    _word_bytes = 4
    _rot = (7, 18, 3, 17, 19, 10, 2, 13, 22, 6, 11, 25)

    @property
    def _k(self):
        return _sha2_constants(32, 64)[0]

    def _initial_state(self):
        return _sha2_constants(32, 64)[1][:8]


class _SHA224(_SHA256):
    name = "sha224"
    digest_size = 28

    def _initial_state(self):
        # The low halves of SHA-384's starting words.
        return [v & _M32 for v in _sha2_constants(64, 80)[1][8:16]]


class _SHA512(_SHA2):
    name = "sha512"
    digest_size = 64
    block_size = 128
    _word_bytes = 8
    _length_bytes = 16
    _rot = (1, 8, 7, 19, 61, 6, 28, 34, 39, 14, 18, 41)

    @property
    def _k(self):
        return _sha2_constants(64, 80)[0]

    def _initial_state(self):
        return _sha2_constants(64, 80)[1][:8]


class _SHA384(_SHA512):
    name = "sha384"
    digest_size = 48

    def _initial_state(self):
        return _sha2_constants(64, 80)[1][8:16]


_CONSTRUCTORS = {"md5": _MD5, "sha1": _SHA1, "sha224": _SHA224,
                 "sha256": _SHA256, "sha384": _SHA384, "sha512": _SHA512}


# CPython's constructors are C functions named openssl_<name>.
def openssl_md5(data=b"", *, usedforsecurity=True, string=None):
    return _MD5(data, string=string)


def openssl_sha1(data=b"", *, usedforsecurity=True, string=None):
    return _SHA1(data, string=string)


def openssl_sha224(data=b"", *, usedforsecurity=True, string=None):
    return _SHA224(data, string=string)


def openssl_sha256(data=b"", *, usedforsecurity=True, string=None):
    return _SHA256(data, string=string)


def openssl_sha384(data=b"", *, usedforsecurity=True, string=None):
    return _SHA384(data, string=string)


def openssl_sha512(data=b"", *, usedforsecurity=True, string=None):
    return _SHA512(data, string=string)


md5, sha1, sha224 = openssl_md5, openssl_sha1, openssl_sha224
sha256, sha384, sha512 = openssl_sha256, openssl_sha384, openssl_sha512
__builtin_functions__ = ("openssl_md5", "openssl_sha1", "openssl_sha224",
                         "openssl_sha256", "openssl_sha384", "openssl_sha512")


def __hash_new(name, data=b"", *, usedforsecurity=True, string=None):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm, optionally initialized with data."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    cls = _CONSTRUCTORS.get(name.lower())
    if cls is None:
        raise ValueError("unsupported hash type " + name)
    return cls(data, usedforsecurity=usedforsecurity, string=string)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return h
        h.update(chunk)
