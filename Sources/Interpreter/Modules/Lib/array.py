"""Efficient arrays of numeric values: array('i', [1, 2, 3]).

An array holds items of one C type, named by a typecode. Here the items
live in a Python list; what makes it an array is the checking on the way
in (ints must fit the C type, floats of 'f' are rounded to single
precision) and the C-like byte layout of tobytes()/frombytes().
"""

import math

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuwhHiIlLqQfd"

# typecode -> (itemsize, signed)
_INT_CODES = {"b": (1, True), "B": (1, False), "h": (2, True), "H": (2, False),
              "i": (4, True), "I": (4, False), "l": (8, True), "L": (8, False),
              "q": (8, True), "Q": (8, False)}
_SIZES = {"u": 4, "w": 4, "f": 4, "d": 8}
_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_SHORT = (-(1 << 15), (1 << 15) - 1, "signed short integer")
_INT = (-(1 << 31), (1 << 31) - 1, "signed integer")
# CPython parses an item through a chain of C conversions (e.g. 'b' goes
# through a C short first), and the first range it misses names the error.
_RANGES = {
    "b": (_SHORT, (-128, 127, "signed char")),
    "B": ((0, 255, "unsigned byte integer"),),
    "h": (_SHORT,),
    "H": (_INT, (0, 65535, "unsigned short")),
    "i": (_INT,),
    "I": ((0, (1 << 32) - 1, "unsigned int"),),
    "l": (), "L": (),
}


