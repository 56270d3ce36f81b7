"""JSON (JavaScript Object Notation) encoder and decoder.

    >>> import json
    >>> json.dumps({'a': [1, 2.5, None]})
    '{"a": [1, 2.5, null]}'
    >>> json.loads('{"a": [1, 2.5, null]}')
    {'a': [1, 2.5, None]}
"""

__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
             indent, separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    return _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                    indent, separators, default, sort_keys, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to fp, an object with a .write() method."""
    enc = _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                   indent, separators, default, sort_keys, kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def _utf8(data):
    """bytes decoded as UTF-8 (by hand: bytes.decode may be missing)."""
    if hasattr(data, 'decode'):
        return data.decode('utf-8')
    out = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            size, code = 1, b
        elif b >= 0xF0:
            size, code = 4, b & 0x07
        elif b >= 0xE0:
            size, code = 3, b & 0x0F
        else:
            size, code = 2, b & 0x1F
        for k in range(1, size):
            code = (code << 6) | (data[i + k] & 0x3F)
        out.append(chr(code))
        i += size
    return ''.join(out)


def _as_text(s):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    # (by name: the interpreter's bytearray is not a type isinstance accepts)
    if isinstance(s, bytes) or type(s).__name__ == 'bytearray':
        data = bytes(s)
        if data[:3] == b'\xef\xbb\xbf':
            data = data[3:]
        return _utf8(data)
    raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                    f'not {s.__class__.__name__}')


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    s = _as_text(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float,
               parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (an object with .read())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
