data = bytes(range(0, 256, 7))
for offset in range(0, len(data), 8):
    chunk = data[offset:offset + 8]
    hexes = b" ".join(b"%02x" % byte for byte in chunk)
    text = bytes(c if 32 <= c < 127 else 46 for c in chunk)
    print(b"%04X  %-23s  |%s|" % (offset, hexes, text))
print(b"%c%c%c" % (72, 105, 33))
print(b"%5.2f%%" % 12.345, b"%e" % 0.000123, b"%G" % 1e20, b"%#o" % 64)
print(b"%a" % "caf\xe9", b"%r" % [1, b"x"], b"%a" % b"\xff")
