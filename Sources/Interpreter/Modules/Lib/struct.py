"""struct: convert between Python values and C structs packed into bytes, as
CPython 3.13's struct module on x86-64 Linux (native sizes and alignment:
l, L, n, N, P are 8 bytes; '@' aligns each item to its size).

Left out: nothing documented; floats are converted with exact integer
arithmetic (round half to even), as the C library would."""

import math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']

__builtin_functions__ = ('calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
                         'iter_unpack', '_clearcache')


class error(Exception):
    pass


error.__module__ = 'struct'

# code: (standard size, native size, kind)
_CODES = {
    'x': (1, 1, 'pad'), 'c': (1, 1, 'char'), 'b': (1, 1, 'int'), 'B': (1, 1, 'uint'),
    '?': (1, 1, 'bool'), 'h': (2, 2, 'int'), 'H': (2, 2, 'uint'), 'i': (4, 4, 'int'),
    'I': (4, 4, 'uint'), 'l': (4, 8, 'int'), 'L': (4, 8, 'uint'), 'q': (8, 8, 'int'),
    'Q': (8, 8, 'uint'), 'n': (None, 8, 'int'), 'N': (None, 8, 'uint'), 'e': (2, 2, 'float'),
    'f': (4, 4, 'float'), 'd': (8, 8, 'float'), 's': (1, 1, 'bytes'), 'p': (1, 1, 'pascal'),
    'P': (None, 8, 'pointer'),
}
_FLOAT_LAYOUT = {2: (5, 10), 4: (8, 23), 8: (11, 52)}


def _index(v):
    if isinstance(v, int):
        return int(v)
    conv = getattr(type(v), '__index__', None)
    if conv is None:
        raise error('required argument is not an integer')
    return conv(v)


def _round_shift(n, shift):
    """n * 2**shift rounded half to even (n >= 0)."""
    if shift >= 0:
        return n << shift
    d = -shift
    q = n >> d
    rem = n & ((1 << d) - 1)
    half = 1 << (d - 1)
    if rem > half or (rem == half and q & 1):
        q += 1
    return q


def _float_to_bits(x, size, code):
    exp_bits, man_bits = _FLOAT_LAYOUT[size]
    bias = (1 << (exp_bits - 1)) - 1
    top = (1 << exp_bits) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if x != x:
        field_e, field_m = top, 1 << (man_bits - 1)
    elif x == math.inf:
        field_e, field_m = top, 0
    elif x == 0:
        field_e, field_m = 0, 0
    else:
        m, e = math.frexp(x)
        mant = int(m * (1 << 53))          # x == mant * 2**(e - 53)
        ulp = max(e - 1, 1 - bias) - man_bits
        q = _round_shift(mant, e - 53 - ulp)
        if q >= 1 << (man_bits + 1):
            q >>= 1
            ulp += 1
        if q < 1 << man_bits:
            field_e, field_m = 0, q
        else:
            field_e = ulp + man_bits + bias
            field_m = q - (1 << man_bits)
        if field_e >= top:
            raise OverflowError('float too large to pack with %s format' % code)
    return (sign << (exp_bits + man_bits)) | (field_e << man_bits) | field_m


def _bits_to_float(n, size):
    exp_bits, man_bits = _FLOAT_LAYOUT[size]
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if n >> (exp_bits + man_bits) else 1.0
    e = (n >> man_bits) & ((1 << exp_bits) - 1)
    m = n & ((1 << man_bits) - 1)
    if e == (1 << exp_bits) - 1:
        return sign * math.inf if m == 0 else math.nan
    if e == 0:
        return sign * math.ldexp(m, 1 - bias - man_bits)
    return sign * math.ldexp(m + (1 << man_bits), e - bias - man_bits)


def _parse(fmt):
    """(byte order, native, [(code, count, offset, size)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    order, native = 'little', True
    rest = fmt
    if rest[:1] in ('@', '=', '<', '>', '!'):
        first = rest[0]
        rest = rest[1:]
        if first in '>!':
            order, native = 'big', False
        elif first in '=<':
            native = False
    items = []
    offset = 0
    i = 0
    while i < len(rest):
        c = rest[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if '0' <= c <= '9':
            j = i
            while j < len(rest) and '0' <= rest[j] <= '9':
                j += 1
            count = int(rest[i:j])
            if j >= len(rest):
                raise error('repeat count given without format specifier')
            i = j
            c = rest[i]
        i += 1
        spec = _CODES.get(c)
        if spec is None:
            raise error('bad char in struct format')
        std, nat, kind = spec
        if native:
            size = nat
        else:
            if std is None:
                raise error('bad char in struct format')
            size = std
        n = 1 if count is None else count
        if native and kind not in ('pad', 'char', 'bytes', 'pascal', 'bool') and size > 1:
            offset = (offset + size - 1) // size * size
        items.append((c, n, offset, size, kind))
        if kind in ('bytes', 'pascal'):
            offset += n
        else:
            offset += n * size
    return order, items, offset


class Struct:
    """Struct(fmt) --> compiled struct object

