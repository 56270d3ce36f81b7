import struct

attempts = [
    lambda: struct.pack('h', 40000),
    lambda: struct.pack('<B', 256),
    lambda: struct.pack('<Q', -1),
    lambda: struct.pack('l', 2 ** 63),
    lambda: struct.pack('<l', 2 ** 31),
    lambda: struct.pack('i', 1.5),
    lambda: struct.pack('f', 'x'),
    lambda: struct.pack('<f', 1e300),
    lambda: struct.pack('<e', 1e10),
    lambda: struct.pack('c', b'ab'),
    lambda: struct.pack('s', 'text'),
    lambda: struct.pack('i'),
    lambda: struct.pack('i', 1, 2),
    lambda: struct.pack('z', 1),
    lambda: struct.pack('3'),
    lambda: struct.pack('<n', 1),
    lambda: struct.unpack('i', b'abc'),
    lambda: struct.unpack_from('<i', b'abcdef', 4),
    lambda: struct.unpack_from('<i', b'abcdef', -10),
    lambda: list(struct.iter_unpack('<h', b'abc')),
    lambda: struct.pack_into('<i', bytearray(5), 2, 1),
    lambda: struct.pack_into('<i', b'12345678', 0, 1),
    lambda: struct.Struct(5),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except (struct.error, OverflowError, TypeError) as e:
        print(type(e).__name__, "-", e)
print(struct.error, issubclass(struct.error, Exception))
