"""JSON decoding: JSONDecoder and JSONDecodeError.

A hand-written recursive-descent scanner (no regular expressions, since the
interpreter's re module is optional). Error positions and messages follow
CPython's C scanner, which is what `json.loads` uses there.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

# The per-character loops in Swift (as CPython's _json accelerator).
from _json import scanstring as _c_scanstring, skip_ws as _skip_ws, scan_once as _c_scan_once

_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'),
              'NaN': float('nan')}
_parse_constant = _CONSTANTS.__getitem__


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error.

    msg: the unformatted message, doc: the document, pos: the index in doc,
    lineno/colno: the 1-based line and column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    """Raised by the scanner when no JSON value starts at .pos; the caller
    turns it into 'Expecting value' (or a more specific message)."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


class _Scanner:
    def __init__(self, decoder, s):
        self.s = s
        self.n = len(s)
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        """Decode the value starting exactly at i; return (value, end)."""
        s = self.s
        if i >= self.n:
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        if c == '-' or c in _DIGITS:
            return self.number(i)
        raise _NoValue(i)

    def number(self, start):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        s, n = self.s, self.n
        i = start
        if s[i] == '-':
            i += 1
        if i >= n or s[i] not in _DIGITS:
            raise _NoValue(start)
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def string(self, begin):
        """Decode a string whose opening quote is at begin - 1."""
        # (text, end, None), or (None, message, position) for an error.
        text, end, pos = _c_scanstring(self.s, begin, self.strict)
        if text is not None:
            return text, end
        if end is not None:
            raise JSONDecodeError(end, self.s, pos)
        # A lone surrogate escape: decoded here, character by character.
        return self._string_slow(begin)

    def _string_slow(self, begin):
        s, n = self.s, self.n
        parts = []
        i = begin
        while True:
            # Copy the longest run of ordinary characters in one slice.
            j = i
            while j < n:
                c = s[j]
                if c == '"' or c == '\\':
                    break
                if c < ' ' and self.strict:
                    raise JSONDecodeError('Invalid control character at', s, j)
                j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin - 1)
            if j > i:
                parts.append(s[i:j])
            if s[j] == '"':
                return ''.join(parts), j + 1
            # A backslash escape.
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin - 1)
            e = s[j + 1]
            if e != 'u':
                if e not in _SIMPLE_ESCAPES:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                parts.append(_SIMPLE_ESCAPES[e])
                i = j + 2
                continue
            code = self._hex4(j)
            i = j + 6
            # A high surrogate followed by an escaped low one is one character.
            if 0xD800 <= code <= 0xDBFF and s.startswith('\\u', i):
                low = self._hex4(i)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    i += 6
            parts.append(chr(code))

    def _hex4(self, j):
        """The value of the four hex digits after the backslash-u at j."""
        s = self.s
        digits = s[j + 2:j + 6]
        if len(digits) != 4 or any(d not in _HEX for d in digits):
            # CPython points at the 'u', not at the backslash.
            raise JSONDecodeError('Invalid \\uXXXX escape', s, j + 1)
        return int(digits, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_ws(s, i)
        if i < self.n and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= self.n or s[i] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            # Identical keys share one string object, as in CPython.
            key = self.memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if i >= self.n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = self.value(i)
            except _NoValue as e:
                raise JSONDecodeError('Expecting value', s, e.pos) from None
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < self.n and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= self.n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_ws(s, i + 1)
            if i < self.n and s[i] == '}':
                raise JSONDecodeError(
                    'Illegal trailing comma before end of object', s, comma)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if i < self.n and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self.value(i)
            except _NoValue as e:
                raise JSONDecodeError('Expecting value', s, e.pos) from None
            values.append(value)
            i = _skip_ws(s, i)
            if i < self.n and s[i] == ']':
                return values, i + 1
            if i >= self.n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_ws(s, i + 1)
            if i < self.n and s[i] == ']':
                raise JSONDecodeError(
                    'Illegal trailing comma before end of array', s, comma)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts, arrays lists, strings str, numbers int or
    float, true/false True/False and null None; NaN, Infinity and
    -Infinity are accepted too.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return (value, end)
        where end is the index just after it. Trailing text is allowed."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if (self.object_hook is None and self.object_pairs_hook is None
                and self.parse_float is float and self.parse_int is int
                and self.parse_constant is _parse_constant):
            # No hooks: the whole value in Swift (as CPython's C scanner).
            value, end, pos = _c_scan_once(s, idx, self.strict)
            if end is None:
                pass  # a lone surrogate: the Python scanner below
            elif isinstance(end, str):
                raise JSONDecodeError(end, s, pos)
            else:
                return value, end
        try:
            return _Scanner(self, s).value(idx)
        except _NoValue as e:
            raise JSONDecodeError('Expecting value', s, e.pos) from None
