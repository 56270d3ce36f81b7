# Lesson: hex dumps and checksums with binascii.
import binascii

packet = b"scopewalk\x00\x01\xfe"
print(binascii.hexlify(packet))
print(binascii.hexlify(packet, "-"), binascii.hexlify(packet, b" ", 4))
print(binascii.unhexlify("736370"), binascii.a2b_hex(b"FFfe"))

checksum = binascii.crc32(packet)
print("crc32:", checksum, hex(checksum))
# crc32 can be computed in pieces
running = 0
for chunk in (packet[:4], packet[4:]):
    running = binascii.crc32(chunk, running)
print("in pieces:", running == checksum)
print("crc_hqx:", binascii.crc_hqx(packet, 0xFFFF))

line = binascii.b2a_base64(packet)
print(line, binascii.a2b_base64(line))
print(binascii.b2a_base64(b"no newline", newline=False))

for bad in ["abc", "zz", "é1"]:
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
binascii.a2b_base64(b"YWJj=", strict_mode=True)
