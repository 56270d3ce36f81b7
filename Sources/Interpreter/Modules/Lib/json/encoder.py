"""JSON encoding: JSONEncoder.

The encoder is a generator of text chunks so that json.dump can write a
document piece by piece (with the same pieces CPython hands to fp.write).
"""

__all__ = ['JSONEncoder']

_INFINITY = float('inf')

# The per-character quoting in Swift (as CPython's _json accelerator).
from _json import encode_basestring_ascii as _quote_ascii, encode_basestring as _quote_text
from _json import encode as _c_encode


def _quote(s, ensure_ascii):
    """s as a JSON string literal."""
    return _quote_ascii(s) if ensure_ascii else _quote_text(s)


def _is_scalar(o):
    return o is None or o is True or o is False or isinstance(o, (str, int, float))


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null. Override default() (or pass
    default=) to serialise other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # No trailing space before the newline when indenting.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serialisable stand-in for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        if type(self).iterencode is not JSONEncoder.iterencode:
            return ''.join(self.iterencode(o))
        # What iterencode yields, joined, written in Swift (as CPython's C
        # encoder); json.dump keeps the Python walker for its chunks.
        return _c_encode(o, self.default, self.ensure_ascii, self.check_circular,
                         self.allow_nan, self.sort_keys, self.indent,
                         self.item_separator, self.key_separator, self.skipkeys)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of o in chunks."""
        markers = {} if self.check_circular else None
        return _Walk(self, markers).value(o, 0)


class _Walk:
    """One encoding pass: the options plus the containers being visited."""

    def __init__(self, enc, markers):
        self.enc = enc
        self.markers = markers

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: '
                             + repr(o))
        return text

    def scalar(self, o):
        if isinstance(o, str):
            return _quote(o, self.enc.ensure_ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        return self.float_text(o)

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        if _is_scalar(o):
            yield self.scalar(o)
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.value(self.enc.default(o), level)
            self.leave(o)

    def array(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        indent = self.enc.indent
        buf = '['
        separator = self.enc.item_separator
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator += newline
            buf += newline
        first = True
        for item in lst:
            if not first:
                buf = separator
            first = False
            if _is_scalar(item):
                yield buf + self.scalar(item)
            else:
                yield buf
                yield from self.value(item, level)
        if indent is not None:
            yield '\n' + indent * (level - 1)
        yield ']'
        self.leave(lst)

    def key_text(self, key):
        """The string form of a dict key, or None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        enc = self.enc
        yield '{'
        separator = enc.item_separator
        if enc.indent is not None:
            level += 1
            newline = '\n' + enc.indent * level
            separator += newline
            yield newline
        items = sorted(dct.items()) if enc.sort_keys else dct.items()
        first = True
        for key, item in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield _quote(key, enc.ensure_ascii)
            yield enc.key_separator
            if _is_scalar(item):
                yield self.scalar(item)
            else:
                yield from self.value(item, level)
        if enc.indent is not None:
            yield '\n' + enc.indent * (level - 1)
        yield '}'
        self.leave(dct)

