# hex, bin and oct (hex strings are checked by comparison because the
# corpus normaliser rewrites anything that looks like 0x...).
print(hex(255) == "0xff", hex(-42) == "-0x2a", hex(0) == "0x0")
print(hex(255).upper(), hex(4096)[2:], hex(2 ** 70)[2:])
print(bin(5), bin(-5), bin(0), oct(8), oct(64))
print(int(bin(37), 2), int(hex(1000), 16), int(oct(99), 8))
print(f"{255:x} {255:X} {5:08b} {8:o} {255:#x}" == "ff FF 00000101 10 0xff")
