class Packet:
    def __bytes__(self):
        return b"PKT"

class Num:
    def __index__(self):
        return 7

header = b"LEN %03d " % 12
print(header)
print(b"%s" % Packet())
print(b"%d %x" % (Num(), Num()))
print(b"%s" % (b"a" * 3,))
print(b"%-10s|" % b"left")
print(b"%10s|" % b"right")
print(b"%.2s" % b"abcdef")
print(b"%d" % True, b"%f" % 1, b"%d" % 3.9)
print(b"%r" % b"bytes")
print(b"%5.1f%%" % 99.44)
line = b"%s=%s\r\n"
print(b"".join(line % (k, v) for k, v in [(b"Host", b"x.org"), (b"Len", b"3")]))
