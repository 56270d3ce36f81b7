# str(object, encoding, errors): decoding bytes-like objects, and the errors
# of each wrong argument, as CPython 3.13.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: str(b'ab\xff', 'utf-8', 'replace'))
t(lambda: str(b'abc', encoding='ascii'))
t(lambda: str(b'abc', errors='strict'))
t(lambda: str('x', 'utf-8'))
t(lambda: str(bytearray(b'hi'), 'latin-1'))
t(lambda: str(memoryview(b'hi'), 'ascii'))
t(lambda: str(b'\xff', 'ascii'))
t(lambda: str(5, 'ascii'))
t(lambda: str(b'a', 5))
t(lambda: str(b'a', 'nope'))
t(lambda: str(object=b'x'))
t(lambda: str(object=b'x', encoding='ascii'))
t(lambda: str(b'a', 'ascii', 'strict', 1))
t(lambda: str(b'a', foo=1))
t(lambda: str(encoding='ascii'))
class S(str): pass
t(lambda: S(b'q', 'ascii'))
t(lambda: type(S(b'q', 'ascii')))
