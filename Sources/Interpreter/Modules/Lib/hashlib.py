"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384,
sha512 (CPython uses OpenSSL).

Every hash object buffers input until it has whole blocks, runs the
compression function over them (native: _hashcore.compress), and pads a
*copy* of its state when digest() is asked for, so update() may continue
afterwards.
"""

import math
import _hashcore

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "file_digest")

algorithms_guaranteed = frozenset(("md5", "sha1", "sha224", "sha256", "sha384", "sha512"))
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if not isinstance(data, bytes) and type(data).__name__ not in ("bytearray", "memoryview"):
        raise TypeError("object supporting the buffer API required")
    return bytes(data)


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
    _word_bytes = 4
    _algo = ""          # the compression function (_hashcore)
    _k = ()             # its round constants

    def __init__(self, data=b"", *, usedforsecurity=True, string=None):
        self._buffer = b""
        self._count = 0
        self._state = list(self._initial_state())
        if string is not None:
            data = string
        if data:
            self.update(data)

    def update(self, data):
        data = _as_bytes(data)
        self._count += len(data)
        buf = self._buffer + data
        whole = len(buf) - len(buf) % self.block_size
        if whole:
            self._state = _hashcore.compress(self._algo, self._state, buf[:whole], self._k)
        self._buffer = buf[whole:]

    def _final_state(self):
        bit_len = self._count * 8
        size = self.block_size
        pad_len = (size - (len(self._buffer) + 1 + self._length_bytes) % size) % size
        length = (bit_len & ((1 << (8 * self._length_bytes)) - 1)).to_bytes(
            self._length_bytes, "big" if self._big_endian else "little")
        buf = self._buffer + b"\x80" + bytes(pad_len) + length
        return _hashcore.compress(self._algo, self._state, buf, self._k)

    def digest(self):
        order = "big" if self._big_endian else "little"
        out = b"".join(w.to_bytes(self._word_bytes, order) for w in self._final_state())
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(type(self))
        other._buffer = self._buffer
        other._count = self._count
        other._state = self._state[:]
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object @ 0x%x>" % (self.name, id(self))


# MD5 (RFC 1321): its table of sines; the rounds are in _hashcore.
_MD5_K = [int(abs(math.sin(i + 1)) * 4294967296) & _M32 for i in range(64)]


class _MD5(_Hash):
    name = "md5"
    digest_size = 16
    _big_endian = False
    _algo = "md5"
    _k = _MD5_K

    def _initial_state(self):
        return (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)


class _SHA1(_Hash):
    name = "sha1"
    digest_size = 20
    _algo = "sha1"

    def _initial_state(self):
        return (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)


class _SHA256(_Hash):
    name = "sha256"
    digest_size = 32
    _algo = "sha256"
    _k = _sha2_constants(32, 64)[0]

    def _initial_state(self):
        return _sha2_constants(32, 64)[1][:8]


class _SHA224(_SHA256):
    name = "sha224"
    digest_size = 28

    def _initial_state(self):
        # The low halves of SHA-384's starting words.
        return [v & _M32 for v in _sha2_constants(64, 80)[1][8:16]]


class _SHA512(_Hash):
    name = "sha512"
    digest_size = 64
    block_size = 128
    _word_bytes = 8
    _length_bytes = 16
    _algo = "sha512"
    _k = _sha2_constants(64, 80)[0]

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