"""

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format
        self._order, self._items, self.size = _parse(format)
        self._nargs = sum(1 if k in ('bytes', 'pascal') else n
                          for c, n, o, s, k in self._items if k != 'pad')

    def __repr__(self):
        return 'Struct(%r)' % self.format

    def _pack_bytes(self, args):
        if len(args) != self._nargs:
            raise error('pack expected %d items for packing (got %d)' % (self._nargs, len(args)))
        out = bytearray(self.size)
        order = self._order
        it = iter(args)
        for code, n, offset, size, kind in self._items:
            if kind == 'pad':
                continue
            if kind in ('bytes', 'pascal'):
                v = next(it)
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if kind == 'bytes':
                    data = bytes(v[:n])
                else:
                    data = bytes(v[:max(n - 1, 0)])
                    if n > 0:
                        data = bytes([min(len(data), 255)]) + data
                        data = data[:n]
                out[offset:offset + len(data)] = data
                continue
            for k in range(n):
                v = next(it)
                at = offset + k * size
                out[at:at + size] = self._pack_one(code, kind, size, v, order)
        return bytes(out)

    def _pack_one(self, code, kind, size, v, order):
        if kind == 'char':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            return bytes(v)
        if kind == 'bool':
            return b'\x01' if v else b'\x00'
        if kind == 'float':
            if not isinstance(v, float):
                conv = getattr(type(v), '__float__', None) or getattr(type(v), '__index__', None)
                if conv is None:
                    raise error('required argument is not a float')
                v = float(conv(v))
            if size == 8:
                bits = _float_to_bits(v, 8, code)
            else:
                bits = _float_to_bits(v, size, code)
            return bits.to_bytes(size, order)
        v = _index(v)
        bits = size * 8
        if kind == 'pointer':
            return (v & ((1 << bits) - 1)).to_bytes(size, order)
        if kind == 'int':
            lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            lo, hi = 0, (1 << bits) - 1
        if not lo <= v <= hi:
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        return v.to_bytes(size, order, signed=kind == 'int')

    def pack(self, *args):
        return self._pack_bytes(args)

    def pack_into(self, buffer, offset, *args):
        data = self._pack_bytes(args)
        if not isinstance(buffer, bytearray) and not hasattr(buffer, 'tobytes'):
            raise TypeError('argument must be read-write bytes-like object, not %s'
                            % type(buffer).__name__)
        length = len(buffer)
        offset = _index(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self.size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes '
                        'at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, length))
        buffer[offset:offset + self.size] = data

    def _unpack_bytes(self, data):
        order = self._order
        result = []
        for code, n, offset, size, kind in self._items:
            if kind == 'pad':
                continue
            if kind == 'bytes':
                result.append(bytes(data[offset:offset + n]))
                continue
            if kind == 'pascal':
                if n == 0:
                    result.append(b'')
                    continue
                length = min(data[offset], n - 1)
                result.append(bytes(data[offset + 1:offset + 1 + length]))
                continue
            for k in range(n):
                at = offset + k * size
                chunk = bytes(data[at:at + size])
                if kind == 'char':
                    result.append(chunk)
                elif kind == 'bool':
                    result.append(chunk != b'\x00')
                elif kind == 'float':
                    result.append(_bits_to_float(int.from_bytes(chunk, order), size))
                else:
                    result.append(int.from_bytes(chunk, order, signed=kind == 'int'))
        return tuple(result)

    def unpack(self, buffer):
        data = _as_bytes(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_bytes(data)

    def unpack_from(self, buffer, offset=0):
        data = _as_bytes(buffer)
        length = len(data)
        offset = _index(offset)
        if offset < 0:
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            if offset + self.size > 0:
                raise error('not enough data to unpack %d bytes at offset %d' % (self.size, offset))
            offset += length
        if length - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, length))
        return self._unpack_bytes(data[offset:offset + self.size])

    def iter_unpack(self, buffer):
        data = _as_bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return _UnpackIterator(self, data)


Struct.__module__ = '_struct'


class _UnpackIterator:
    def __init__(self, st, data):
        self._st = st
        self._data = data
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._at >= len(self._data):
            raise StopIteration
        size = self._st.size
        chunk = self._data[self._at:self._at + size]
        self._at += size
        return self._st._unpack_bytes(chunk)

    def __length_hint__(self):
        return (len(self._data) - self._at) // self._st.size


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = 'unpack_iterator'
_UnpackIterator.__module__ = '_struct'


def _as_bytes(buffer):
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, bytearray) or hasattr(buffer, 'tobytes'):
        return bytes(buffer)
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if not isinstance(fmt, (str, bytes)):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(fmt).__name__)
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, /, *values):
    """pack(format, v1, v2, ...) -> bytes"""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _struct(format).iter_unpack(buffer)


def _clearcache():
    _cache.clear()