def _to_int(tc, v):
    if not isinstance(v, int):
        index = getattr(type(v), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        v = index(v)
    v = int(v)
    if tc in "qQ":
        if tc == "Q" and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > (_LONG_MAX if tc == "q" else (1 << 64) - 1) or v < _LONG_MIN:
            raise OverflowError("int too big to convert")
        return v
    if tc in "IL":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 1 << 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
    elif not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    for low, high, cname in _RANGES[tc]:
        if v > high:
            raise OverflowError("%s is greater than maximum" % cname)
        if v < low:
            raise OverflowError("%s is less than minimum" % cname)
    return v


def _to_float32(x):
    """Round a double to the nearest single-precision value (what storing
    it in a C float does), ties to even."""
    if x != x or x == 0 or math.isinf(x):
        return x
    m, e = math.frexp(abs(x))   # abs: keeps the sign out of frexp
    bits = 24 if e >= -125 else 24 - (-125 - e)
    r = round(math.ldexp(m, bits))
    result = math.ldexp(r, e - bits)
    if result >= 2.0 ** 128:
        result = math.inf
    return math.copysign(result, x)


def _to_float(tc, v):
    if not isinstance(v, (int, float)):
        conv = getattr(type(v), "__float__", None) or getattr(type(v), "__index__", None)
        if conv is None:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        v = conv(v)
    v = float(v)
    return _to_float32(v) if tc == "f" else v


def _to_char(tc, v):
    if not isinstance(v, str):
        raise TypeError("array item must be unicode character")
    if len(v) != 1:
        raise TypeError("array item must be a unicode character, not a string of length %d" % len(v))
    return v


def _converter(tc):
    if tc in _INT_CODES:
        return _to_int
    if tc in "fd":
        return _to_float
    return _to_char


# IEEE 754 packing for tobytes()/frombytes() of 'f' and 'd' items.
_FLOAT_LAYOUT = {4: (8, 23), 8: (11, 52)}


def _float_bits(x, size):
    exp_bits, man_bits = _FLOAT_LAYOUT[size]
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if x != x:
        exp, man = (1 << exp_bits) - 1, 1 << (man_bits - 1)
    elif math.isinf(x):
        exp, man = (1 << exp_bits) - 1, 0
    elif x == 0:
        exp, man = 0, 0
    else:
        m, e = math.frexp(x)
        exp = e - 1 + bias
        if exp <= 0:                      # subnormal
            man = int(math.ldexp(x, bias - 1 + man_bits))
            exp = 0
        else:
            man = int(math.ldexp(m * 2 - 1, man_bits))
    return (sign << (exp_bits + man_bits)) | (exp << man_bits) | man


def _bits_float(n, size):
    exp_bits, man_bits = _FLOAT_LAYOUT[size]
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if n >> (exp_bits + man_bits) else 1.0
    exp = (n >> man_bits) & ((1 << exp_bits) - 1)
    man = n & ((1 << man_bits) - 1)
    if exp == (1 << exp_bits) - 1:
        return sign * math.inf if man == 0 else math.nan
    if exp == 0:
        return sign * math.ldexp(man, 1 - bias - man_bits)
    return sign * math.ldexp(man + (1 << man_bits), exp - bias - man_bits)


class arrayiterator:
    def __init__(self, arr):
        self._arr = arr
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        items = self._arr._items
        if self._i >= len(items):
            raise StopIteration
        self._i += 1
        return items[self._i - 1]


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type.
    """

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        if typecode == 'u':
            from warnings import _warn_from_library
            _warn_from_library("The 'u' type code is deprecated and will be removed in Python 3.16")
        self._tc = typecode
        self._conv = _converter(typecode)
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode not in "uw":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, bytes) or type(initializer).__name__ == "bytearray":
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (typecode in "uw") != (initializer._tc in "uw"):
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(list(initializer._items))
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _INT_CODES[self._tc][0] if self._tc in _INT_CODES else _SIZES[self._tc]

    def _check(self, v):
        return self._conv(self._tc, v)

    def _same_kind(self, other):
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")

    # --- the list-like methods ---
    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(self._check(v))

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        if not -n <= i < n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def index(self, v, start=0, stop=None):
        items = self._items
        stop = len(items) if stop is None else stop
        for i in range(len(items))[start:stop]:
            if items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def remove(self, v):
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        converted = [self._check(v) for v in items]   # all or nothing
        self._items.extend(converted)

    def tounicode(self):
        if self._tc not in "uw":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._tc not in "uw":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._items.extend(s)

    def buffer_info(self):
        return (id(self), len(self._items))

    # --- bytes, little-endian like the machines CPython runs on ---
    def _item_bytes(self, v):
        size = self.itemsize
        if self._tc in "fd":
            n = _float_bits(v, size)
        elif self._tc in "uw":
            n = ord(v)
        else:
            n = v & ((1 << (8 * size)) - 1)
        return [(n >> (8 * k)) & 0xFF for k in range(size)]

    def tobytes(self):
        out = []
        for v in self._items:
            out.extend(self._item_bytes(v))
        return bytes(out)

    def frombytes(self, data):
        data = list(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        for start in range(0, len(data), size):
            n = 0
            for k, b in enumerate(data[start:start + size]):
                n |= b << (8 * k)
            if self._tc in "fd":
                self._items.append(_bits_float(n, size))
            elif self._tc in "uw":
                self._items.append(chr(n))
            else:
                if _INT_CODES[self._tc][1] and n >> (8 * size - 1):
                    n -= 1 << (8 * size)
                self._items.append(n)

    def byteswap(self):
        if self.itemsize not in (1, 2, 4, 8):
            raise RuntimeError("don't know how to byteswap this array type")
        swapped = []
        for v in self._items:
            swapped.extend(reversed(self._item_bytes(v)))
        self._items = []
        self.frombytes(bytes(swapped))

    # --- sequence protocol ---
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return arrayiterator(self)

    def __contains__(self, v):
        return any(x == v for x in self._items)

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        if not isinstance(i, int) and not hasattr(type(i), "__index__"):
            raise TypeError("array indices must be integers")
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            self._same_kind(v)
            if i.step not in (None, 1):
                size = len(range(len(self._items))[i])
                if size != len(v._items):
                    raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                                     % (len(v._items), size))
            self._items[i] = list(v._items)
            return
        if not isinstance(i, int) and not hasattr(type(i), "__index__"):
            raise TypeError("array indices must be integers")
        v = self._check(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        self._same_kind(other)
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self._same_kind(other)
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._items *= n
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, proto):
        return array, (self._tc, list(self._items))

    def __repr__(self):
        if not self._items:
            return "array(%r)" % self._tc
        if self._tc in "uw":
            return "array(%r, %r)" % (self._tc, "".join(self._items))
        return "array(%r, %r)" % (self._tc, self._items)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ArrayType = array
