"""The builtin memoryview: a window on the bytes of a bytes or bytearray
object (or on part of it), without copying them.

A view keeps its object, the first byte it sees, a step in bytes and its
item count; slicing makes a new view on the same object, so writing through
a view of a bytearray changes the bytearray. One dimension only; cast()
reinterprets the bytes as native little-endian C numbers as CPython does
on this platform.
"""

# format -> (itemsize, signed) for the integer formats; 'f', 'd' are floats
# and 'c' is one byte as a bytes object.
_INT_FORMATS = {'b': (1, True), 'B': (1, False), 'h': (2, True), 'H': (2, False),
                'i': (4, True), 'I': (4, False), 'l': (8, True), 'L': (8, False),
                'q': (8, True), 'Q': (8, False), 'n': (8, True), 'N': (8, False),
                '?': (1, False)}
_SIZES = dict({k: v[0] for k, v in _INT_FORMATS.items()}, c=1, f=4, d=8, e=2)


class memoryview:
    """Create a new memoryview object which references the given object."""

    __slots__ = ('_obj', '_start', '_step', '_count', '_format', '_itemsize', '_released')

    def __init__(self, object):
        if isinstance(object, memoryview):
            object._check_released()
            self._obj = object._obj
            self._start = object._start
            self._step = object._step
            self._count = object._count
            self._format = object._format
            self._itemsize = object._itemsize
            if type(self._obj) is not bytes and type(self._obj) is not bytearray:
                # A slice of a lent view is one more export of the lender.
                self._obj._export(self)
        elif isinstance(object, (bytes, bytearray)):
            self._view_whole(object)
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(object).__name__)
        self._released = False

    def _view_whole(self, obj):
        """Every byte of obj, one byte an item."""
        self._obj = obj
        self._start = 0
        self._step = 1
        self._count = len(obj)
        self._format = 'B'
        self._itemsize = 1

    @classmethod
    def _lend(cls, lender):
        """A writable view on storage that lender lends (BytesIO.getbuffer):
        lender slices and assigns like a bytearray, and hears of every view
        made on it (_export), since it may not resize while one is alive."""
        view = object.__new__(cls)
        view._view_whole(lender)
        view._released = False
        lender._export(view)
        return view

    # ------------------------------------------------------------ bookkeeping

    def _check_released(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _raw(self):
        """The bytes the view sees, in order."""
        size = self._itemsize
        if self._step == size:
            return bytes(self._obj[self._start:self._start + self._count * size])
        out = bytearray()
        for i in range(self._count):
            at = self._start + i * self._step
            out += self._obj[at:at + size]
        return bytes(out)

    def _unpack(self, raw):
        fmt = self._format
        if fmt == 'c':
            return raw
        if fmt in _INT_FORMATS:
            v = int.from_bytes(raw, 'little', signed=_INT_FORMATS[fmt][1])
            return bool(v) if fmt == '?' else v
        return _unpack_float(raw, fmt)

    def _pack(self, value):
        fmt = self._format
        if fmt == 'c':
            if not isinstance(value, bytes) or len(value) != 1:
                raise ValueError("memoryview: invalid value for format 'c'")
            return value
        if fmt in _INT_FORMATS:
            if fmt == '?':
                return b'\x01' if value else b'\x00'
            if not isinstance(value, int):
                raise TypeError("memoryview: invalid type for format '%s'" % fmt)
            size, signed = _INT_FORMATS[fmt]
            try:
                return value.to_bytes(size, 'little', signed=signed)
            except OverflowError:
                raise ValueError("memoryview: invalid value for format '%s'" % fmt) from None
        if not isinstance(value, (int, float)):
            raise TypeError("memoryview: invalid type for format '%s'" % fmt)
        return _pack_float(float(value), fmt)

    def _index(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = i.__index__()
            else:
                raise TypeError("memoryview: invalid slice key")
        if not -2**63 <= i < 2**63:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError("index out of bounds on dimension 1")
        return self._start + i * self._step

    # ------------------------------------------------------------ sequence

    def __len__(self):
        self._check_released()
        return self._count

    def __getitem__(self, key):
        self._check_released()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._count)
            view = memoryview(self)
            view._start = self._start + start * self._step
            view._step = self._step * step
            view._count = len(range(start, stop, step))
            return view
        if isinstance(key, tuple):
            raise TypeError("memoryview: invalid slice key")
        at = self._index(key)
        return self._unpack(bytes(self._obj[at:at + self._itemsize]))

    def __setitem__(self, key, value):
        self._check_released()
        if self.readonly:
            raise TypeError("cannot modify read-only memory")
        if isinstance(key, slice):
            start, stop, step = key.indices(self._count)
            positions = range(start, stop, step)
            try:
                source = memoryview(value)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(value).__name__) from None
            if source._format != self._format or len(source) != len(positions):
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            raw = source._raw()
            size = self._itemsize
            for n, i in enumerate(positions):
                at = self._start + i * self._step
                self._obj[at:at + size] = raw[n * size:(n + 1) * size]
            return
        at = self._index(key)
        self._obj[at:at + self._itemsize] = self._pack(value)

    def __delitem__(self, key):
        self._check_released()
        if self.readonly:
            raise TypeError("cannot modify read-only memory")
        raise TypeError("cannot delete memory")

    def __iter__(self):
        self._check_released()
        for i in range(self._count):
            at = self._start + i * self._step
            yield self._unpack(bytes(self._obj[at:at + self._itemsize]))

    def __contains__(self, value):
        return value in self.tolist()

    # ------------------------------------------------------------ conversions

    def tobytes(self, order='C'):
        """Return the data in the buffer as a byte string."""
        self._check_released()
        return self._raw()

    def __bytes__(self):
        return self.tobytes()

    def tolist(self):
        """Return the data in the buffer as a list of elements."""
        self._check_released()
        return list(self)

    def hex(self, *args, **kwargs):
        """Return the data in the buffer as a str of hexadecimal numbers."""
        self._check_released()
        return self._raw().hex(*args, **kwargs)

    def toreadonly(self):
        """Return a readonly version of the memoryview."""
        self._check_released()
        view = memoryview(self)
        view._obj = bytes(self._obj)
        return view

    def cast(self, format, shape=None):
        """Cast a memoryview to a new format (one dimension)."""
        self._check_released()
        if not isinstance(format, str):
            raise TypeError("memoryview: format argument must be a string")
        if format not in _SIZES:
            raise ValueError("memoryview: destination format must be a native single "
                             "character format prefixed with an optional '@'")
        if self._step != self._itemsize:
            raise TypeError("memoryview: casts are restricted to C-contiguous views")
        if self._format not in ('B', 'b', 'c') and format not in ('B', 'b', 'c'):
            raise TypeError("memoryview: cannot cast between two non-byte formats")
        nbytes = self._count * self._itemsize
        size = _SIZES[format]
        if nbytes % size:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        view = memoryview(self)
        view._format = format
        view._itemsize = size
        view._step = size
        view._count = nbytes // size
        return view

    def release(self):
        """Release the underlying buffer exposed by the memoryview object."""
        self._released = True

    def __enter__(self):
        self._check_released()
        return self

    def __exit__(self, *exc):
        self.release()

    # ------------------------------------------------------------ attributes

    @property
    def obj(self):
        self._check_released()
        return self._obj

    @property
    def readonly(self):
        self._check_released()
        return isinstance(self._obj, bytes)

    @property
    def format(self):
        self._check_released()
        return self._format

    @property
    def itemsize(self):
        self._check_released()
        return self._itemsize

    @property
    def nbytes(self):
        self._check_released()
        return self._count * self._itemsize

    @property
    def ndim(self):
        self._check_released()
        return 1

    @property
    def shape(self):
        self._check_released()
        return (self._count,)

    @property
    def strides(self):
        self._check_released()
        return (self._step,)

    @property
    def suboffsets(self):
        return ()

    @property
    def c_contiguous(self):
        return self._step == self._itemsize

    f_contiguous = c_contiguous

    @property
    def contiguous(self):
        return self._step == self._itemsize

    # ------------------------------------------------------------ comparison

    def __eq__(self, other):
        if self._released:
            return self is other
        try:
            view = other if isinstance(other, memoryview) else memoryview(other)
        except TypeError:
            return NotImplemented
        if view._released:
            return False
        return self.tolist() == view.tolist()

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        if not self.readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self._raw())

    def __repr__(self):
        if self._released:
            return '<released memory at %#x>' % id(self)
        return '<memory at %#x>' % id(self)


