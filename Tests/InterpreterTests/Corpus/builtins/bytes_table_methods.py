# bytes.translate/maketrans, expandtabs, istitle and int() of bytes.
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc-abc".translate(table), bytearray(b"cab").translate(table))
print(b"hello world".translate(None, b"lo"), b"keep".translate(None))
print(b"a\tbc\td\n\tx".expandtabs(), b"a\tb".expandtabs(4), bytearray(b"\t!").expandtabs(2))
print(b"Hello World".istitle(), b"Hello world".istitle(), b"123".istitle(), b"A1 B2".istitle())
print(int(b"42"), int(b"ff", 16), int(bytearray(b" -7 ")), int(b"0b101", 0))
for bad in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"),
            lambda: bytes.maketrans("a", "b"), lambda: int(b"12z")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
int(b"0x10", 10)
