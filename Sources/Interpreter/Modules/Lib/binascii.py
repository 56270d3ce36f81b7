"""Conversion between binary data and ASCII"""

# scopewalk's binascii, as CPython 3.13's C module: hex (hexlify/unhexlify,
# b2a_hex/a2b_hex), base64 lines (b2a_base64/a2b_base64 with strict_mode),
# crc32 and crc_hqx, the Error and Incomplete exceptions.
# Left out: the uuencode (a2b_uu/b2a_uu) and quoted-printable (a2b_qp/b2a_qp) codecs.

__builtin_functions__ = ('hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64',
                         'a2b_base64', 'crc32', 'crc_hqx')


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_HEX_VALUE = {c: int(chr(c), 16) for c in b'0123456789abcdefABCDEF'}


def _binary(data):
    """The bytes of a bytes-like argument (what the C module's 'y*' accepts)."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii(data):
    """The bytes of an a2b_* argument: bytes-like or an ASCII-only str."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


_NO_SEP = object()


def hexlify(data, sep=_NO_SEP, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _binary(data)
    if sep is _NO_SEP:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


def b2a_hex(data, sep=_NO_SEP, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEX_VALUE.get(data[i])
        lo = _HEX_VALUE.get(data[i + 1])
        if hi is None or lo is None:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    return unhexlify(hexstr)


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _binary(data)
    out = bytearray()
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data.

    strict_mode: refuse characters outside the alphabet, padding that is not
    at the end, and data after the padding (CPython's rules and messages)."""
    data = _ascii(data)
    strict = bool(strict_mode)
    if strict and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad = 0        # position of the next character in its group of four
    left = 0        # bits of the group not yet written
    pads = 0        # '=' seen since the last data character
    padding = False
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding = True
            if strict and quad == 0:
                raise Error('Excess padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    # a complete pad ends the data
                    if strict and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xff)
            left = 0
            quad = 0
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad != 0:
        raise Error('Incorrect padding')
    return bytes(out)


_CRC32_TABLE = []
for _n in range(256):
    for _ in range(8):
        _n = (_n >> 1) ^ 0xEDB88320 if _n & 1 else _n >> 1
    _CRC32_TABLE.append(_n)

_CRC_HQX_TABLE = []
for _n in range(256):
    _n <<= 8
    for _ in range(8):
        _n = ((_n << 1) ^ 0x1021) & 0xffff if _n & 0x8000 else (_n << 1) & 0xffff
    _CRC_HQX_TABLE.append(_n)
del _n, _


def _crc_start(value):
    if not isinstance(value, int):
        if hasattr(type(value), '__index__'):
            return type(value).__index__(value)
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return int(value)


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _binary(data)
    crc = ~_crc_start(crc) & 0xffffffff
    table = _CRC32_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _binary(data)
    crc = _crc_start(crc) & 0xffff
    table = _CRC_HQX_TABLE
    for b in data:
        crc = ((crc << 8) & 0xff00) ^ table[(crc >> 8) ^ b]
    return crc
