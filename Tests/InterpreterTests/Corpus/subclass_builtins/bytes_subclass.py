# bytes and bytearray subclasses.
class Packet(bytes):
    def checksum(self):
        return sum(self) % 256


p = Packet(b"\x01\x02hi")
print(p, len(p), p[0], p[2:], p.checksum(), p.decode("latin-1"), isinstance(p, bytes))
print(p == b"\x01\x02hi", hash(p) == hash(b"\x01\x02hi"), type(p[2:]).__name__, bytes(p), type(bytes(p)).__name__)
print(list(p), p.upper(), p + b"!", b"hi" in p, str(Packet(b"x")), repr(Packet(b"x")))


class Buffer(bytearray):
    def push(self, value):
        self.append(value)


b = Buffer(b"ab")
b.push(99)
print(b, len(b), b[-1], isinstance(b, bytearray), type(b).__name__)
