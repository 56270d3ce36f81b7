# The methods bytes shares with str, and its own.
s = b'  Hello, World  '
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b' Hd'))
print(s.upper(), s.lower(), s.swapcase(), b'hello world'.title(), b'hELLO'.capitalize())
print(s.split(), s.split(b','), b'a,b,,c'.split(b',', 1), b'a b  c'.rsplit(None, 1), b'a\nb\r\nc'.splitlines())
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b'x'.join([bytearray(b'y'), b'z']))
print(s.find(b'o'), s.rfind(b'o'), s.find(111), s.index(b'W'), s.count(b'l'), s.count(b''), s.find(b'zz'))
print(s.startswith(b'  H'), s.endswith((b'x', b'  ')), b'abc'.startswith(b'b', 1))
print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'', 2), b'ab'.replace(b'', b'-'))
print(b'\xde\xad\xbe\xef'.hex(), b'\xde\xad'.hex(':'), bytes.fromhex('de ad BE ef'), b'abc'.hex('-', 2))
print(b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' \t'.isspace(), b''.isdigit())
print(b'ABC'.isupper(), b'abc'.islower(), b'A1'.isupper(), b'abc'.isascii(), b'\x80'.isascii())
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'))
print(b'\xffa'.decode('utf-8', 'ignore'), b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'-5'.zfill(4))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'bc'))
for bad in (lambda: b'\xff'.decode(), lambda: b'\xc3'.decode(), lambda: b'\xe9x'.decode('ascii'),
            lambda: b'a'.startswith('a'), lambda: b'a'.find('a'), lambda: b'a'.split('a'),
            lambda: b'-'.join(['a']), lambda: bytes.fromhex('zz'), lambda: b'a'.find(256),
            lambda: b'abc'.index(b'z'), lambda: b'x'.decode('nope')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