def _unpack_float(raw, fmt):
    import math
    bits = int.from_bytes(raw, 'little')
    if fmt == 'd':
        sign, exp, frac, ebits, fbits = bits >> 63, (bits >> 52) & 0x7FF, bits & ((1 << 52) - 1), 11, 52
    elif fmt == 'f':
        sign, exp, frac, ebits, fbits = bits >> 31, (bits >> 23) & 0xFF, bits & ((1 << 23) - 1), 8, 23
    else:
        sign, exp, frac, ebits, fbits = bits >> 15, (bits >> 10) & 0x1F, bits & ((1 << 10) - 1), 5, 10
    bias = (1 << (ebits - 1)) - 1
    if exp == (1 << ebits) - 1:
        value = math.nan if frac else math.inf
    elif exp == 0:
        value = math.ldexp(frac, 1 - bias - fbits)
    else:
        value = math.ldexp(frac + (1 << fbits), exp - bias - fbits)
    return -value if sign else value


def _pack_float(value, fmt):
    import math
    ebits, fbits, size = {'d': (11, 52, 8), 'f': (8, 23, 4), 'e': (5, 10, 2)}[fmt]
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, value) < 0 else 0
    value = abs(value)
    if math.isnan(value):
        exp, frac = (1 << ebits) - 1, 1 << (fbits - 1)
    elif math.isinf(value):
        exp, frac = (1 << ebits) - 1, 0
    elif value == 0:
        exp, frac = 0, 0
    else:
        m, e = math.frexp(value)          # value = m * 2**e, 0.5 <= m < 1
        exp = e + bias - 1
        if exp <= 0:                      # subnormal
            frac = round(math.ldexp(value, bias - 1 + fbits))
            exp = 0
        else:
            frac = round((m * 2 - 1) * (1 << fbits))
            if frac == 1 << fbits:
                frac, exp = 0, exp + 1
        if exp >= (1 << ebits) - 1:
            raise OverflowError("float too large to pack with %s format" % fmt)
    bits = (sign << (ebits + fbits)) | (exp << fbits) | frac
    return bits.to_bytes(size, 'little')


memoryview.__module__ = 'builtins'


# From now on the name memoryview is this class (until this module is first
# imported it is a stand-in function that imports it, BuiltinFunctions.swift).
import builtins as _builtins
_builtins.memoryview = memoryview
del _builtins
